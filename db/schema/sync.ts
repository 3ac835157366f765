import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * This desktop's link to the sync server: one row ('local'). Local-only, like the other sync
 * tables: they describe this desktop's view of the server and never travel themselves.
 */
export const syncState = sqliteTable('sync_state', {
  id: text('id').primaryKey(),
  serverUrl: text('server_url'),
  deviceId: text('device_id'),
  /** The name this desktop was registered under ("Balie 1"), as the server's device list shows it. */
  deviceName: text('device_name'),
  /** Where the credential is kept (see core/sync/credentials.ts), never the credential itself. */
  credentialRef: text('credential_ref'),
  numberPrefix: text('number_prefix'),
  epoch: text('epoch'),
  /** The highest server version pulled completely. */
  cursor: integer('cursor').notNull().default(0),
  status: text('status', { enum: ['uit', 'wacht_op_goedkeuring', 'offline', 'bezig', 'bijgewerkt', 'fout', 'verouderd', 'ingetrokken'] })
    .notNull()
    .default('uit'),
  /** Progress of the running sync: entries pushed and rows pulled. */
  pushed: integer('pushed').notNull().default(0),
  pulled: integer('pulled').notNull().default(0),
  lastSyncAt: text('last_sync_at'),
  lastError: text('last_error'),
});

/** The server version each row was last seen at: the base of the next push of that row. */
export const syncVersions = sqliteTable(
  'sync_versions',
  {
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    serverVersion: integer('server_version').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.rowId] })],
);

/**
 * What sync could not do as asked, kept to be shown: local changes the server rejected or decided
 * against in a conflict, and pulled rows this desktop could not store ('apply_failed', keyed 'pull:…').
 */
export const syncReports = sqliteTable(
  'sync_reports',
  {
    mutationId: text('mutation_id').primaryKey(),
    seq: integer('seq').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    status: text('status', { enum: ['rejected', 'conflict', 'apply_failed'] }).notNull(),
    reason: text('reason'),
    reportedAt: text('reported_at').notNull(),
    seenAt: text('seen_at'),
  },
  (t) => [index('sync_reports_unseen_idx').on(t.seenAt, t.seq)],
);

/**
 * Indexes and triggers a bulk load has set aside (db/deferred-schema.ts), each with the SQL that
 * builds it again. Dropping them and recording them here is one transaction, so a desktop stopped
 * halfway puts them back at its next start.
 */
export const deferredSchema = sqliteTable('deferred_schema', {
  name: text('name').primaryKey(),
  kind: text('kind', { enum: ['index', 'trigger'] }).notNull(),
  tableName: text('table_name').notNull(),
  sql: text('sql').notNull(),
  /** For a trigger: the rows it missed are those above this rowid. */
  afterRowid: integer('after_rowid'),
});
