/** Fields whose values never enter the audit trail: it records that they changed, not what to. */
const REDACTED: Record<string, readonly string[]> = {
  staff: ['passwordHash'],
};

export const REDACTED_VALUE = '[verborgen]';

export function isRedacted(table: string, field: string): boolean {
  return REDACTED[table]?.includes(field) ?? false;
}
