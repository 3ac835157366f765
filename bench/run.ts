import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { createCore } from '../core/app';
import type { Clock } from '../core/clock';
import { createClientSession } from '../core/context';
import { uuidIds } from '../core/ids';
import { createWriter } from '../core/mutation/writer';
import { teams } from '../db/schema';
import { mulberry32, seedScale } from '../db/seed/scale';
import { formatTable, measure, ok, seconds, type MeasureOptions, type Timing, wholeNumber } from './measure';

/**
 * `npm run bench [-- --audit-rows N] [--spread dossiers|staff] [--only abcd] [--keep] [--validate-output]`
 *
 * A fresh database, the first administrator through auth.setup (one scrypt hash at production
 * cost: the core is created with the real hasher, as shipped), then generated data at scale, then
 * timings of the core's procedures through dispatch, as the hosts call them.
 */
const { values: args } = parseArgs({
  options: {
    'audit-rows': { type: 'string', default: '1000000' },
    staff: { type: 'string', default: '500' },
    teams: { type: 'string', default: '25' },
    spread: { type: 'string', default: 'dossiers' },
    /** Which lines to run, by letter: `--only b` for the mutation lines alone. */
    only: { type: 'string', default: 'abcd' },
    keep: { type: 'boolean', default: false },
    // Off by default: the shipped app runs with NODE_ENV=production, which turns it off.
    'validate-output': { type: 'boolean', default: false },
  },
});
const count = (name: 'audit-rows' | 'staff' | 'teams') => wholeNumber(args, name);
const auditRows = count('audit-rows');
if (args.spread !== 'dossiers' && args.spread !== 'staff') throw new Error(`--spread is dossiers or staff, not "${args.spread}"`);
const spread = args.spread;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-bench-'));
const dbPath = path.join(dir, 'bench.sqlite');
const end = new Date();
const start = new Date(end.getTime() - 2 * 365 * 86_400_000);
// The office "starts" two years back so the generated history follows the first administrator;
// after seeding the clock runs in real time again.
let frozenAt: Date | null = start;
const clock: Clock = { now: () => frozenAt ?? new Date() };
const core = createCore({ dbPath, clock, validateOutput: args['validate-output'], log: (m, e) => console.error(m, e) });

const loadAtStart = os.loadavg()[0]!;

