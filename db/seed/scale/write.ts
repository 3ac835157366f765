import type Database from 'better-sqlite3';
import { isRedacted, REDACTED_VALUE } from '../../../core/mutation/redaction';
import { SCHEMA_VERSION } from '../../../core/mutation/schema-version';
import type { Gen, Rec } from './history';
import { between, mulberry32, uuidV7 } from './random';

const REDACTED_JSON = JSON.stringify(REDACTED_VALUE);
const encode = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
const sqlValue = (value: unknown) => (typeof value === 'boolean' ? Number(value) : Array.isArray(value) ? JSON.stringify(value) : (value ?? null));

/** Every transaction in time order, so `seq` follows `at` as it does in real use. */
export function writeAll(sqlite: Database.Database, g: Gen, staffRecs: Rec[], teamRecs: Rec[]): { auditRows: number; changeLogRows: number } {
  g.txs.sort((a, b) => a.at - b.at);
  const r = mulberry32(0x5eed);
  const audit = sqlite.prepare(
    'INSERT INTO audit_log (tx_id, at, user_id, table_name, row_id, op, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const change = sqlite.prepare(
    'INSERT INTO change_log (mutation_id, tx_id, at, user_id, table_name, row_id, op, base_version, fields, schema_version, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const staffRow = sqlite.prepare(
    `INSERT INTO staff (id, created_at, updated_at, created_by, updated_by, deleted_at, version, username, name, email, job_title, password_hash,
       must_change_password, roles, team_id, active, failed_attempts, locked_until) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const teamRow = sqlite.prepare(
    'INSERT INTO teams (id, created_at, updated_at, created_by, updated_by, deleted_at, version, name, description, manager_id) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)',
  );
  const iso = (ms: number) => new Date(ms).toISOString();
  const meta = (rec: Rec) => [rec.id, iso(rec.createdAt), iso(rec.updatedAt), rec.createdBy, rec.updatedBy, rec.version];
  let auditRows = 0;

  sqlite.transaction(() => {
    for (const rec of teamRecs) {
      const s = rec.state;
      teamRow.run(...meta(rec), s.name, s.description ?? null, s.managerId ?? null);
    }
    for (const rec of staffRecs) {
      const s = rec.state;
      staffRow.run(...meta(rec), ...['username', 'name', 'email', 'jobTitle', 'passwordHash', 'mustChangePassword', 'roles', 'teamId', 'active', 'failedAttempts', 'lockedUntil'].map((f) => sqlValue(s[f])));
    }
  })();
  const BATCH = 50_000;
  for (let from = 0; from < g.txs.length; from += BATCH) {
    sqlite.transaction(() => {
      for (const tx of g.txs.slice(from, from + BATCH)) {
        const txId = uuidV7(tx.at, r);
        const at = iso(tx.at);
        const fields: Record<string, { value: unknown; baseVersion: number }> = {};
        for (const [field, oldValue, newValue] of tx.changes) {
          const redacted = isRedacted(tx.table, field);
          audit.run(txId, at, tx.userId, tx.table, tx.rowId, tx.op, field, redacted && oldValue !== null ? REDACTED_JSON : encode(oldValue), redacted && newValue !== null ? REDACTED_JSON : encode(newValue));
          fields[field] = { value: newValue ?? null, baseVersion: tx.baseVersion };
        }
        auditRows += tx.changes.length;
        change.run(uuidV7(tx.at, r), txId, at, tx.userId, tx.table, tx.rowId, tx.op, tx.baseVersion, JSON.stringify(fields), SCHEMA_VERSION, iso(tx.at + between(r, 5, 600) * 1000));
      }
    })();
  }
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { auditRows, changeLogRows: g.txs.length };
}
