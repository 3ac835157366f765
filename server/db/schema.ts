import { sql } from 'drizzle-orm';
import { bigint, boolean, index, jsonb, pgTable, primaryKey, serial, text, unique } from 'drizzle-orm/pg-core';

/**
 * The sync server's own tables. Domain rows are stored generically (JSON per row) so every synced
 * desktop table syncs without a PostgreSQL mirror per table.
 */

/** One row per office; `version` is the counter whose row lock serialises pushes (commit order). */
export const offices = pgTable('offices', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  /** Changes when the server is restored from a backup: desktops then resync fully. */
  epoch: text('epoch').notNull(),
});

export const devices = pgTable(
  'devices',
  {
    id: text('id').primaryKey(),
    officeId: text('office_id').notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'revoked'] }).notNull(),
    credentialHash: text('credential_hash').notNull(),
    numberPrefix: text('number_prefix').notNull().unique(),
    /** The last outbox seq applied for this device: the next push must continue at last_seq + 1. */
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    registeredAt: text('registered_at').notNull(),
    approvedAt: text('approved_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('devices_office_idx').on(t.officeId)],
);

export const registrationCodes = pgTable('registration_codes', {
  codeHash: text('code_hash').primaryKey(),
  officeId: text('office_id').notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
  usedByDevice: text('used_by_device'),
  /** Codes made on the server's command line (bootstrap) approve their device at once. */
  autoApprove: boolean('auto_approve').notNull().default(false),
});

export const syncRows = pgTable(
  'sync_rows',
  {
    officeId: text('office_id').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
    /** {field: server_version} of the push that last set the field. */
    fieldVersions: jsonb('field_versions').$type<Record<string, number>>().notNull(),
    /** {field: {at, deviceId, userId}} of the change that last set the field: decides concurrent edits. */
    fieldClocks: jsonb('field_clocks').$type<Record<string, { at: string; deviceId: string; userId: string | null }>>().notNull(),
    deletedAt: text('deleted_at'),
    serverVersion: bigint('server_version', { mode: 'number' }).notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by'),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.officeId, t.tableName, t.rowId] }),
    // The pull keyset: (server_version, table_name, row_id) within an office.
    index('sync_rows_pull_idx').on(t.officeId, t.serverVersion, t.tableName, t.rowId),
  ],
);

export const syncMutations = pgTable(
  'sync_mutations',
  {
    officeId: text('office_id').notNull(),
    deviceId: text('device_id').notNull(),
    mutationId: text('mutation_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    status: text('status', { enum: ['applied', 'conflict', 'rejected'] }).notNull(),
    serverVersion: bigint('server_version', { mode: 'number' }).notNull(),
    reason: text('reason'),
  },
  (t) => [unique('sync_mutations_device_mutation_unique').on(t.deviceId, t.mutationId), index('sync_mutations_row_idx').on(t.officeId, t.tableName, t.rowId)],
);

export const syncConflicts = pgTable(
  'sync_conflicts',
  {
    id: serial('id').primaryKey(),
    officeId: text('office_id').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    field: text('field').notNull(),
    losingValue: jsonb('losing_value'),
    winningValue: jsonb('winning_value'),
    losingDevice: text('losing_device').notNull(),
    winningDevice: text('winning_device').notNull(),
    losingAt: text('losing_at').notNull(),
    winningAt: text('winning_at').notNull(),
    createdAt: text('created_at').notNull().default(sql`now()::text`),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by'),
    resolution: text('resolution'),
  },
  (t) => [index('sync_conflicts_open_idx').on(t.officeId, t.resolvedAt)],
);

/** Claims on unique (number) values, so two desktops can never both keep the same number. */
export const syncUniqueValues = pgTable(
  'sync_unique_values',
  {
    officeId: text('office_id').notNull(),
    tableName: text('table_name').notNull(),
    columnName: text('column_name').notNull(),
    value: text('value').notNull(),
    rowId: text('row_id').notNull(),
  },
  (t) => [
    unique('sync_unique_values_unique').on(t.officeId, t.tableName, t.columnName, t.value),
    index('sync_unique_values_row_idx').on(t.officeId, t.tableName, t.rowId),
  ],
);
