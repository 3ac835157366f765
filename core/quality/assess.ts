import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { qualityFindings } from '../../db/schema';
import { addWorkingDays } from '../calendar';
import { deadlineSettings } from '../complaints/settings';
import { QUALITY_DOSSIER, QUALITY_WORK_ITEMS } from '../contracts/quality';
import type { RuleFinding, RuleSettings } from '../contracts/quality-rules';
import type { Writer } from '../mutation/writer';
import { addWorkItem } from '../worklist/items';
import { evidenceKey } from './evidence-key';
import { assessParticipant, type AssessmentFacts } from './rules';
import { qualitySettingsOf, ruleSettingsOf } from './settings';
import { reviewWindow, yearBeforeComplaint, yearWindow } from './windows';

/**
 * Q3 persistence: load the facts of live participants (deelnemer, opgezegd), run the pure rules,
 * and store each finding whose evidence is new, with a work item for the board. The same evidence
 * never makes a second finding, also not after the board decided on the first (`evidenceKey`).
 *
 * Facts are read in a few set-based queries (one per kind, for one participant or for all), so
 * the daily run over every participant does not cost one round of queries per participant.
 */

export interface AssessDeps {
  db: Db;
  sqlite: Database.Database;
}

export interface AssessResult {
  participants: number;
  newFindings: number;
}

type Scope = { participantId: string } | 'all';

const LIVE = `q.deleted_at IS NULL AND q.status IN ('deelnemer', 'opgezegd')`;

/** `q` is the participant; the scope picks one of them or every live one. */
function scopeSql(scope: Scope): string {
  return scope === 'all' ? LIVE : `${LIVE} AND q.id = @participantId`;
}

const REVIEW_COLUMNS = 'r.participant_id AS p, r.id, r.reviewed_on AS reviewedOn, r.sufficient, r.complaint_id AS complaintId';

function statements(sqlite: Database.Database, scope: Scope) {
  const where = scopeSql(scope);
  const key = scope === 'all' ? 'all' : 'one';
  return prepared(sqlite, key, () => ({
    participants: sqlite.prepare(`SELECT q.id FROM quality_participants q WHERE ${where}`),
    // Rules 1 and 3 count reviews in their half year and year.
    reviews: sqlite.prepare(
      `SELECT ${REVIEW_COLUMNS} FROM quality_participants q JOIN quality_reviews r ON r.participant_id = q.id
       WHERE ${where} AND r.deleted_at IS NULL AND r.reviewed_on >= @from AND r.reviewed_on <= @to`,
    ),
    advices: sqlite.prepare(
      `SELECT a.participant_id AS p, a.id, a.advised_on AS advisedOn, a.outcome, a.complaint_id AS complaintId
       FROM quality_participants q JOIN quality_advices a ON a.participant_id = q.id
       WHERE ${where} AND a.deleted_at IS NULL AND a.advised_on >= @from AND a.advised_on <= @to`,
    ),
    // Q3 rule 4: complaints about the participant's provider (K3 dienstverlener) since it joined.
    complaints: sqlite.prepare(
      `SELECT q.id AS p, c.id, c.received_on AS receivedOn
       FROM quality_participants q JOIN complaints c ON c.concerns_provider_id = q.provider_id
       WHERE ${where} AND c.concerns_kind = 'dienstverlener' AND c.deleted_at IS NULL
         AND c.received_on >= q.start_date AND c.received_on >= @from AND c.received_on <= @to`,
    ),
    // Q3 rule 5 only sees contributions past their due day and unpaid on the assessment day.
    contributions: sqlite.prepare(
      `SELECT c.participant_id AS p, c.year, c.due_on AS dueOn, c.paid_on AS paidOn
       FROM quality_participants q JOIN quality_contributions c ON c.participant_id = q.id
       WHERE ${where} AND c.deleted_at IS NULL AND c.due_on < @to AND (c.paid_on IS NULL OR c.paid_on > @to)`,
    ),
    keys: sqlite.prepare(
      `SELECT f.participant_id AS p, f.evidence_key AS evidenceKey
       FROM quality_participants q JOIN quality_findings f ON f.participant_id = q.id
       WHERE ${where} AND f.deleted_at IS NULL`,
    ),
  }));
}

/** Rule 4 looks further back, in the year before each complaint: only for participants with one. */
function earlierReviewsStatement(sqlite: Database.Database) {
  return prepared(sqlite, 'earlierReviews', () =>
    sqlite.prepare(
      `SELECT ${REVIEW_COLUMNS} FROM json_each(@ids) j JOIN quality_reviews r ON r.participant_id = j.value
       WHERE r.deleted_at IS NULL AND r.reviewed_on >= @from AND r.reviewed_on < @until`,
    ),
  );
}

const cache = new WeakMap<Database.Database, Map<string, unknown>>();

function prepared<T>(sqlite: Database.Database, key: string, build: () => T): T {
  let perDb = cache.get(sqlite);
  if (!perDb) cache.set(sqlite, (perDb = new Map()));
  if (!perDb.has(key)) perDb.set(key, build());
  return perDb.get(key) as T;
}

function groupBy<T extends { p: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.p);
    if (group) group.push(row);
    else groups.set(row.p, [row]);
  }
  return groups;
}

type ReviewRow = { p: string; id: string; reviewedOn: string; sufficient: number; complaintId: string | null };

