import type Database from 'better-sqlite3';
import { preparedOnce } from '../db/prepared';
import { isRedacted, REDACTED_VALUE } from './redaction';

export type AuditOp = 'insert' | 'update' | 'delete';

export interface AuditLine {
  txId: string;
  at: string;
  userId: string | null;
  table: string;
  rowId: string;
  op: AuditOp;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** S3: one audit line per changed field, redacted where the value must not be kept. Shared by local and pulled changes. */
export function writeAuditLine(sqlite: Database.Database, line: AuditLine): void {
  const statement = preparedOnce(sqlite, 'audit.line', () =>
    sqlite.prepare(`INSERT INTO audit_log (tx_id, at, user_id, table_name, row_id, op, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  );
  const redacted = isRedacted(line.table, line.field);
  statement.run(
    line.txId,
    line.at,
    line.userId,
    line.table,
    line.rowId,
    line.op,
    line.field,
    redacted && line.oldValue != null ? JSON.stringify(REDACTED_VALUE) : encode(line.oldValue),
    redacted && line.newValue != null ? JSON.stringify(REDACTED_VALUE) : encode(line.newValue),
  );
}

/**
 * The field of a line that holds a whole row as it arrived from the sync server, `{field: value}`:
 * one line per pulled row instead of one per field, so a first pull of a million rows writes a
 * million lines, not fourteen million. Who and when are the row's creator and creation time, as
 * on every insert; the readers (core/audit/queries.ts) show it field by field.
 */
export const ROW_SNAPSHOT_FIELD = '*';

/** S3 for a pulled row: one line with all its values, each redacted where it must not be kept. */
export function writeAuditSnapshot(sqlite: Database.Database, line: Omit<AuditLine, 'field' | 'oldValue' | 'newValue'> & { values: Record<string, unknown> }): void {
  const values: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(line.values)) values[field] = isRedacted(line.table, field) && value != null ? REDACTED_VALUE : value;
  writeAuditLine(sqlite, { ...line, field: ROW_SNAPSHOT_FIELD, oldValue: null, newValue: values });
}

function encode(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
