import type Database from 'better-sqlite3';
import { mulberry32, uuidV7 } from '../scale/random';
import type { Plan } from './plan';

/** A plan cut at `until`: the dossier as it stands then, with its number and id. */
export interface Cut {
  plan: Plan;
  id: string;
  until: number;
  number: string;
}

const BATCH = 20_000;
const iso = (ms: number) => new Date(ms).toISOString();

const COMPLAINT_COLUMNS = [
  'kind', 'reporter_type', 'channel', 'received_at', 'received_on', 'complainant_id', 'concerns_kind', 'concerns_team_id', 'concerns_staff_id',
  'concerns_provider_id', 'description', 'urgent', 'status', 'forwarded_at', 'forwarded_team_id', 'manager_id', 'owner_id', 'answer_summary',
  'answer_solution', 'answer_approved_by', 'answer_approved_at', 'answer_sent_on', 'appeal_window_ends', 'resolution', 'closed_at', 'closed_on',
  'category_id', 'cause_id', 'measure_id',
] as const;

/** snake_case column to the writer's field name, as the audit trail stores it. */
const fieldOf = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const encode = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export function writeComplaints(sqlite: Database.Database, cuts: Cut[], userId: string | null): { items: number; openItems: number } {
  const meta = '?, ?, ?, ?, ?, NULL, ?';
  const complaint = sqlite.prepare(
    `INSERT INTO complaints (id, created_at, updated_at, created_by, updated_by, deleted_at, version, dossier_number, ${COMPLAINT_COLUMNS.join(', ')})
     VALUES (${meta}, ?, ${COMPLAINT_COLUMNS.map(() => '?').join(', ')})`,
  );
  const item = sqlite.prepare(
    `INSERT INTO work_items (id, created_at, updated_at, created_by, updated_by, deleted_at, version, dossier_kind, dossier_id, kind, rule, due_on,
       assignee_id, team_id, assignee_role, urgent, done_at) VALUES (${meta}, 'complaint', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const step = sqlite.prepare(
    `INSERT INTO complaint_steps (id, created_at, updated_at, created_by, updated_by, deleted_at, version, complaint_id, at, by, step, text, document_id)
     VALUES (${meta}, ?, ?, ?, ?, ?, NULL)`,
  );
  const call = sqlite.prepare(
    `INSERT INTO complaint_calls (id, created_at, updated_at, created_by, updated_by, deleted_at, version, complaint_id, called_at, called_by, caller_role,
       reached, outcome, resolved_by_phone, agreements, confirmation_wanted) VALUES (${meta}, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  const appeal = sqlite.prepare(
    `INSERT INTO complaint_appeals (id, created_at, updated_at, created_by, updated_by, deleted_at, version, complaint_id, received_on, grounds, late,
       admitted, status, hearing_kind, hearing_at, hearing_held_on, hearing_report, decision_due, decision, decision_reasons, decided_by, decided_on)
     VALUES (${meta}, ?, ?, 'De voorgestelde oplossing is niet voldoende.', ?, 1, ?, 'telefonisch', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const mediation = sqlite.prepare(
    `INSERT INTO mediations (id, created_at, updated_at, created_by, updated_by, deleted_at, version, complaint_id, direction, provider_id, customer_id,
       status, response_requested_on, response_due, response_received_on, response) VALUES (${meta}, ?, 'klant_over_dienstverlener', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const audit = sqlite.prepare(
    `INSERT INTO audit_log (tx_id, at, user_id, table_name, row_id, op, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const r = mulberry32(0xa0d17);
  const id = (at: number) => uuidV7(at, r);
  let items = 0;
  let openItems = 0;

  const writeOne = (c: Cut) => {
    const { plan, until } = c;
    const by = (who: string | null) => who ?? userId;
    const values: Record<string, unknown> = { ...plan.base };
    const steps = plan.steps.filter((s) => s.at <= until);
    let version = 1;
    for (const s of steps) if (Object.keys(s.patch).length > 0) (Object.assign(values, s.patch), version++);
    const updatedAt = steps.at(-1)?.at ?? plan.receivedAt;
    const creator = by(steps[0]?.by ?? null);
    complaint.run(c.id, iso(plan.receivedAt), iso(updatedAt), creator, by(steps.at(-1)?.by ?? null), version, c.number, ...COMPLAINT_COLUMNS.map((col) => values[col] ?? null));

    // S3: the complaint row's history as the writer records it: each step's transaction sets its fields.
    const state: Record<string, unknown> = {};
    steps.forEach((s, n) => {
      const tx = id(s.at);
      const stepId = id(s.at);
      step.run(stepId, iso(s.at), iso(s.at), by(s.by), by(s.by), 1, c.id, iso(s.at), s.by, s.step, s.text);
      audit.run(tx, iso(s.at), by(s.by), 'complaint_steps', stepId, 'insert', 'text', null, encode(s.text));
      const fields = n === 0 ? { ...plan.base, dossier_number: c.number } : s.patch;
      for (const [column, value] of Object.entries(fields)) {
        if (value === null) continue;
        audit.run(tx, iso(s.at), by(s.by), 'complaints', c.id, n === 0 ? 'insert' : 'update', fieldOf(column), encode(state[column] ?? null), encode(value));
        state[column] = value;
      }
    });
    if (plan.correctedAt !== null && plan.correctedAt <= until) {
      audit.run(id(plan.correctedAt), iso(plan.correctedAt), creator, 'complaints', c.id, 'update', 'description', encode(plan.base.description), encode(`${plan.base.description} (aangevuld)`));
    }
    for (const i of plan.items) {
      if (i.at > until) continue;
      const done = i.doneAt !== null && i.doneAt <= until ? iso(i.doneAt) : null;
      item.run(id(i.at), iso(i.at), iso(done ? i.doneAt! : i.at), userId, userId, done ? 2 : 1, c.id, i.kind, i.rule, i.dueOn, i.assigneeId, i.teamId, i.role, plan.base.urgent, done);
      items++;
      if (!done) openItems++;
    }
    for (const k of plan.calls) {
      if (k.at > until) continue;
      call.run(id(k.at), iso(k.at), iso(k.at), k.by, k.by, 1, c.id, iso(k.at), k.by, k.role, k.reached ? 1 : 0, k.reached ? 'Klant gesproken.' : 'Niet bereikt, voicemail ingesproken.', k.resolved ? 1 : 0, k.resolved ? 'Nieuwe afspraak gemaakt.' : null);
    }
    const a = plan.appeal;
    if (a && a.at <= until) {
      const decided = a.decidedAt <= until;
      const heard = a.hearingAt <= until;
      const status = decided ? 'beslist' : heard ? 'gehoord' : 'hoorzitting_gepland';
      appeal.run(id(a.at), iso(a.at), iso(a.at), userId, userId, 1, c.id, a.receivedOn, a.late ? 1 : 0, status, iso(a.hearingAt), heard ? iso(a.hearingAt).slice(0, 10) : null,
        heard ? 'Klant licht het bezwaar toe.' : null, a.decisionDue, decided ? a.decision : null, decided ? 'Na het gesprek opnieuw beoordeeld.' : null, null, decided ? iso(a.decidedAt).slice(0, 10) : null);
    }
    const m = plan.mediation;
    if (m && m.at <= until) {
      const responded = m.respondedAt <= until;
      mediation.run(id(m.at), iso(m.at), iso(m.at), userId, userId, 1, c.id, m.providerId, plan.base.complainant_id, responded ? 'reactie_ontvangen' : 'reactie_gevraagd',
        iso(m.at).slice(0, 10), m.responseDue, responded ? iso(m.respondedAt).slice(0, 10) : null, responded ? 'De dienstverlener komt het werk herstellen.' : null);
    }
  };

  for (let from = 0; from < cuts.length; from += BATCH) {
    sqlite.transaction(() => {
      for (let i = from; i < Math.min(cuts.length, from + BATCH); i++) writeOne(cuts[i]!);
    })();
  }
  sqlite.pragma('optimize');
  return { items, openItems };
}
