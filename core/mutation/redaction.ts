/** Fields whose values never enter the audit trail: it records that they changed, not what to. */
const REDACTED: Record<string, readonly string[]> = {
  staff: ['passwordHash'],
  mail_settings: ['password'],
  // Images are not readable as text; the trail keeps that the logo changed and who did it.
  organisation: ['logoDataUrl'],
};

export const REDACTED_VALUE = '[verborgen]';

export function isRedacted(table: string, field: string): boolean {
  return REDACTED[table]?.includes(field) ?? false;
}
