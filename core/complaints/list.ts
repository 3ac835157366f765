import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { ComplaintListRow, complaintListInput } from '../contracts/complaints';
import { displayName } from '../persons/names';
import type { PersonName } from '../persons/names';

type ListInput = z.output<typeof complaintListInput>;

/**
 * Complaint dossiers newest first, one page at a time. The next deadline is the earliest open work
 * item; the concerns label is built from the joined names so the page needs no query per row.
 */
export function listComplaints(sqlite: Database.Database, input: ListInput): { total: number; offset: number; rows: ComplaintListRow[] } {
  const where: string[] = ['c.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (input.status === 'open') where.push("c.status <> 'afgesloten'");
  else if (input.status) {
    where.push('c.status = @status');
    params.status = input.status;
  }
  if (input.providerId) {
    where.push('c.concerns_provider_id = @providerId');
    params.providerId = input.providerId;
  }
  if (input.complainantId) {
    where.push('c.complainant_id = @complainantId');
    params.complainantId = input.complainantId;
  }
  if (input.query) {
    where.push("(c.dossier_number LIKE @like ESCAPE '\\' OR p.sort_name LIKE @like ESCAPE '\\' OR p.organisation_name LIKE @like ESCAPE '\\')");
    params.like = `%${input.query.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  }
  const from = `FROM complaints c JOIN persons p ON p.id = c.complainant_id WHERE ${where.join(' AND ')}`;
  const total = (sqlite.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  const rows = sqlite
    .prepare(
      `SELECT c.id, c.dossier_number, c.kind, c.received_on, c.status, c.urgent, c.concerns_kind,
              p.kind AS p_kind, p.salutation, p.initials, p.first_name, p.infix, p.last_name, p.organisation_name,
              o.name AS owner_name, t.name AS team_name, ct.name AS concerns_team, cs.name AS concerns_staff,
              pp.organisation_name AS prov_org, pp.kind AS prov_kind, pp.first_name AS prov_first, pp.initials AS prov_initials,
              pp.infix AS prov_infix, pp.last_name AS prov_last,
              cp.kind AS cp_kind, cp.initials AS cp_initials, cp.first_name AS cp_first, cp.infix AS cp_infix, cp.last_name AS cp_last, cp.organisation_name AS cp_org,
              (SELECT min(w.due_on) FROM work_items w WHERE w.dossier_kind = 'complaint' AND w.dossier_id = c.id AND w.done_at IS NULL AND w.deleted_at IS NULL) AS next_due
       ${from.replace('WHERE', `LEFT JOIN staff o ON o.id = c.owner_id
       LEFT JOIN teams t ON t.id = coalesce(c.forwarded_team_id, c.concerns_team_id)
       LEFT JOIN teams ct ON ct.id = c.concerns_team_id
       LEFT JOIN staff cs ON cs.id = c.concerns_staff_id
       LEFT JOIN providers pr ON pr.id = c.concerns_provider_id
       LEFT JOIN persons pp ON pp.id = pr.person_id
       LEFT JOIN persons cp ON cp.id = c.concerns_person_id
       WHERE`)}
       ORDER BY c.received_at DESC, c.dossier_number DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: input.limit, offset: input.offset }) as Record<string, string | number | null>[];
  return { total, offset: input.offset, rows: rows.map(toListRow) };
}

function name(kind: unknown, parts: { initials: unknown; firstName: unknown; infix: unknown; lastName: unknown; organisationName: unknown }): string {
  return displayName({ kind: kind as PersonName['kind'], ...parts } as PersonName);
}

function toListRow(r: Record<string, string | number | null>): ComplaintListRow {
  const concerns: Record<string, () => string> = {
    organisatie: () => 'Onze dienstverlening',
    team: () => `Team ${r.concerns_team ?? '?'}`,
    medewerker: () => String(r.concerns_staff ?? '?'),
    dienstverlener: () => name(r.prov_kind, { initials: r.prov_initials, firstName: r.prov_first, infix: r.prov_infix, lastName: r.prov_last, organisationName: r.prov_org }),
    klant: () => name(r.cp_kind, { initials: r.cp_initials, firstName: r.cp_first, infix: r.cp_infix, lastName: r.cp_last, organisationName: r.cp_org }),
  };
  return {
    id: String(r.id),
    dossierNumber: String(r.dossier_number),
    kind: r.kind as ComplaintListRow['kind'],
    receivedOn: String(r.received_on),
    complainantName: name(r.p_kind, { initials: r.initials, firstName: r.first_name, infix: r.infix, lastName: r.last_name, organisationName: r.organisation_name }),
    concernsLabel: (concerns[String(r.concerns_kind)] ?? concerns.organisatie!)(),
    status: r.status as ComplaintListRow['status'],
    ownerName: (r.owner_name as string | null) ?? null,
    teamName: (r.team_name as string | null) ?? null,
    urgent: r.urgent === 1,
    nextDueOn: (r.next_due as string | null) ?? null,
  };
}
