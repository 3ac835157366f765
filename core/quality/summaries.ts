import type Database from 'better-sqlite3';
import type { ParticipantStatus, ParticipantSummary } from '../contracts/quality';
import { DomainError } from '../errors';
import { displayName, type PersonName } from '../persons/names';

/**
 * Participants as the register's list shows them, in one query: provider name and place, open
 * findings and unpaid contributions counted per row by their indexes. A contribution paid only
 * after `@today` counts as unpaid on that day, as Q3 rule 5 sees it.
 */
const SUMMARY_SQL = `SELECT q.id, q.version, q.registration_number, q.provider_id, q.status, q.start_date, q.termination_date, q.zelfstandigen_bouw,
    p.kind, p.salutation, p.initials, p.first_name, p.infix, p.last_name, p.organisation_name, p.city, p.sort_name,
    (SELECT count(*) FROM quality_findings f WHERE f.participant_id = q.id AND f.status = 'open' AND f.deleted_at IS NULL) AS open_findings,
    (SELECT count(*) FROM quality_contributions c WHERE c.participant_id = q.id AND c.deleted_at IS NULL AND (c.paid_on IS NULL OR c.paid_on > @today)) AS unpaid,
    (SELECT count(*) FROM quality_contributions c WHERE c.participant_id = q.id AND c.deleted_at IS NULL AND (c.paid_on IS NULL OR c.paid_on > @today) AND c.due_on < @today) AS overdue
  FROM quality_participants q
  JOIN providers v ON v.id = q.provider_id
  JOIN persons p ON p.id = v.person_id
  WHERE q.deleted_at IS NULL`;

interface SummaryRow {
  id: string;
  version: number;
  registration_number: string;
  provider_id: string;
  status: ParticipantStatus;
  start_date: string;
  termination_date: string | null;
  zelfstandigen_bouw: number;
  kind: PersonName['kind'];
  salutation: PersonName['salutation'];
  initials: string | null;
  first_name: string | null;
  infix: string | null;
  last_name: string | null;
  organisation_name: string | null;
  city: string | null;
  sort_name: string;
  open_findings: number;
  unpaid: number;
  overdue: number;
}

function toSummary(r: SummaryRow): ParticipantSummary {
  const name = displayName({ kind: r.kind, salutation: r.salutation, initials: r.initials, firstName: r.first_name, infix: r.infix, lastName: r.last_name, organisationName: r.organisation_name });
  return {
    id: r.id,
    version: r.version,
    registrationNumber: r.registration_number,
    provider: { id: r.provider_id, name, place: r.city?.trim() || null },
    status: r.status,
    startDate: r.start_date,
    terminationDate: r.termination_date,
    zelfstandigenBouw: r.zelfstandigen_bouw === 1,
    openFindings: r.open_findings,
    overdueContributions: r.overdue,
    unpaidContributions: r.unpaid,
  };
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(sqlite: Database.Database, key: string, sql: string): Database.Statement {
  let perDb = statements.get(sqlite);
  if (!perDb) statements.set(sqlite, (perDb = new Map()));
  let statement = perDb.get(key);
  if (!statement) perDb.set(key, (statement = sqlite.prepare(sql)));
  return statement;
}

export function summaryById(sqlite: Database.Database, id: string, today: string): ParticipantSummary {
  const row = prepared(sqlite, 'byId', `${SUMMARY_SQL} AND q.id = @id`).get({ id, today }) as SummaryRow | undefined;
  if (!row) throw new DomainError('record.not_found');
  return toSummary(row);
}

/** The provider's latest participation (live or ended), or null. */
export function summaryOfProvider(sqlite: Database.Database, providerId: string, today: string): ParticipantSummary | null {
  const row = prepared(sqlite, 'ofProvider', `${SUMMARY_SQL} AND q.provider_id = @providerId ORDER BY q.start_date DESC, q.created_at DESC, q.rowid DESC LIMIT 1`).get({ providerId, today }) as
    | SummaryRow
    | undefined;
  return row ? toSummary(row) : null;
}

export interface SummaryFilter {
  status?: ParticipantStatus;
  query?: string;
  withOpenFindings?: boolean;
  withOverdueContributions?: boolean;
}

/** quality.list: by registration number; the query matches the number, the name or the place. */
export function listSummaries(sqlite: Database.Database, filter: SummaryFilter, today: string): ParticipantSummary[] {
  const query = filter.query?.trim().toLowerCase();
  const sql = `SELECT * FROM (${SUMMARY_SQL}) s WHERE (@status IS NULL OR s.status = @status)
      AND (@query IS NULL OR lower(s.registration_number) LIKE @query OR lower(s.sort_name) LIKE @query OR lower(coalesce(s.organisation_name, '')) LIKE @query OR lower(coalesce(s.city, '')) LIKE @query)
      AND (@withOpenFindings = 0 OR s.open_findings > 0)
      AND (@withOverdue = 0 OR s.overdue > 0)
    ORDER BY s.registration_number`;
  const rows = prepared(sqlite, 'list', sql).all({
    today,
    status: filter.status ?? null,
    query: query ? `%${query.replace(/[%_]/g, '')}%` : null,
    withOpenFindings: filter.withOpenFindings ? 1 : 0,
    withOverdue: filter.withOverdueContributions ? 1 : 0,
  }) as SummaryRow[];
  return rows.map(toSummary);
}
