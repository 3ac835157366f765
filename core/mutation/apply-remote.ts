import type Database from 'better-sqlite3';
import { eq, getTableColumns, getTableName, sql } from 'drizzle-orm';
import { preparedOnce } from '../db/prepared';
import type { Db } from '../../db/client';
import type { Ids } from '../ids';
import { writeAuditLine, writeAuditSnapshot } from './audit-line';
import { isLocalOnly } from './local-only';
import { isMeta, sameValue, type SyncedTable } from './writer';

/** Who made a field's value, and when: the remote author the audit trail names. */
export interface FieldAuthor {
  at: string;
  userId: string | null;
}

export interface RemoteRow {
  table: SyncedTable;
  rowId: string;
  /** Domain fields (camelCase) as the row should read; `deletedAt` may be among them. Unknown fields are ignored. */
  fields: Record<string, unknown>;
  /** Who made the row, and who changed it last, as the server has it. */
  created: FieldAuthor;
  updated: FieldAuthor;
  /** Per field, when known: who made its value. Otherwise the creator for a new row, the last changer for a change. */
  fieldAuthors?: Record<string, FieldAuthor>;
}

/**
 * Inserts a row as drizzle would (every column; a missing one gets its default), through one
 * statement prepared per table: a first pull inserts a million rows, and building the query per row
 * cost more than storing it.
 */
function insertRow(sqlite: Database.Database, table: SyncedTable, values: Record<string, unknown>): void {
  const columns = Object.entries(getTableColumns(table));
  const statement = preparedOnce(sqlite, `remote.insert.${getTableName(table)}`, () =>
    sqlite.prepare(`INSERT INTO "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`),
  );
  statement.run(
    columns.map(([field, column]) => {
      const value = values[field] === undefined ? column.default : values[field];
      return value === null || value === undefined ? null : column.mapToDriverValue(value);
    }),
  );
}

export type RemoteApplied = { op: 'insert' | 'update' | 'delete' | 'none'; changed: string[] };

/**
 * The second mutation path, for changes that come from the sync server: writes the row and its
 * audit lines under the remote author, but no change-log entry, so a pulled change is never pushed
 * back (no echo). Runs inside the caller's transaction. The local `version` still moves on, so a
 * screen that opened the row before is told it is stale.
 */
export function applyRemote(deps: { db: Db; sqlite: Database.Database; ids: Ids }, remote: RemoteRow): RemoteApplied {
  const { db, sqlite } = deps;
  const name = getTableName(remote.table);
  if (isLocalOnly(name)) throw new Error(`${name} is local-only and never applied from the server`);
  const columns = getTableColumns(remote.table);
  const known = Object.entries(remote.fields).filter(([field]) => field in columns && (!isMeta(field) || field === 'deletedAt'));
  // Built once per table: a pull page asks this for every row, and building the query costs more than running it.
  const findCurrent = preparedOnce(db, `remote.current.${name}`, () =>
    db.select().from(remote.table).where(eq(remote.table.id, sql.placeholder('id'))).prepare(),
  );
  const current = findCurrent.get({ id: remote.rowId }) as Record<string, unknown> | undefined;
  const txId = deps.ids.next();

  if (!current) {
    const present = known.filter(([, value]) => value !== null && value !== undefined);
    const { created, updated } = remote;
    insertRow(sqlite, remote.table, { ...Object.fromEntries(known), id: remote.rowId, createdAt: created.at, createdBy: created.userId, updatedAt: updated.at, updatedBy: updated.userId, version: 1 });
    // One line with the row as it arrived, per author: the creator's values, then any field another person set.
    const byAuthor = new Map<string, { author: FieldAuthor; values: Record<string, unknown> }>();
    for (const [field, value] of present) {
      if (field === 'deletedAt') continue;
      const author = remote.fieldAuthors?.[field] ?? created;
      const key = `${author.at}\u0000${author.userId}`;
      if (!byAuthor.has(key)) byAuthor.set(key, { author, values: {} });
      byAuthor.get(key)!.values[field] = value;
    }
    for (const { author, values } of byAuthor.values()) {
      writeAuditSnapshot(sqlite, { txId, at: author.at, userId: author.userId, table: name, rowId: remote.rowId, op: 'insert', values });
    }
    const deletedAt = remote.fields.deletedAt;
    if (deletedAt) {
      const author = remote.fieldAuthors?.deletedAt ?? updated;
      writeAuditLine(sqlite, { txId, at: author.at, userId: author.userId, table: name, rowId: remote.rowId, op: 'delete', field: 'deletedAt', oldValue: null, newValue: deletedAt });
    }
    return { op: 'insert', changed: present.map(([f]) => f) };
  }

  const changes = known.filter(([field, value]) => !sameValue(current[field], value));
  if (changes.length === 0) return { op: 'none', changed: [] };
  db.update(remote.table)
    .set({ ...Object.fromEntries(changes), updatedAt: remote.updated.at, updatedBy: remote.updated.userId, version: (current.version as number) + 1 } as never)
    .where(eq(remote.table.id, remote.rowId))
    .run();
  for (const [field, value] of changes) {
    const author = remote.fieldAuthors?.[field] ?? remote.updated;
    const op = field === 'deletedAt' && value ? 'delete' : 'update';
    writeAuditLine(sqlite, { txId, at: author.at, userId: author.userId, table: name, rowId: remote.rowId, op, field, oldValue: current[field] ?? null, newValue: value });
  }
  const deleted = changes.some(([field, value]) => field === 'deletedAt' && value);
  return { op: deleted ? 'delete' : 'update', changed: changes.map(([f]) => f) };
}
