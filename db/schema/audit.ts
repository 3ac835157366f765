import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** S3: one row per changed field. Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    txId: text('tx_id').notNull(),
    at: text('at').notNull(),
    userId: text('user_id'),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op', { enum: ['insert', 'update', 'delete'] }).notNull(),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
  },
  (t) => [
    index('audit_row_idx').on(t.tableName, t.rowId, t.seq),
    index('audit_user_idx').on(t.userId, t.seq),
    // The admin view filtered by table, newest first, without sorting every matching row.
    index('audit_table_idx').on(t.tableName, t.seq),
    index('audit_at_idx').on(t.at),
  ],
);

/**
 * The outbox the sync server consumes: per row change, the changed fields with the row's
 * version before the change. Written in the same transaction as the change itself.
 */
export const changeLog = sqliteTable(
  'change_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    mutationId: text('mutation_id').notNull().unique(),
    txId: text('tx_id').notNull(),
    at: text('at').notNull(),
    userId: text('user_id'),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op', { enum: ['insert', 'update', 'delete'] }).notNull(),
    baseVersion: integer('base_version').notNull(),
    fields: text('fields', { mode: 'json' }).$type<Record<string, { value: unknown; baseVersion: number }>>().notNull(),
    schemaVersion: integer('schema_version').notNull(),
    sentAt: text('sent_at'),
  },
  (t) => [index('change_log_unsent_idx').on(t.sentAt, t.seq)],
);
