import type Database from 'better-sqlite3';
import type { TimelineEntry } from '../contracts/complaints';
import { fieldLabel } from '../contracts/labels';
import { MAIL_STATUS_LABELS } from '../contracts/mail';
import { preparedOnce } from '../db/prepared';
import { COMPLAINT_DOSSIER } from './letters';

/**
 * The dossier's timeline, oldest first: the procedure's steps, its letters, calls and e-mails,
 * and the changes no step explains (a correction of the intake, an edited appeal). A change made in
 * the same transaction as a step or a call is that step, so it is not listed twice.
 */

type Kind = TimelineEntry['kind'];
type Params = { id: string; kind: string };

// Raw SQL, each read on its dossier index; the audit trail on its row index (table_name, row_id, seq).
export const TIMELINE_SQL = {
  steps: `SELECT s.at, s.text, st.name AS by_name, s.document_id FROM complaint_steps s LEFT JOIN staff st ON st.id = s.by
    WHERE s.complaint_id = @id AND s.deleted_at IS NULL ORDER BY s.at`,
  calls: `SELECT c.called_at, c.reached, c.outcome, st.name AS by_name FROM complaint_calls c LEFT JOIN staff st ON st.id = c.called_by
    WHERE c.complaint_id = @id AND c.deleted_at IS NULL ORDER BY c.called_at`,
  // A letter stands where it left the office; a concept or definitive letter where it was made.
  documents: `SELECT d.id, d.title, d.status, d.sent_via, coalesce(d.sent_at, d.created_at) AS at, st.name AS by_name FROM documents d
    LEFT JOIN staff st ON st.id = d.created_by WHERE d.dossier_kind = @kind AND d.dossier_id = @id AND d.deleted_at IS NULL ORDER BY at`,
  mail: `SELECT m.created_at, m.to_address, m.subject, m.status, st.name AS by_name FROM mail_outbox m LEFT JOIN staff st ON st.id = m.created_by
    WHERE m.dossier_kind = @kind AND m.dossier_id = @id AND m.deleted_at IS NULL ORDER BY m.created_at`,
  explained: `SELECT a.tx_id FROM complaint_steps s JOIN audit_log a ON a.table_name = 'complaint_steps' AND a.row_id = s.id WHERE s.complaint_id = @id
    UNION SELECT a.tx_id FROM complaint_calls c JOIN audit_log a ON a.table_name = 'complaint_calls' AND a.row_id = c.id WHERE c.complaint_id = @id`,
  // One branch per table, so each probes the row index; an OR over them made SQLite scan the whole trail.
  changes: `SELECT trail.tx_id, trail.at, trail.table_name, trail.row_id, trail.op, trail.field, s.name AS user_name FROM (
      SELECT * FROM audit_log WHERE table_name = 'complaints' AND row_id = @id
      UNION ALL SELECT * FROM audit_log WHERE table_name = 'complaint_appeals'
        AND row_id IN (SELECT id FROM complaint_appeals WHERE complaint_id = @id AND deleted_at IS NULL)
      UNION ALL SELECT * FROM audit_log WHERE table_name = 'mediations'
        AND row_id IN (SELECT id FROM mediations WHERE complaint_id = @id AND deleted_at IS NULL)
    ) trail LEFT JOIN staff s ON s.id = trail.user_id ORDER BY trail.seq`,
} as const;

function read<T>(sqlite: Database.Database, key: keyof typeof TIMELINE_SQL, params: Params): T[] {
  const statement = preparedOnce(sqlite, `complaints.timeline.${key}`, () => sqlite.prepare(TIMELINE_SQL[key]));
  return statement.all(params) as T[];
}

const entry = (at: string, kind: Kind, text: string, by: string | null, documentId: string | null = null): TimelineEntry => ({ at, kind, text, by, documentId });

const SENT_VIA: Record<string, string> = { post: 'verzonden per post', email: 'verzonden per e-mail', hand: 'persoonlijk overhandigd' };

export function letterState(status: string, sentVia: string | null): string {
  if (status === 'verzonden') return SENT_VIA[sentVia ?? ''] ?? 'verzonden';
  return status;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const RECORD_NAMES: Record<string, string> = { complaints: 'Dossier', complaint_appeals: 'Bezwaar', mediations: 'Bemiddeling' };
const OP_WORDS = { insert: 'vastgelegd', update: 'gewijzigd', delete: 'verwijderd' } as const;

interface AuditLine {
  tx_id: string;
  at: string;
  table_name: string;
  row_id: string;
  op: keyof typeof OP_WORDS;
  field: string;
  user_name: string | null;
}

/** One line per transaction and record, naming the fields it changed. */
function changes(sqlite: Database.Database, params: Params): TimelineEntry[] {
  const explained = new Set(read<{ tx_id: string }>(sqlite, 'explained', params).map((r) => r.tx_id));
  const groups = new Map<string, AuditLine[]>();
  for (const line of read<AuditLine>(sqlite, 'changes', params)) {
    if (explained.has(line.tx_id)) continue;
    const key = `${line.tx_id} ${line.table_name} ${line.row_id}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const record = RECORD_NAMES[first.table_name] ?? first.table_name;
    const fields = first.op === 'update' ? `: ${group.map((l) => fieldLabel(l.table_name, l.field)).join(', ')}` : '';
    return entry(first.at, 'wijziging', `${record} ${OP_WORDS[first.op]}${fields}`, first.user_name);
  });
}

/** Oldest first; at the same moment a step comes before its letter and its e-mail. */
export function complaintTimeline(sqlite: Database.Database, id: string): TimelineEntry[] {
  const params = { id, kind: COMPLAINT_DOSSIER };
  const all = [
    ...read<{ at: string; text: string; by_name: string | null; document_id: string | null }>(sqlite, 'steps', params).map((r) =>
      entry(r.at, 'stap', r.text, r.by_name, r.document_id),
    ),
    ...read<{ called_at: string; reached: number; outcome: string; by_name: string | null }>(sqlite, 'calls', params).map((r) =>
      entry(r.called_at, 'gesprek', `Gebeld door ${r.by_name ?? 'onbekend'}: ${r.reached ? 'bereikt' : 'niet bereikt'} — ${r.outcome}`, r.by_name),
    ),
    ...read<{ id: string; title: string; status: string; sent_via: string | null; at: string; by_name: string | null }>(sqlite, 'documents', params).map((r) =>
      entry(r.at, 'document', `Brief: ${r.title} (${letterState(r.status, r.sent_via)})`, r.by_name, r.id),
    ),
    ...read<{ created_at: string; to_address: string; subject: string; status: keyof typeof MAIL_STATUS_LABELS; by_name: string | null }>(sqlite, 'mail', params).map((r) =>
      entry(r.created_at, 'email', `E-mail aan ${r.to_address}: ${r.subject} (${lowerFirst(MAIL_STATUS_LABELS[r.status] ?? r.status)})`, r.by_name),
    ),
    ...changes(sqlite, params),
  ];
  return all.map((e, i) => ({ e, i })).sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i)).map(({ e }) => e);
}
