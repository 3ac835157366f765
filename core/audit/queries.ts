import type Database from 'better-sqlite3';
import type { AuditEntry } from '../contracts/audit';
import { preparedOnce } from '../db/prepared';
import { ROW_SNAPSHOT_FIELD } from '../mutation/audit-line';

interface AuditRow {
  seq: number;
  tx_id: string;
  at: string;
  user_id: string | null;
  user_name: string | null;
  table_name: string;
  row_id: string;
  op: 'insert' | 'update' | 'delete';
  field: string;
  old_value: string | null;
  new_value: string | null;
}

const SELECT = `SELECT a.seq, a.tx_id, a.at, a.user_id, s.name AS user_name, a.table_name, a.row_id, a.op, a.field, a.old_value, a.new_value
  FROM audit_log a LEFT JOIN staff s ON s.id = a.user_id`;

/** A line as entries: one, or for a pulled row's snapshot line one per field it holds. */
function toEntries(r: AuditRow): AuditEntry[] {
  if (r.field !== ROW_SNAPSHOT_FIELD) return [toEntry(r)];
  const values = JSON.parse(r.new_value ?? '{}') as Record<string, unknown>;
  return Object.entries(values).map(([field, value]) => ({ ...toEntry({ ...r, new_value: null }), field, newValue: value }));
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    txId: r.tx_id,
    at: r.at,
    userId: r.user_id,
    userName: r.user_name,
    tableName: r.table_name,
    rowId: r.row_id,
    op: r.op,
    field: r.field,
    oldValue: r.old_value === null ? null : JSON.parse(r.old_value),
    newValue: r.new_value === null ? null : JSON.parse(r.new_value),
  };
}

// Raw SQL here: these two reads run over a million rows and must use their index exactly.
export function recordHistory(sqlite: Database.Database, tableName: string, rowId: string, limit: number): { entries: AuditEntry[]; hasMore: boolean } {
  const statement = preparedOnce(sqlite, 'audit.history', () =>
    sqlite.prepare(`${SELECT} WHERE a.table_name = ? AND a.row_id = ? ORDER BY a.seq DESC LIMIT ?`),
  );
  const rows = statement.all(tableName, rowId, limit + 1) as AuditRow[];
  return { entries: rows.slice(0, limit).flatMap(toEntries), hasMore: rows.length > limit };
}

export interface AuditFilter {
  userId?: string | null;
  tableName?: string | null;
  fromIso?: string | null;
  toIso?: string | null;
  before?: number | null;
  limit: number;
}

export function searchAudit(sqlite: Database.Database, filter: AuditFilter): { entries: AuditEntry[]; nextBefore: number | null } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.userId) (where.push('a.user_id = ?'), params.push(filter.userId));
  if (filter.tableName) (where.push('a.table_name = ?'), params.push(filter.tableName));
  if (filter.fromIso) (where.push('a.at >= ?'), params.push(filter.fromIso));
  if (filter.toIso) (where.push('a.at < ?'), params.push(filter.toIso));
  if (filter.before) (where.push('a.seq < ?'), params.push(filter.before));
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.seq DESC LIMIT ?`;
  const rows = sqlite.prepare(sql).all(...params, filter.limit + 1) as AuditRow[];
  const lines = rows.slice(0, filter.limit);
  return { entries: lines.flatMap(toEntries), nextBefore: rows.length > filter.limit ? lines[lines.length - 1]!.seq : null };
}

export function auditedTables(sqlite: Database.Database): string[] {
  // Recursive skip-scan over the row index: one probe per distinct table instead of a full scan.
  const rows = sqlite
    .prepare(
      `WITH RECURSIVE t(name) AS (
         SELECT min(table_name) FROM audit_log
         UNION ALL
         SELECT (SELECT min(table_name) FROM audit_log WHERE table_name > t.name) FROM t WHERE t.name IS NOT NULL
       ) SELECT name FROM t WHERE name IS NOT NULL`,
    )
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}
