import type Database from 'better-sqlite3';
import { eq, getTableName, sql } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { META_FIELDS } from '../../db/schema/columns';
import { preparedOnce } from '../db/prepared';
import { DomainError } from '../errors';
import type { Ids } from '../ids';
import { isLocalOnly } from './local-only';
import { writeAuditLine, type AuditOp } from './audit-line';
import { SCHEMA_VERSION } from './schema-version';

/** Any domain table built with `rowMeta`. */
export type SyncedTable = SQLiteTable & {
  id: AnySQLiteColumn;
  version: AnySQLiteColumn;
  deletedAt: AnySQLiteColumn;
};

type MetaField = (typeof META_FIELDS)[number];
export type NewRow<T extends SyncedTable> = Omit<T['$inferInsert'], MetaField>;
export type RowPatch<T extends SyncedTable> = Partial<NewRow<T>>;
export type Row<T extends SyncedTable> = T['$inferSelect'];

type Op = AuditOp;
type FieldChange = { field: string; oldValue: unknown; newValue: unknown };

export interface Writer {
  /** Inserts a row with fresh id (or the one given, made earlier with ctx.ids) and metadata; returns it as stored. */
  insert<T extends SyncedTable>(table: T, values: NewRow<T>, options?: { id?: string }): Row<T>;
  /**
   * Changes the given fields. Unchanged fields are not written, audited or logged; a patch that
   * changes nothing leaves the row (and its version) as it was. With `expectedVersion` a row
   * changed by someone else in the meantime is refused.
   */
  update<T extends SyncedTable>(table: T, id: string, patch: RowPatch<T>, options?: { expectedVersion?: number }): Row<T>;
  /** Tombstones the row (`deleted_at`); dossiers are never hard-deleted. */
  remove<T extends SyncedTable>(table: T, id: string): Row<T>;
  readonly txId: string;
  readonly at: string;
  /** Who makes the change: the author recorded in the audit trail. */
  readonly userId: string | null;
}

export interface WriterDeps {
  db: Db;
  sqlite: Database.Database;
  ids: Ids;
  at: string;
  userId: string | null;
  onTableChanged(table: string): void;
}

/**
 * The one mutation path. Every row change goes through here, inside the caller's SQLite
 * transaction, together with its audit lines (S3) and its change-log entry for sync.
 */
export function createWriter(deps: WriterDeps): Writer {
  const { db, sqlite, ids, at, userId } = deps;
  const txId = ids.next();
  const statements = preparedStatements(sqlite);

  function record(table: string, rowId: string, op: Op, baseVersion: number, changes: FieldChange[]): void {
    for (const c of changes) {
      writeAuditLine(sqlite, { txId, at, userId, table, rowId, op, field: c.field, oldValue: c.oldValue, newValue: c.newValue });
    }
    deps.onTableChanged(table);
    if (isLocalOnly(table)) return;
    const fields = Object.fromEntries(changes.map((c) => [c.field, { value: c.newValue ?? null, baseVersion }]));
    statements.change.run(ids.next(), txId, at, userId, table, rowId, op, baseVersion, JSON.stringify(fields), SCHEMA_VERSION);
  }

  function load<T extends SyncedTable>(table: T, id: string): Row<T> {
    const statement = preparedOnce(db, table, () => db.select().from(table).where(eq(table.id, sql.placeholder('id'))).prepare());
    const row = statement.get({ id }) as Row<T> | undefined;
    if (!row) throw new DomainError('record.not_found');
    return row;
  }

  return {
    txId,
    at,
    userId,
    insert(table, values, options) {
      const name = getTableName(table);
      const row = { ...values, id: options?.id ?? ids.next(), createdAt: at, updatedAt: at, createdBy: userId, updatedBy: userId, deletedAt: null, version: 1 };
      const stored = db.insert(table).values(row as never).returning().get() as Row<typeof table>;
      const changes = Object.entries(stored)
        .filter(([field, value]) => !isMeta(field) && value !== null && value !== undefined)
        .map(([field, value]) => ({ field, oldValue: null, newValue: value }));
      record(name, stored.id as string, 'insert', 0, changes);
      return stored;
    },
    update(table, id, patch, options) {
      const name = getTableName(table);
      const current = load(table, id) as Record<string, unknown>;
      if (options?.expectedVersion !== undefined && options.expectedVersion !== current.version) {
        throw new DomainError('record.stale');
      }
      const changes: FieldChange[] = [];
      for (const [field, newValue] of Object.entries(patch)) {
        if (newValue === undefined || isMeta(field)) continue;
        if (!sameValue(current[field], newValue)) changes.push({ field, oldValue: current[field] ?? null, newValue });
      }
      if (changes.length === 0) return current as Row<typeof table>;
      const baseVersion = current.version as number;
      const values = Object.fromEntries(changes.map((c) => [c.field, c.newValue]));
      const stored = db
        .update(table)
        .set({ ...values, updatedAt: at, updatedBy: userId, version: baseVersion + 1 } as never)
        .where(eq(table.id, id))
        .returning()
        .get() as Row<typeof table>;
      record(name, id, 'update', baseVersion, changes);
      return stored;
    },
    remove(table, id) {
      const name = getTableName(table);
      const current = load(table, id) as Record<string, unknown>;
      if (current.deletedAt) return current as Row<typeof table>;
      const baseVersion = current.version as number;
      const stored = db
        .update(table)
        .set({ deletedAt: at, updatedAt: at, updatedBy: userId, version: baseVersion + 1 } as never)
        .where(eq(table.id, id))
        .returning()
        .get() as Row<typeof table>;
      record(name, id, 'delete', baseVersion, [{ field: 'deletedAt', oldValue: null, newValue: at }]);
      return stored;
    },
  };
}

export function isMeta(field: string): boolean {
  return (META_FIELDS as readonly string[]).includes(field);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function preparedStatements(sqlite: Database.Database) {
  return preparedOnce(sqlite, 'writer.log', () => prepare(sqlite));
}

function prepare(sqlite: Database.Database) {
  return {
    change: sqlite.prepare(
      `INSERT INTO change_log (mutation_id, tx_id, at, user_id, table_name, row_id, op, base_version, fields, schema_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}
