import { formalName, displayName, type PersonName } from '../persons/names';

/**
 * How the work list names the dossier an item belongs to. Each dossier kind brings its own LEFT
 * JOINs on the work item `w` (guarded by `w.dossier_kind`, so a row joins only its own kind), the
 * columns it needs under its own prefix, and how those columns read as number and title. A later
 * area (the quality-mark register, requests) adds one entry to DOSSIER_SOURCES.
 */
export interface DossierSource {
  kind: string;
  joins: string;
  columns: string;
  describe(row: Record<string, unknown>): { number: string; title: string };
}

const PERSON_PARTS = ['kind', 'salutation', 'initials', 'first_name', 'infix', 'last_name', 'organisation_name'] as const;

/** `alias.kind AS prefix_kind, …`: a person's name parts without the rest of the row. */
function personColumns(alias: string, prefix: string): string {
  return PERSON_PARTS.map((c) => `${alias}.${c} AS ${prefix}_${c}`).join(', ');
}

function personFrom(row: Record<string, unknown>, prefix: string): PersonName | null {
  if (row[`${prefix}_kind`] == null) return null;
  return {
    kind: row[`${prefix}_kind`] as PersonName['kind'],
    salutation: row[`${prefix}_salutation`] as PersonName['salutation'],
    initials: row[`${prefix}_initials`] as string | null,
    firstName: row[`${prefix}_first_name`] as string | null,
    infix: row[`${prefix}_infix`] as string | null,
    lastName: row[`${prefix}_last_name`] as string | null,
    organisationName: row[`${prefix}_organisation_name`] as string | null,
  };
}

/** K3: the same words as the complaint page ("Team Leden", a provider's name, "L. de Groot"). */
function complaintConcerns(row: Record<string, unknown>): string {
  const subject = personFrom(row, 'cn');
  switch (row.c_concerns_kind) {
    case 'team':
      return `Team ${(row.c_team_name as string | null) ?? '?'}`;
    case 'medewerker':
      return (row.c_staff_name as string | null) ?? '?';
    case 'dienstverlener':
      return subject ? displayName(subject) : '?';
    case 'klant':
      return subject ? formalName(subject) : '?';
    default:
      return 'Onze dienstverlening';
  }
}

const complaintSource: DossierSource = {
  kind: 'complaint',
  joins: `LEFT JOIN complaints c ON w.dossier_kind = 'complaint' AND c.id = w.dossier_id
  LEFT JOIN persons cc ON cc.id = c.complainant_id
  LEFT JOIN teams cct ON cct.id = c.concerns_team_id
  LEFT JOIN staff ccs ON ccs.id = c.concerns_staff_id
  LEFT JOIN providers ccp ON ccp.id = c.concerns_provider_id
  LEFT JOIN persons ccn ON ccn.id = CASE c.concerns_kind WHEN 'dienstverlener' THEN ccp.person_id WHEN 'klant' THEN c.concerns_person_id END`,
  columns: `c.dossier_number AS c_number, c.concerns_kind AS c_concerns_kind, cct.name AS c_team_name, ccs.name AS c_staff_name,
    ${personColumns('cc', 'cp')}, ${personColumns('ccn', 'cn')}`,
  describe(row) {
    const complainant = personFrom(row, 'cp');
    return {
      number: (row.c_number as string | null) ?? '?',
      title: `${complainant ? formalName(complainant) : '?'} — ${complaintConcerns(row)}`,
    };
  },
};

export const DOSSIER_SOURCES: readonly DossierSource[] = [complaintSource];

export function dossierSource(kind: string): DossierSource | undefined {
  return DOSSIER_SOURCES.find((s) => s.kind === kind);
}
