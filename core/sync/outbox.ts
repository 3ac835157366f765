import type Database from 'better-sqlite3';
import { preparedOnce } from '../db/prepared';
import type { SyncAck, SyncMutation } from './protocol';

type ChangeLogRow = {
  seq: number;
  mutation_id: string;
  at: string;
  user_id: string | null;
  table_name: string;
  row_id: string;
  op: SyncMutation['op'];
  fields: string;
  schema_version: number;
  base: number | null;
};

/**
 * The outbox is the change log itself: every local change, in the transaction that made it, in seq
 * order. Local-only tables never enter it, so seq numbers are contiguous per desktop, which is what
 * lets the server refuse a gap.
 */
export function readOutbox(sqlite: Database.Database, limit: number): SyncMutation[] {
  const statement = preparedOnce(sqlite, 'sync.outbox.read', () =>
    sqlite.prepare(
      `SELECT c.seq, c.mutation_id, c.at, c.user_id, c.table_name, c.row_id, c.op, c.fields, c.schema_version, v.server_version AS base
       FROM change_log c LEFT JOIN sync_versions v ON v.table_name = c.table_name AND v.row_id = c.row_id
       WHERE c.sent_at IS NULL ORDER BY c.seq LIMIT ?`,
    ),
  );
  return (statement.all(limit) as ChangeLogRow[]).map(toMutation);
}

export function countUnsent(sqlite: Database.Database): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM change_log WHERE sent_at IS NULL').get() as { n: number }).n;
}

function toMutation(row: ChangeLogRow): SyncMutation {
  const logged = JSON.parse(row.fields) as Record<string, { value: unknown }>;
  return {
    mutationId: row.mutation_id,
    seq: row.seq,
    table: row.table_name,
    rowId: row.row_id,
    op: row.op,
    at: row.at,
    userId: row.user_id,
    fields: Object.fromEntries(Object.entries(logged).map(([field, entry]) => [field, entry.value ?? null])),
    baseServerVersion: row.base ?? 0,
    schemaVersion: row.schema_version,
  };
}

/**
 * Marks acknowledged entries sent and remembers the server version their rows got, the base of
 * their next push. Rejected and conflicting entries are sent too (the server has decided them) and
 * are kept in sync_reports so a person sees them. One transaction: an ack is recorded whole or not.
 */
export function markAcked(sqlite: Database.Database, acks: readonly SyncAck[], mutations: readonly SyncMutation[], now: string): void {
  const byId = new Map(mutations.map((m) => [m.mutationId, m]));
  const sent = sqlite.prepare('UPDATE change_log SET sent_at = ? WHERE mutation_id = ? AND sent_at IS NULL');
  const version = sqlite.prepare(
    `INSERT INTO sync_versions (table_name, row_id, server_version) VALUES (?, ?, ?)
     ON CONFLICT (table_name, row_id) DO UPDATE SET server_version = max(server_version, excluded.server_version)`,
  );
  const report = sqlite.prepare(
    `INSERT INTO sync_reports (mutation_id, seq, table_name, row_id, status, reason, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (mutation_id) DO NOTHING`,
  );
  sqlite.transaction(() => {
    for (const ack of acks) {
      const mutation = byId.get(ack.mutationId);
      if (!mutation) continue;
      sent.run(now, ack.mutationId);
      if (ack.serverVersion != null) version.run(mutation.table, mutation.rowId, ack.serverVersion);
      if (ack.status !== 'applied') report.run(mutation.mutationId, mutation.seq, mutation.table, mutation.rowId, ack.status, ack.reason ?? null, now);
    }
  })();
}

/** Puts entries back in the outbox: from `fromSeq` on (the server asks for them again), or made since `since`. */
export function resend(sqlite: Database.Database, where: { fromSeq?: number; since?: string }): number {
  if (where.fromSeq !== undefined) return sqlite.prepare('UPDATE change_log SET sent_at = NULL WHERE seq >= ? AND sent_at IS NOT NULL').run(where.fromSeq).changes;
  // From the first entry made since then, so the resent entries stay contiguous even if the clock went back.
  if (where.since !== undefined) {
    return sqlite
      .prepare('UPDATE change_log SET sent_at = NULL WHERE seq >= (SELECT min(seq) FROM change_log WHERE at >= ?) AND sent_at IS NOT NULL')
      .run(where.since).changes;
  }
  return 0;
}
