import { toNumber, type Queryable, type SyncDatabase } from '../db/client';
import type { PulledRow, PullResponse as PullPage } from '../../core/sync/protocol';
import { PULL_PAGE_SIZE } from './contracts';

// The wire format is the desktop's (core/sync/protocol.ts): one definition for both ends.
export type { PulledRow, PullResponse as PullPage } from '../../core/sync/protocol';

interface Cursor {
  version: number;
  after: { table: string; rowId: string } | null;
}

export function parseCursor(cursor: string): Cursor {
  const first = cursor.indexOf(':');
  if (first < 0) return { version: Number(cursor), after: null };
  const second = cursor.indexOf(':', first + 1);
  return { version: Number(cursor.slice(0, first)), after: { table: cursor.slice(first + 1, second), rowId: cursor.slice(second + 1) } };
}

/** One page, from one REPEATABLE READ snapshot. */
export function pull(db: SyncDatabase, input: { officeId: string; cursor: string; limit?: number }): Promise<PullPage> {
  return db.transaction((q) => pullPage(q, input), { isolation: 'repeatable read' });
}

/**
 * Rows above the cursor in (server_version, table_name, row_id) order. Pushes take their version
 * under the office row lock and hold it until commit, so a version is visible only once every
 * smaller one committed: a cursor on server_version never skips a row.
 */
export async function pullPage(q: Queryable, input: { officeId: string; cursor: string; limit?: number }): Promise<PullPage> {
  const limit = input.limit ?? PULL_PAGE_SIZE;
  const cursor = parseCursor(input.cursor);
  const select = `SELECT table_name, row_id, fields, deleted_at, server_version, created_at, created_by, updated_at, updated_by FROM sync_rows`;
  const order = `ORDER BY server_version, table_name, row_id LIMIT`;
  const { rows } = cursor.after
    ? await q.query<SyncRowRecord>(
        `${select} WHERE office_id = $1 AND (server_version > $2 OR (server_version = $2 AND (table_name, row_id) > ($3, $4))) ${order} $5`,
        [input.officeId, cursor.version, cursor.after.table, cursor.after.rowId, limit + 1],
      )
    : await q.query<SyncRowRecord>(`${select} WHERE office_id = $1 AND server_version > $2 ${order} $3`, [input.officeId, cursor.version, limit + 1]);
  const page = rows.slice(0, limit).map(toPulled);
  const hasMore = rows.length > limit;
  const last = page.at(-1);
  if (!last) return { rows: [], cursor: input.cursor, hasMore: false };
  // A plain version is the cursor once all rows of that version are in; inside a version, the row key.
  const versionContinues = hasMore && toNumber(rows[limit]!.server_version) === last.serverVersion;
  return { rows: page, cursor: versionContinues ? `${last.serverVersion}:${last.table}:${last.rowId}` : String(last.serverVersion), hasMore };
}

/** A sync_rows row as the raw queries read it (snake_case, version as pg returns a bigint). */
export type SyncRowRecord = {
  table_name: string;
  row_id: string;
  fields: Record<string, unknown>;
  deleted_at: string | null;
  server_version: unknown;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
};

function toPulled(r: SyncRowRecord): PulledRow {
  return {
    table: r.table_name,
    rowId: r.row_id,
    fields: r.fields,
    deletedAt: r.deleted_at,
    serverVersion: toNumber(r.server_version),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
