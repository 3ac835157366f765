/**
 * The columns the server keeps unique across all desktops: numbers (each desktop allocates from its
 * own prefix, but a number typed by hand or a stale series could still collide) and the names people
 * sign in or choose teams by. Field names are the desktop's (camelCase), as in its change log; the
 * list mirrors the uniqueIndex()es of db/schema.
 */
export interface UniqueColumn {
  table: string;
  field: string;
  column: string;
  /** For a partial unique index: whether the row holds its value (others may share it). */
  appliesTo?: (fields: Record<string, unknown>) => boolean;
}

export const UNIQUE_COLUMNS: readonly UniqueColumn[] = [
  { table: 'complaints', field: 'dossierNumber', column: 'dossier_number' },
  { table: 'members', field: 'membershipNumber', column: 'membership_number' },
  { table: 'quality_participants', field: 'registrationNumber', column: 'registration_number' },
  // L3: an amended mandate keeps its reference as history ('gewijzigd'); the new one reuses it.
  { table: 'sepa_mandates', field: 'reference', column: 'reference', appliesTo: (fields) => fields.status !== 'gewijzigd' },
  { table: 'staff', field: 'username', column: 'username' },
  { table: 'teams', field: 'name', column: 'name' },
];

export function uniqueColumnsOf(table: string): readonly UniqueColumn[] {
  return UNIQUE_COLUMNS.filter((c) => c.table === table);
}

export interface Claim {
  column: string;
  value: string;
}

/** The values this row holds. Deleted rows keep theirs: numbers are never reused. */
export function claimsOf(table: string, fields: Record<string, unknown>): Claim[] {
  return uniqueColumnsOf(table)
    .filter((c) => fields[c.field] !== null && fields[c.field] !== undefined && (c.appliesTo?.(fields) ?? true))
    .map((c) => ({ column: c.column, value: String(fields[c.field]) }));
}

export function claimKey(table: string, column: string, value: string): string {
  return `${table}\u0000${column}\u0000${value}`;
}
