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

function encode(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
