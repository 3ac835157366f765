import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/schema';
import type { EventEmitter } from 'node:events';
import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import type { CoreEvents } from '../app';
import type { Clock } from '../clock';
import type { Ids } from '../ids';
import { applyRemote, type FieldAuthor } from '../mutation/apply-remote';
import { isLocalOnly } from '../mutation/local-only';
import type { SyncedTable } from '../mutation/writer';
import type { PulledRow } from './protocol';

/** The parts of the core sync works with (spelled out: the core itself holds the sync service). */
export interface ApplyCore {
  db: Db;
  sqlite: Database.Database;
  ids: Ids;
  clock: Clock;
  events: EventEmitter<CoreEvents>;
}

export interface PageApplied {
  applied: number;
  /** Of those applied: rows new to this desktop. */
  inserted: number;
  unchanged: number;
  /** Unknown or local-only tables: never stored here. */
  skipped: number;
  /** Rows this desktop could not store (a local unique index, a missing required field): in sync_reports. */
  failed: number;
}

let syncedTables: Map<string, SyncedTable> | undefined;

/** The domain tables a pulled row may land in, by SQL name: every schema table with the row metadata. */
export function syncedTableByName(name: string): SyncedTable | undefined {
  return domainTables().get(name);
}

export function syncedTableNames(): string[] {
  return [...domainTables().keys()].filter((name) => !isLocalOnly(name));
}

function domainTables(): Map<string, SyncedTable> {
  if (!syncedTables) {
    syncedTables = new Map();
    for (const value of Object.values(schema) as unknown[]) {
      if (!is(value, SQLiteTable)) continue;
      const columns = getTableColumns(value);
      if (['id', 'version', 'deletedAt'].every((c) => c in columns)) syncedTables.set(getTableName(value), value as SyncedTable);
    }
  }
  return syncedTables;
}

/**
 * Applies one pull page in one SQLite transaction: each row as the server holds it, audited under
 * its remote author, without change-log entries; then this desktop's unsent changes of that row on
 * top, so what a person typed stays visible until the server has decided on it. A row that cannot
 * be stored is reported and does not hold back the rest.
 */
export function applyPulledPage(core: ApplyCore, rows: readonly PulledRow[]): PageApplied {
  const result: PageApplied = { applied: 0, inserted: 0, unchanged: 0, skipped: 0, failed: 0 };
  const changedTables = new Set<string>();
  const now = core.clock.now().toISOString();
  const setVersion = core.sqlite.prepare(
    `INSERT INTO sync_versions (table_name, row_id, server_version) VALUES (?, ?, ?)
     ON CONFLICT (table_name, row_id) DO UPDATE SET server_version = excluded.server_version`,
  );
  const report = core.sqlite.prepare(
    `INSERT INTO sync_reports (mutation_id, seq, table_name, row_id, status, reason, reported_at) VALUES (?, ?, ?, ?, 'apply_failed', ?, ?)
     ON CONFLICT (mutation_id) DO UPDATE SET seq = excluded.seq, reason = excluded.reason, reported_at = excluded.reported_at, seen_at = NULL`,
  );

  // Each row in its own savepoint costs more than the row itself; so the page is applied straight
  // through first, and only if some row cannot be stored once more row by row, reporting that row.
  const applyPage = (guarded: boolean) =>
    core.sqlite.transaction(() => {
      const unsent = unsentFields(core);
      for (const row of rows) {
        const table = isLocalOnly(row.table) ? undefined : syncedTableByName(row.table);
        if (!table) {
          result.skipped++;
          continue;
        }
        const local = unsent.get(key(row.table, row.rowId)) ?? {};
        const remote = {
          table,
          rowId: row.rowId,
          fields: { ...row.fields, deletedAt: row.deletedAt, ...local },
          created: { at: row.createdAt, userId: row.createdBy },
          updated: { at: row.updatedAt, userId: row.updatedBy },
          fieldAuthors: fieldAuthors(row),
        };
        try {
          const applied = guarded ? core.sqlite.transaction(() => applyRemote(core, remote))() : applyRemote(core, remote);
          if (applied.op === 'none') result.unchanged++;
          else {
            result.applied++;
            if (applied.op === 'insert') result.inserted++;
            changedTables.add(row.table);
          }
        } catch (error) {
          if (!guarded) throw error;
          result.failed++;
          report.run(`pull:${row.table}:${row.rowId}`, row.serverVersion, row.table, row.rowId, error instanceof Error ? error.message : String(error), now);
        }
        setVersion.run(row.table, row.rowId, row.serverVersion);
      }
    })();

  try {
    applyPage(false);
  } catch {
    Object.assign(result, { applied: 0, inserted: 0, unchanged: 0, skipped: 0, failed: 0 });
    changedTables.clear();
    applyPage(true);
  }

  if (changedTables.size > 0) core.events.emit('changed', [...changedTables]);
  return result;
}

function key(table: string, rowId: string): string {
  return `${table}\u0000${rowId}`;
}

/** Per row, the fields of its unsent local changes, later changes over earlier ones. */
function unsentFields(core: ApplyCore): Map<string, Record<string, unknown>> {
  const entries = core.sqlite.prepare('SELECT table_name, row_id, fields FROM change_log WHERE sent_at IS NULL ORDER BY seq').all() as {
    table_name: string;
    row_id: string;
    fields: string;
  }[];
  const byRow = new Map<string, Record<string, unknown>>();
  for (const entry of entries) {
    const k = key(entry.table_name, entry.row_id);
    const fields = byRow.get(k) ?? {};
    for (const [field, logged] of Object.entries(JSON.parse(entry.fields) as Record<string, { value: unknown }>)) fields[field] = logged.value ?? null;
    byRow.set(k, fields);
  }
  return byRow;
}

function fieldAuthors(row: PulledRow): Record<string, FieldAuthor> | undefined {
  if (!row.fieldClocks) return undefined;
  return Object.fromEntries(Object.entries(row.fieldClocks).map(([field, clock]) => [field, { at: clock.at, userId: clock.userId ?? null }]));
}
