import { toNumber, type Queryable } from '../db/client';
import type { ConflictRecord, StoredRow } from './conflicts';
import type { Mutation } from './contracts';
import type { SyncRowRecord } from './pull';
import type { MutationStatus } from './push';
import { claimKey, uniqueColumnsOf } from './unique-columns';

// The reads and writes of one push, batched: a push of 10,000 changes is a handful of statements.
// Lists travel as one JSON parameter, which both pg and PGlite pass unchanged.

const rowKey = (table: string, rowId: string) => `${table}\u0000${rowId}`;

export async function loadMutationStatuses(
  q: Queryable,
  deviceId: string,
  mutationIds: string[],
): Promise<Map<string, { status: MutationStatus; serverVersion: number; reason: string | null }>> {
  const { rows } = await q.query<{ mutation_id: string; status: MutationStatus; server_version: unknown; reason: string | null }>(
    `SELECT mutation_id, status, server_version, reason FROM sync_mutations
     WHERE device_id = $1 AND mutation_id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [deviceId, JSON.stringify(mutationIds)],
  );
  return new Map(rows.map((r) => [r.mutation_id, { status: r.status, serverVersion: toNumber(r.server_version), reason: r.reason }]));
}

function rowKeys(mutations: Mutation[]): string {
  const seen = new Map(mutations.map((m) => [rowKey(m.table, m.rowId), { table_name: m.table, row_id: m.rowId }]));
  return JSON.stringify([...seen.values()]);
}

export async function loadRows(q: Queryable, officeId: string, mutations: Mutation[]): Promise<Map<string, StoredRow>> {
  const { rows } = await q.query<SyncRowRecord & { field_versions: Record<string, number>; field_clocks: StoredRow['fieldClocks'] }>(
    `SELECT r.table_name, r.row_id, r.fields, r.field_versions, r.field_clocks, r.deleted_at, r.server_version, r.created_at, r.created_by, r.updated_at, r.updated_by
     FROM sync_rows r JOIN jsonb_to_recordset($2::jsonb) AS k(table_name text, row_id text) ON r.table_name = k.table_name AND r.row_id = k.row_id
     WHERE r.office_id = $1`,
    [officeId, rowKeys(mutations)],
  );
  return new Map(
    rows.map((r) => [
      rowKey(r.table_name, r.row_id),
      {
        tableName: r.table_name,
        rowId: r.row_id,
        fields: r.fields,
        fieldVersions: r.field_versions,
        fieldClocks: r.field_clocks,
        deletedAt: r.deleted_at,
        serverVersion: toNumber(r.server_version),
        createdAt: r.created_at,
        createdBy: r.created_by,
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
      },
    ]),
  );
}

/** Rows whose creation was refused earlier: they do not exist on the server. */
export async function loadRejectedRows(q: Queryable, officeId: string, mutations: Mutation[]): Promise<Set<string>> {
  const { rows } = await q.query<{ table_name: string; row_id: string }>(
    `SELECT DISTINCT m.table_name, m.row_id
     FROM sync_mutations m JOIN jsonb_to_recordset($2::jsonb) AS k(table_name text, row_id text) ON m.table_name = k.table_name AND m.row_id = k.row_id
     WHERE m.office_id = $1 AND m.status = 'rejected'`,
    [officeId, rowKeys(mutations)],
  );
  return new Set(rows.map((r) => rowKey(r.table_name, r.row_id)));
}

/** The claims any of these mutations could meet: on the values they set and on the values their rows hold. */
export async function loadClaims(q: Queryable, officeId: string, mutations: Mutation[], rows: Map<string, StoredRow>): Promise<Map<string, string>> {
  const candidates = new Map<string, { table_name: string; column_name: string; value: string }>();
  const add = (table: string, fields: Record<string, unknown>) => {
    for (const c of uniqueColumnsOf(table)) {
      const value = fields[c.field];
      if (value !== null && value !== undefined) candidates.set(claimKey(table, c.column, String(value)), { table_name: table, column_name: c.column, value: String(value) });
    }
  };
  for (const m of mutations) add(m.table, m.fields);
  for (const row of rows.values()) add(row.tableName, row.fields);
  if (candidates.size === 0) return new Map();
  const { rows: found } = await q.query<{ table_name: string; column_name: string; value: string; row_id: string }>(
    `SELECT u.table_name, u.column_name, u.value, u.row_id
     FROM sync_unique_values u JOIN jsonb_to_recordset($2::jsonb) AS k(table_name text, column_name text, value text)
       ON u.table_name = k.table_name AND u.column_name = k.column_name AND u.value = k.value
     WHERE u.office_id = $1`,
    [officeId, JSON.stringify([...candidates.values()])],
  );
  return new Map(found.map((r) => [claimKey(r.table_name, r.column_name, r.value), r.row_id]));
}

export interface PushWrite {
  officeId: string;
  deviceId: string;
  lastSeq: number;
  rows: StoredRow[];
  mutations: { mutationId: string; seq: number; table: string; rowId: string; status: MutationStatus; serverVersion: number; reason: string | null }[];
  conflicts: ConflictRecord[];
  claimsBefore: Map<string, string>;
  claimsAfter: Map<string, string>;
}

export async function writePush(q: Queryable, w: PushWrite): Promise<void> {
  await q.query(`UPDATE devices SET last_seq = $2 WHERE id = $1`, [w.deviceId, w.lastSeq]);
  if (w.rows.length > 0) {
    await q.query(
      `INSERT INTO sync_rows (office_id, table_name, row_id, fields, field_versions, field_clocks, deleted_at, server_version, created_at, created_by, updated_at, updated_by)
       SELECT $1, x.table_name, x.row_id, x.fields, x.field_versions, x.field_clocks, x.deleted_at, x.server_version, x.created_at, x.created_by, x.updated_at, x.updated_by
       FROM jsonb_to_recordset($2::jsonb) AS x(table_name text, row_id text, fields jsonb, field_versions jsonb, field_clocks jsonb, deleted_at text,
         server_version bigint, created_at text, created_by text, updated_at text, updated_by text)
       ON CONFLICT (office_id, table_name, row_id) DO UPDATE SET fields = excluded.fields, field_versions = excluded.field_versions,
         field_clocks = excluded.field_clocks, deleted_at = excluded.deleted_at, server_version = excluded.server_version,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      [
        w.officeId,
        JSON.stringify(
          w.rows.map((r) => ({
            table_name: r.tableName,
            row_id: r.rowId,
            fields: r.fields,
            field_versions: r.fieldVersions,
            field_clocks: r.fieldClocks,
            deleted_at: r.deletedAt,
            server_version: r.serverVersion,
            created_at: r.createdAt,
            created_by: r.createdBy,
            updated_at: r.updatedAt,
            updated_by: r.updatedBy,
          })),
        ),
      ],
    );
  }
  if (w.mutations.length > 0) {
    await q.query(
      `INSERT INTO sync_mutations (office_id, device_id, mutation_id, seq, table_name, row_id, status, server_version, reason)
       SELECT $1, $2, x.mutation_id, x.seq, x.table_name, x.row_id, x.status, x.server_version, x.reason
       FROM jsonb_to_recordset($3::jsonb) AS x(mutation_id text, seq bigint, table_name text, row_id text, status text, server_version bigint, reason text)`,
      [
        w.officeId,
        w.deviceId,
        JSON.stringify(
          w.mutations.map((m) => ({ mutation_id: m.mutationId, seq: m.seq, table_name: m.table, row_id: m.rowId, status: m.status, server_version: m.serverVersion, reason: m.reason })),
        ),
      ],
    );
  }
  if (w.conflicts.length > 0) {
    await q.query(
      `INSERT INTO sync_conflicts (office_id, table_name, row_id, field, losing_value, winning_value, losing_device, winning_device, losing_at, winning_at)
       SELECT $1, x.table_name, x.row_id, x.field, x.losing_value, x.winning_value, x.losing_device, x.winning_device, x.losing_at, x.winning_at
       FROM jsonb_to_recordset($2::jsonb) AS x(table_name text, row_id text, field text, losing_value jsonb, winning_value jsonb,
         losing_device text, winning_device text, losing_at text, winning_at text)`,
      [
        w.officeId,
        JSON.stringify(
          w.conflicts.map((c) => ({
            table_name: c.tableName,
            row_id: c.rowId,
            field: c.field,
            losing_value: c.losingValue,
            winning_value: c.winningValue,
            losing_device: c.losingDevice,
            winning_device: c.winningDevice,
            losing_at: c.losingAt,
            winning_at: c.winningAt,
          })),
        ),
      ],
    );
  }
  await writeClaims(q, w);
}

