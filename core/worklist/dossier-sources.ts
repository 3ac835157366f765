import { formalName, displayName, type PersonName } from '../persons/names';

/**
 * How the work list names the dossier an item belongs to. Each dossier kind brings one query that
 * reads its dossiers by id (`@ids`, a JSON array; the dossier's id as `dossier_id`) and how a row
 * reads as number and title. A later area (the quality-mark register, requests) adds one entry to
 * DOSSIER_SOURCES.
 */
export interface DossierSource {
  kind: string;
  sql: string;
  describe(row: Record<string, unknown>): { number: string; title: string };
}

const PERSON_PARTS = ['kind', 'salutation', 'initials', 'first_name', 'infix', 'last_name', 'organisation_name'] as const;

/** `alias.kind AS prefix_kind, …`: a person's name parts without the rest of the row. */
function personColumns(alias: string, prefix: string): string {
  return PERSON_PARTS.map((c) => `${alias}.${c} AS ${prefix}_${c}`).join(', ');
}

/** Reads the name parts written by personColumns; the keys are made once per prefix, not per row. */
function personReader(prefix: string): (row: Record<string, unknown>) => PersonName | null {
  const [kind, salutation, initials, firstName, infix, lastName, organisationName] = PERSON_PARTS.map((c) => `${prefix}_${c}`) as [string, string, string, string, string, string, string];
  return (row) =>
    row[kind] == null
      ? null
      : {
          kind: row[kind] as PersonName['kind'],
          salutation: row[salutation] as PersonName['salutation'],
          initials: row[initials] as string | null,
          firstName: row[firstName] as string | null,
          infix: row[infix] as string | null,
          lastName: row[lastName] as string | null,
          organisationName: row[organisationName] as string | null,
        };
}

const complainantOf = personReader('cp');
const subjectOf = personReader('cn');
const participantOf = personReader('qp');

/** K3: the same words as the complaint page ("Team Leden", a provider's name, "L. de Groot"). */
function complaintConcerns(row: Record<string, unknown>): string {
  const subject = subjectOf(row);
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
  sql: `SELECT c.id AS dossier_id, c.dossier_number AS c_number, c.concerns_kind AS c_concerns_kind, cct.name AS c_team_name, ccs.name AS c_staff_name,
      ${personColumns('cc', 'cp')}, ${personColumns('ccn', 'cn')}
    FROM json_each(@ids) ids JOIN complaints c ON c.id = ids.value
    LEFT JOIN persons cc ON cc.id = c.complainant_id
    LEFT JOIN teams cct ON cct.id = c.concerns_team_id
    LEFT JOIN staff ccs ON ccs.id = c.concerns_staff_id
    LEFT JOIN providers ccp ON ccp.id = c.concerns_provider_id
    LEFT JOIN persons ccn ON ccn.id = CASE c.concerns_kind WHEN 'dienstverlener' THEN ccp.person_id WHEN 'klant' THEN c.concerns_person_id END`,
  describe(row) {
    const complainant = complainantOf(row);
    return {
      number: (row.c_number as string | null) ?? '?',
      title: `${complainant ? formalName(complainant) : '?'} — ${complaintConcerns(row)}`,
    };
  },
};

/** Q3-Q5: a participant's items read as its registration number and the provider's name. */
const qualitySource: DossierSource = {
  kind: 'quality',
  sql: `SELECT q.id AS dossier_id, q.registration_number AS q_number, ${personColumns('qp', 'qp')}
    FROM json_each(@ids) ids JOIN quality_participants q ON q.id = ids.value
    LEFT JOIN providers qv ON qv.id = q.provider_id
    LEFT JOIN persons qp ON qp.id = qv.person_id`,
  describe(row) {
    const provider = participantOf(row);
    return { number: (row.q_number as string | null) ?? '?', title: `Keurmerk — ${provider ? displayName(provider) : '?'}` };
  },
};

export const DOSSIER_SOURCES: readonly DossierSource[] = [complaintSource, qualitySource];

export function dossierSource(kind: string): DossierSource | undefined {
  return DOSSIER_SOURCES.find((s) => s.kind === kind);
}