/**
 * The facts of the participants in scope, as far back as a rule can count: the rules' half year and
 * year, and for participants with a complaint in that year the twelve months before it (rule 4).
 * The reviews are the bulk, so older ones are read only where rule 4 needs them.
 */
export function loadFacts(sqlite: Database.Database, scope: Scope, assessedOn: string, settings: RuleSettings): Map<string, AssessmentFacts> {
  const s = statements(sqlite, scope);
  const year = yearWindow(assessedOn, settings.yearWindow);
  const half = reviewWindow(assessedOn, settings.reviewWindow);
  const from = half.from < year.from ? half.from : year.from;
  const params = { participantId: scope === 'all' ? null : scope.participantId, to: assessedOn };
  const participants = s.participants.all(params) as { id: string }[];
  const complaints = groupBy(s.complaints.all({ ...params, from: year.from }) as { p: string; id: string; receivedOn: string }[]);
  const reviewRows = s.reviews.all({ ...params, from }) as ReviewRow[];
  if (complaints.size > 0) {
    const earlier = earlierReviewsStatement(sqlite).all({ ids: JSON.stringify([...complaints.keys()]), from: yearBeforeComplaint(year.from).from, until: from }) as ReviewRow[];
    for (const row of earlier) reviewRows.push(row);
  }
  const reviews = groupBy(reviewRows);
  const advices = groupBy(s.advices.all({ ...params, from: year.from }) as { p: string; id: string; advisedOn: string; outcome: 'positief' | 'negatief'; complaintId: string | null }[]);
  const contributions = groupBy(s.contributions.all(params) as { p: string; year: number; dueOn: string; paidOn: string | null }[]);
  const facts = new Map<string, AssessmentFacts>();
  for (const { id } of participants) {
    facts.set(id, {
      assessedOn,
      reviews: (reviews.get(id) ?? []).map((r) => ({ id: r.id, reviewedOn: r.reviewedOn, sufficient: r.sufficient === 1, complaintId: r.complaintId })),
      advices: advices.get(id) ?? [],
      complaints: complaints.get(id) ?? [],
      contributions: contributions.get(id) ?? [],
    });
  }
  return facts;
}

function knownKeys(sqlite: Database.Database, scope: Scope): Map<string, Set<string>> {
  const rows = statements(sqlite, scope).keys.all({ participantId: scope === 'all' ? null : scope.participantId }) as { p: string; evidenceKey: string }[];
  const keys = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = keys.get(row.p);
    if (set) set.add(row.evidenceKey);
    else keys.set(row.p, new Set([row.evidenceKey]));
  }
  return keys;
}

/** Runs the rules for the participants in scope and stores what is new; in the caller's transaction. */
function assess(w: Writer, deps: AssessDeps, scope: Scope, assessedOn: string): AssessResult {
  const settings = qualitySettingsOf(deps.db);
  const rules = ruleSettingsOf(settings);
  const facts = loadFacts(deps.sqlite, scope, assessedOn, rules);
  const keys = knownKeys(deps.sqlite, scope);
  let dueOn: string | null = null;
  let newFindings = 0;
  for (const [participantId, participantFacts] of facts) {
    const known = keys.get(participantId);
    for (const finding of assessParticipant(participantFacts, rules)) {
      const key = evidenceKey(finding);
      if (known?.has(key)) continue;
      dueOn ??= addWorkingDays(assessedOn, settings.findingDueWorkingDays, deadlineSettings(deps.db));
      storeFinding(w, participantId, finding, key, assessedOn, dueOn);
      newFindings++;
    }
  }
  return { participants: facts.size, newFindings };
}

// Q3: the board decides on every finding; it lands on the board's work list.
function storeFinding(w: Writer, participantId: string, finding: RuleFinding, evidenceKey: string, assessedOn: string, dueOn: string): void {
  const row = w.insert(qualityFindings, { participantId, kind: finding.kind, rule: finding.rule, assessedOn, evidence: finding.evidence, evidenceKey, status: 'open' });
  addWorkItem(w, {
    subjectId: row.id,
    dossierKind: QUALITY_DOSSIER,
    dossierId: participantId,
    kind: finding.kind === 'staffel_zwijgt' ? QUALITY_WORK_ITEMS.overStaffel : QUALITY_WORK_ITEMS.finding,
    rule: `Q3.${finding.rule}`,
    dueOn,
    assigneeRole: 'board',
  });
}

/** Q3 for one participant (nothing happens for an ended participation). */
export function assessOneParticipant(w: Writer, deps: AssessDeps, participantId: string, assessedOn: string): AssessResult {
  return assess(w, deps, { participantId }, assessedOn);
}

/** Q3 for every live participant. */
export function assessAllParticipants(w: Writer, deps: AssessDeps, assessedOn: string): AssessResult {
  return assess(w, deps, 'all', assessedOn);
}

/** The provider's live participation, for assessing after a complaint about it (rule 4). */
export function liveParticipantIdOfProvider(sqlite: Database.Database, providerId: string): string | null {
  const row = prepared(sqlite, 'liveOfProvider', () => sqlite.prepare(`SELECT q.id FROM quality_participants q WHERE ${LIVE} AND q.provider_id = ?`)).get(providerId) as
    | { id: string }
    | undefined;
  return row?.id ?? null;
}