/** Only the difference: claims released by rows of this push, then the claims they took. */
async function writeClaims(q: Queryable, w: PushWrite): Promise<void> {
  const split = (key: string) => {
    const [table_name, column_name, value] = key.split('\u0000') as [string, string, string];
    return { table_name, column_name, value };
  };
  const released = [...w.claimsBefore].filter(([key, rowId]) => w.claimsAfter.get(key) !== rowId).map(([key]) => split(key));
  const taken = [...w.claimsAfter].filter(([key, rowId]) => w.claimsBefore.get(key) !== rowId).map(([key, rowId]) => ({ ...split(key), row_id: rowId }));
  if (released.length > 0) {
    await q.query(
      `DELETE FROM sync_unique_values u USING jsonb_to_recordset($2::jsonb) AS x(table_name text, column_name text, value text)
       WHERE u.office_id = $1 AND u.table_name = x.table_name AND u.column_name = x.column_name AND u.value = x.value`,
      [w.officeId, JSON.stringify(released)],
    );
  }
  if (taken.length > 0) {
    await q.query(
      `INSERT INTO sync_unique_values (office_id, table_name, column_name, value, row_id)
       SELECT $1, x.table_name, x.column_name, x.value, x.row_id FROM jsonb_to_recordset($2::jsonb) AS x(table_name text, column_name text, value text, row_id text)`,
      [w.officeId, JSON.stringify(taken)],
    );
  }
}
