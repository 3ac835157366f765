import { members, persons } from '../../db/schema';
import type { SyncDatabase } from '../../server/db/client';
import type { LabDesktop } from './lab';

/** The synced tables the convergence case writes: compared field by field with the server. */
const TABLES = { persons, members } as const;
type TableName = keyof typeof TABLES;

interface ServerRow {
  table_name: string;
  row_id: string;
  fields: Record<string, unknown>;
  deleted_at: string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * After everyone synced until quiet, lists every way the office is not converged (empty: it is):
 * - every desktop's synced rows equal the server's, field by field, except rows the desktop was
 *   told about (a local row the server rejected; a server row this desktop could not store);
 * - every outbox entry was sent and the server holds its outcome: applied, a conflict (with the
 *   losing value in sync_conflicts and reported on the desktop), or rejected (reported);
 * - numbers are unique on the server, and only a hand-typed number is ever refused as taken.
 */
export async function convergenceProblems(db: SyncDatabase, officeId: string, desktops: readonly LabDesktop[]): Promise<string[]> {
  const problems: string[] = [];
  const { rows: serverRows } = await db.query<ServerRow>(
    `SELECT table_name, row_id, fields, deleted_at FROM sync_rows WHERE office_id = $1 AND table_name IN ('persons', 'members')`,
    [officeId],
  );
  const serverByKey = new Map(serverRows.map((r) => [`${r.table_name}:${r.row_id}`, r]));

  for (const desktop of desktops) {
    const { sqlite, db: local } = desktop.core;
    const reports = sqlite.prepare('SELECT mutation_id, table_name, row_id, status, reason FROM sync_reports').all() as {
      mutation_id: string;
      table_name: string;
      row_id: string;
      status: string;
      reason: string | null;
    }[];
    const reported = (status: string, table: string, rowId: string) => reports.some((r) => r.status === status && r.table_name === table && r.row_id === rowId);
    // Only a hand-typed number can collide, so only a member holding one may fail to be stored here.
    const unstorable = (server: ServerRow) =>
      server.table_name === 'members' && String(server.fields.membershipNumber).startsWith('H-') && reported('apply_failed', 'members', server.row_id);

    // Rows: both directions.
    const localKeys = new Set<string>();
    for (const table of Object.keys(TABLES) as TableName[]) {
      for (const row of local.select().from(TABLES[table]).all() as Record<string, unknown>[]) {
        const key = `${table}:${row.id as string}`;
        localKeys.add(key);
        const server = serverByKey.get(key);
        if (!server) {
          if (!reported('rejected', table, row.id as string)) problems.push(`${desktop.name}: ${key} exists here only, and no rejection was reported`);
          continue;
        }
        const differing = Object.keys(server.fields).filter((f) => !same(row[f], server.fields[f]));
        if (!same(row.deletedAt, server.deleted_at)) differing.push('deletedAt');
        if (differing.length > 0 && !unstorable(server)) {
          const detail = differing.map((f) => `${f}: here ${JSON.stringify(f === 'deletedAt' ? row.deletedAt : row[f])}, server ${JSON.stringify(f === 'deletedAt' ? server.deleted_at : server.fields[f])}`);
          problems.push(`${desktop.name}: ${key} differs from the server (${detail.join('; ')})`);
        }
      }
    }
    for (const server of serverRows) {
      const key = `${server.table_name}:${server.row_id}`;
      if (!localKeys.has(key) && !unstorable(server)) problems.push(`${desktop.name}: ${key} is missing here`);
    }

    // The outbox: every entry sent, and decided by the server.
    const outbox = sqlite.prepare('SELECT seq, mutation_id, table_name, row_id, sent_at FROM change_log ORDER BY seq').all() as {
      seq: number;
      mutation_id: string;
      table_name: string;
      row_id: string;
      sent_at: string | null;
    }[];
    const { rows: decided } = await db.query<{ mutation_id: string; status: string; reason: string | null }>(
      `SELECT mutation_id, status, reason FROM sync_mutations WHERE device_id = $1`,
      [desktop.deviceId],
    );
    const decision = new Map(decided.map((m) => [m.mutation_id, m]));
    if (decided.length !== outbox.length) problems.push(`${desktop.name}: ${outbox.length} outbox entries, the server decided ${decided.length}`);
    const { rows: lost } = await db.query<{ row_id: string }>(`SELECT row_id FROM sync_conflicts WHERE office_id = $1 AND losing_device = $2`, [
      officeId,
      desktop.deviceId,
    ]);
    const lostRows = new Set(lost.map((c) => c.row_id));
    for (const [index, entry] of outbox.entries()) {
      const label = `${desktop.name}: outbox entry ${entry.seq} (${entry.table_name} ${entry.row_id})`;
      if (entry.seq !== index + 1) problems.push(`${label} breaks the contiguous numbering`);
      if (!entry.sent_at) problems.push(`${label} was never acknowledged`);
      const outcome = decision.get(entry.mutation_id);
      if (!outcome) {
        problems.push(`${label} is unknown to the server`);
        continue;
      }
      const report = reports.find((r) => r.mutation_id === entry.mutation_id);
      if (outcome.status === 'conflict' && !lostRows.has(entry.row_id)) problems.push(`${label} lost a conflict but sync_conflicts does not keep its value`);
      if (outcome.status !== 'applied' && report?.status !== outcome.status) problems.push(`${label} was ${outcome.status} on the server but reported here as ${report?.status ?? 'nothing'}`);
      if (outcome.status === 'applied' && report) problems.push(`${label} was applied but reported here as ${report.status}`);
      // Q: numbers from the desktop's own series never collide; only a hand-typed one may be taken.
      if (outcome.status === 'rejected' && outcome.reason?.startsWith('unique:') && !outcome.reason.includes(':H-')) {
        problems.push(`${label} was refused for a number from its own series: ${outcome.reason}`);
      }
    }
  }

  const { rows: duplicates } = await db.query<{ n: string; c: string }>(
    `SELECT fields->>'membershipNumber' AS n, count(*) AS c FROM sync_rows WHERE office_id = $1 AND table_name = 'members' GROUP BY 1 HAVING count(*) > 1`,
    [officeId],
  );
  for (const d of duplicates) problems.push(`membership number ${d.n} is held by ${d.c} members on the server`);
  return problems;
}
