/**
 * Tables that stay on this desktop: audited like every table, but never in the change log that
 * sync consumes. The mail outbox is one: each desktop sends its own messages, so a synced outbox
 * would send a message once per desktop.
 */
// Number series are per desktop too: each allocates from its own prefix.
// The daily quality assessment is per desktop as well: its findings are what sync shares.
// The sync tables describe this desktop's own view of the server; deferred_schema its own indexes.
const LOCAL_ONLY = new Set(['mail_outbox', 'number_series', 'quality_assessment_runs', 'sync_state', 'sync_versions', 'sync_reports', 'deferred_schema']);

export function isLocalOnly(table: string): boolean {
  return LOCAL_ONLY.has(table);
}