try {
  console.log(`Servicedesk bench: ${auditRows.toLocaleString('nl-NL')} audit rows (spread: ${spread}), Node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'}`);
  const session = createClientSession();
  let t0 = process.hrtime.bigint();
  const password = `bench-${randomBytes(9).toString('base64url')}`;
  const admin = ok(await core.call('auth.setup', { organisationName: 'Servicedesk Woerden', name: 'Anneke de Vries', username: 'beheer', password, passwordRepeat: password }, session));
  console.log(`auth.setup (one scrypt hash, N=2^15):   ${seconds(t0)} s`);

  t0 = process.hrtime.bigint();
  const seeded = await seedScale(core.sqlite, { adminId: admin.id, staff: count('staff'), teams: count('teams'), auditRows, spread, end });
  console.log(`seeding (incl. one scrypt hash):         ${seconds(t0)} s`);
  frozenAt = null;

  const rows = (sql: string) => (core.sqlite.prepare(sql).pluck().get() as number).toLocaleString('nl-NL');
  const size = ['', '-wal'].reduce((total, suffix) => total + (fs.existsSync(dbPath + suffix) ? fs.statSync(dbPath + suffix).size : 0), 0);
  console.log(`audit_log rows: ${rows('SELECT count(*) FROM audit_log')}, change_log rows: ${rows('SELECT count(*) FROM change_log')}, staff: ${rows('SELECT count(*) FROM staff')}, teams: ${rows('SELECT count(*) FROM teams')}`);
  console.log(`database file: ${(size / 1024 / 1024).toFixed(0)} MB (${dbPath})\n`);

  const r = mulberry32(7);
  const randomOf = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const timings: Timing[] = [];
  const line = async (letter: string, label: string, options: MeasureOptions, fn: (i: number) => unknown) => {
    if (!args.only.includes(letter)) return;
    const timing = await measure(label, options, fn);
    timings.push(timing);
    console.log(`  ${label}: p95 ${timing.p95.toFixed(3)} ms`);
  };

  await line('a', 'a. dispatch system.ping (signed in)', { iterations: 20_000, warmup: 2_000, target: 0.2 }, async () =>
    ok(await core.dispatch('system.ping', {}, session)),
  );

  const teamList = ok(await core.call('teams.list', {}, session));
  // Rotates over the teams; the description alternates per team, so every call really writes.
  const teamAt = (i: number) => teamList[i % teamList.length]!;
  const description = (i: number, tag: string) => `Bench ${tag} ${Math.floor(i / teamList.length) % 2}`;
  await line('b', 'b. dispatch teams.update (1 field, audit + change log)', { iterations: 3_000, warmup: 300, target: 1 }, async (i) => {
    const t = teamAt(i);
    ok(await core.dispatch('teams.update', { id: t.id, name: t.name, description: description(i, 'dispatch'), managerId: t.managerId }, session));
  });
  // The part inside ctx.write alone: the transaction app.ts runs around the writer.
  await line('b', 'b. raw ctx.write: writer.update in its transaction', { iterations: 3_000, warmup: 300, target: 1 }, (i) =>
    core.sqlite.transaction(() => {
      const writer = createWriter({ db: core.db, sqlite: core.sqlite, ids: uuidIds, at: new Date().toISOString(), userId: admin.id, onTableChanged: () => {} });
      writer.update(teams, teamAt(i).id, { description: description(i, 'writer') });
    })(),
  );

  const history = (label: string, rows: { tableName: string; rowId: string }[], target?: number) =>
    line('c', label, { iterations: 2_000, warmup: 200, target }, async () => ok(await core.dispatch('audit.history', randomOf(rows), session)));
  await history('c. audit.history, random staff row', seeded.staffIds.map((rowId) => ({ tableName: 'staff', rowId })), 5);
  if (seeded.dossierIds.length > 0) await history('   audit.history, random dossier row', seeded.dossierIds);
  if (args.only.includes('c')) {
    const longest = core.sqlite
      .prepare('SELECT table_name AS tableName, row_id AS rowId, count(*) AS n FROM audit_log GROUP BY table_name, row_id ORDER BY n DESC LIMIT 20')
      .all() as { tableName: string; rowId: string; n: number }[];
    await history(`   audit.history, 20 longest (${longest.at(-1)?.n}-${longest[0]?.n} lines, first page of 200)`, longest.map(({ tableName, rowId }) => ({ tableName, rowId })));
  }

  const search = (label: string, input: () => Record<string, unknown>) =>
    line('d', label, { iterations: 300, warmup: 30 }, async () => ok(await core.dispatch('audit.search', input(), session)));
  const month = new Date(end.getTime() - 180 * 86_400_000).toISOString().slice(0, 10);
  const monthEnd = new Date(end.getTime() - 150 * 86_400_000).toISOString().slice(0, 10);
  await search('d. audit.search first page, unfiltered', () => ({}));
  await search('d. audit.search first page, by user', () => ({ userId: randomOf(seeded.staffIds) }));
  await search('d. audit.search first page, by user and month', () => ({ userId: randomOf(seeded.staffIds), from: month, to: monthEnd }));
  await search('d. audit.search first page, table staff', () => ({ tableName: 'staff' }));
  await search('d. audit.search first page, one month', () => ({ from: month, to: monthEnd }));

  console.log(`\n${formatTable(timings)}\n`);
  // p95 and p99 are wall-clock: on a busy machine they measure the neighbours too.
  console.log(`Load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0]!.toFixed(2)}, on ${os.cpus().length} cores.`);
  console.log(`Output validation: ${args['validate-output'] ? 'on' : 'off (as in the shipped app)'}.`);
} finally {
  core.close();
  if (args.keep) console.log(`Kept ${dbPath}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
