/**
 * Tables that stay on this desktop: audited like every table, but never in the change log that
 * sync consumes. The mail outbox is one: each desktop sends its own messages, so a synced outbox
 * would send a message once per desktop.
 */
// Number series are per desktop too: each allocates from its own prefix.
const LOCAL_ONLY = new Set(['mail_outbox', 'number_series']);

export function isLocalOnly(table: string): boolean {
  return LOCAL_ONLY.has(table);
}
