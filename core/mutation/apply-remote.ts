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

export type RemoteApplied = { op: 'insert' | 'update' | 'delete' | 'none'; changed: string[] };

/**
 * The second mutation path, for changes that come from the sync server: writes the row and its
 * audit lines under the remote author, but no change-log entry, so a pulled change is never pushed
 * back (no echo). Runs inside the caller's transaction. The local `version` still moves on, so a
 * screen that opened the row before is told it is stale.
 */
export function applyRemote(deps: { db: Db; sqlite: Database.Database; ids: Ids }, remote: RemoteRow): RemoteApplied {
  const { db, sqlite } = deps;
  const shape = shapeOf(db, sqlite, remote.table);
  const { name } = shape;
  // In the table's column order, so the trail lists a pulled row's fields as its screen does.
  const known: [string, unknown][] = [];
  for (const field of shape.domain) if (field in remote.fields) known.push([field, remote.fields[field]]);
  const current = shape.findCurrent.get({ id: remote.rowId }) as Record<string, unknown> | undefined;
  const txId = deps.ids.next();

  if (!current) {
    const { created, updated } = remote;
    const meta: Record<string, unknown> = { id: remote.rowId, createdAt: created.at, createdBy: created.userId, updatedAt: updated.at, updatedBy: updated.userId, version: 1 };
    shape.insert.run(shape.columns.map(([field, column]) => driverValue(column, field in meta ? meta[field] : field in remote.fields ? remote.fields[field] : undefined)));
    // One line with the row as it arrived, per author: the creator's values, then any field another person set.
    const byAuthor = new Map<string, { author: FieldAuthor; values: Record<string, unknown> }>();
    const changed: string[] = [];
    for (const [field, value] of known) {
      if (value === null || value === undefined) continue;
      changed.push(field);
      if (field === 'deletedAt') continue;
      const author = remote.fieldAuthors?.[field] ?? created;
      const key = `${author.at}\u0000${author.userId}`;
      let group = byAuthor.get(key);
      if (!group) byAuthor.set(key, (group = { author, values: {} }));
      group.values[field] = value;
    }
    for (const { author, values } of byAuthor.values()) {
      writeAuditSnapshot(sqlite, { txId, at: author.at, userId: author.userId, table: name, rowId: remote.rowId, op: 'insert', values });
    }
    const deletedAt = remote.fields.deletedAt;
    if (deletedAt) {
      const author = remote.fieldAuthors?.deletedAt ?? updated;
      writeAuditLine(sqlite, { txId, at: author.at, userId: author.userId, table: name, rowId: remote.rowId, op: 'delete', field: 'deletedAt', oldValue: null, newValue: deletedAt });
    }
    return { op: 'insert', changed };
  }

  const changes = known.filter(([field, value]) => !sameValue(current[field], value));
  if (changes.length === 0) return { op: 'none', changed: [] };
  const set: [string, unknown][] = [...changes, ['updatedAt', remote.updated.at], ['updatedBy', remote.updated.userId], ['version', (current.version as number) + 1]];
  shape.update(set.map(([field]) => field)).run(...set.map(([field, value]) => driverValue(shape.column(field), value)), remote.rowId);
  for (const [field, value] of changes) {
    const author = remote.fieldAuthors?.[field] ?? remote.updated;
    const op = field === 'deletedAt' && value ? 'delete' : 'update';
    writeAuditLine(sqlite, { txId, at: author.at, userId: author.userId, table: name, rowId: remote.rowId, op, field, oldValue: current[field] ?? null, newValue: value });
  }
  const deleted = changes.some(([field, value]) => field === 'deletedAt' && value);
  return { op: deleted ? 'delete' : 'update', changed: changes.map(([f]) => f) };
}

type Column = ReturnType<typeof getTableColumns<SyncedTable>>[string];

/** A value as SQLite stores it, as drizzle would write it; a missing one gets the column's default. */
function driverValue(column: Column, value: unknown): unknown {
  const stored = value === undefined ? column.default : value;
  return stored === null || stored === undefined ? null : column.mapToDriverValue(stored);
}

/**
 * A table's columns and statements, built once per table: a first pull writes a million rows, and
 * building a query per row (as drizzle does) cost more than storing the row.
 */
function shapeOf(db: Db, sqlite: Database.Database, table: SyncedTable) {
  const name = getTableName(table);
  return preparedOnce(sqlite, `remote.shape.${name}`, () => {
    if (isLocalOnly(name)) throw new Error(`${name} is local-only and never applied from the server`);
    const byField = getTableColumns(table);
    const columns = Object.entries(byField);
    const updates = new Map<string, Database.Statement>();
    return {
      name,
      columns,
      /** The fields a pulled row may set: its domain fields, and its deletion. */
      domain: columns.map(([field]) => field).filter((field) => !isMeta(field) || field === 'deletedAt'),
      column: (field: string) => byField[field]!,
      findCurrent: db.select().from(table).where(eq(table.id, sql.placeholder('id'))).prepare(),
      // Every column, as drizzle inserts: a missing one gets its default.
      insert: sqlite.prepare(`INSERT INTO "${name}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`),
      /** One statement per set of changed fields; a table has few such sets. */
      update(fields: string[]) {
        const key = fields.join(',');
        let statement = updates.get(key);
        if (!statement) {
          statement = sqlite.prepare(`UPDATE "${name}" SET ${fields.map((f) => `"${byField[f]!.name}" = ?`).join(', ')} WHERE id = ?`);
          updates.set(key, statement);
        }
        return statement;
      },
    };
  });
}
