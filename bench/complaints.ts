import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { createCore } from '../core/app';
import type { Envelope } from '../core/contracts/envelope';
import { createClientSession, type ClientSession } from '../core/context';
import { seedComplaints } from '../db/seed/complaints-scale';
import { seedRelations } from '../db/seed/relations-scale';
import { mulberry32, seedScale } from '../db/seed/scale';
import { formatTable, measure, ok, seconds, type MeasureOptions, type Timing, wholeNumber } from './measure';

/**
 * `npm run bench` (after the other benches), or alone:
 * `npx tsx bench/complaints.ts [-- --complaints N] [--staff N] [--teams N] [--persons N] [--only abcd] [--keep] [--validate-output]`
 *
 * A fresh database with 500 staff in 25 teams, persons and providers to complain and be complained
 * about, and 100,000 complaints over two years with their work items (about a fifth of the dossiers
 * open; see db/seed/complaints-scale), then the work list, the dossier page, its timeline and the
 * K15 report through dispatch, as the hosts call them.
 */
const { values: args } = parseArgs({
  options: {
    complaints: { type: 'string', default: '100000' },
    staff: { type: 'string', default: '500' },
    teams: { type: 'string', default: '25' },
    persons: { type: 'string', default: '60000' },
    /** a: work list, b: dossier page and timeline, c: the report. */
    only: { type: 'string', default: 'abc' },
    keep: { type: 'boolean', default: false },
    'validate-output': { type: 'boolean', default: false },
  },
});
const count = (name: 'complaints' | 'staff' | 'teams' | 'persons') => wholeNumber(args, name);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-bench-complaints-'));
const dbPath = path.join(dir, 'bench.sqlite');
const end = new Date();
const core = createCore({ dbPath, validateOutput: args['validate-output'], log: (m, e) => console.error(m, e) });

const loadAtStart = os.loadavg()[0]!;

try {
  console.log(`Servicedesk complaints bench: ${count('complaints').toLocaleString('nl-NL')} complaints, Node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'}`);
  const password = `bench-${randomBytes(9).toString('base64url')}`;
  const admin = ok(await core.call('auth.setup', { organisationName: 'Servicedesk Woerden', name: 'Anneke de Vries', username: 'beheer', password, passwordRepeat: password }, createClientSession()));

  let t0 = process.hrtime.bigint();
  await seedScale(core.sqlite, { adminId: admin.id, staff: count('staff'), teams: count('teams'), auditRows: 0, end });
  const persons = count('persons');
  seedRelations(core.sqlite, { persons, members: Math.floor(persons / 3), providers: Math.floor(persons / 20), userId: admin.id, end });
  console.log(`seeding staff, teams, persons, providers: ${seconds(t0)} s`);
  t0 = process.hrtime.bigint();
  const seeded = seedComplaints(core.sqlite, { complaints: count('complaints'), end, userId: admin.id });
  console.log(`seeding complaints (direct inserts):      ${seconds(t0)} s`);
  // Generated staff must change their password at first sign-in; the bench's sessions act as if they did.
  core.sqlite.prepare('UPDATE staff SET must_change_password = 0').run();

  const rows = (sql: string) => (core.sqlite.prepare(sql).pluck().get() as number).toLocaleString('nl-NL');
  const size = ['', '-wal'].reduce((total, suffix) => total + (fs.existsSync(dbPath + suffix) ? fs.statSync(dbPath + suffix).size : 0), 0);
  console.log(
    `complaints: ${rows('SELECT count(*) FROM complaints')} (open ${seeded.openComplaints.toLocaleString('nl-NL')}), work items: ${seeded.items.toLocaleString('nl-NL')} ` +
      `(open ${seeded.openItems.toLocaleString('nl-NL')}), steps: ${rows('SELECT count(*) FROM complaint_steps')}, calls: ${rows('SELECT count(*) FROM complaint_calls')}, ` +
      `appeals: ${rows('SELECT count(*) FROM complaint_appeals')}, audit_log: ${rows('SELECT count(*) FROM audit_log')}`,
  );
  console.log(`database file: ${(size / 1024 / 1024).toFixed(0)} MB (${dbPath})\n`);

  const r = mulberry32(17);
  const randomOf = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const session = (userId: string): ClientSession => ({ ...createClientSession(), userId });
  const sessions = (ids: string[]) => ids.map(session);
  const timings: Timing[] = [];
  const line = async (letter: string, label: string, options: MeasureOptions, fn: (i: number) => unknown) => {
    if (!args.only.includes(letter)) return;
    const timing = await measure(label, options, fn);
    timings.push(timing);
    console.log(`  ${label}: p95 ${timing.p95.toFixed(3)} ms`);
  };
  const sizes: Record<string, number[]> = {};
  const worklist = (label: string, people: ClientSession[], scope: 'mine' | 'team') =>
    line('a', label, { iterations: 1_000, warmup: 100, target: 20 }, async () => {
      const list = ok(await core.dispatch('worklist.items', { scope, horizonWorkingDays: 5 }, randomOf(people)) as Envelope<{ items: unknown[] }>);
      (sizes[label] ??= []).push(list.items.length);
    });
  await worklist('a. worklist.items mine, random employee', sessions(seeded.employeeIds), 'mine');
  await worklist('a. worklist.items team, random employee', sessions(seeded.employeeIds), 'team');
  await worklist('a. worklist.items team, random manager', sessions(seeded.managerIds), 'team');
  if (seeded.directorId) await worklist('   worklist.items mine, the director (appeals)', [session(seeded.directorId)], 'mine');
  for (const [label, n] of Object.entries(sizes)) console.log(`  (${label.replace(/^a\. |^ {3}/, '')}: ${Math.round(n.reduce((a, b) => a + b, 0) / n.length)} items on average, at most ${Math.max(...n)})`);

  const reader = session(admin.id);
  await line('b', 'b. complaints.get (open a dossier page)', { iterations: 2_000, warmup: 200, target: 20 }, async () =>
    ok(await core.dispatch('complaints.get', { id: randomOf(seeded.complaintIds) }, reader)),
  );
  await line('b', 'b. complaints.timeline (steps, calls, changes)', { iterations: 2_000, warmup: 200, target: 20 }, async () =>
    ok(await core.dispatch('complaints.timeline', { id: randomOf(seeded.complaintIds) }, reader)),
  );

  const yearAgo = new Date(end.getTime() - 364 * 86_400_000).toISOString().slice(0, 10);
  await line('c', 'c. complaints.report over the last year', { iterations: 30, warmup: 3 }, async () =>
    ok(await core.dispatch('complaints.report', { from: yearAgo, to: end.toISOString().slice(0, 10) }, reader)),
  );
  const quarter = new Date(end.getTime() - 91 * 86_400_000).toISOString().slice(0, 10);
  await line('c', '   complaints.report over the last quarter', { iterations: 30, warmup: 3 }, async () =>
    ok(await core.dispatch('complaints.report', { from: quarter, to: end.toISOString().slice(0, 10) }, reader)),
  );

  console.log(`\n${formatTable(timings)}\n`);
  console.log(`Load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0]!.toFixed(2)}, on ${os.cpus().length} cores.`);
  console.log(`Output validation: ${args['validate-output'] ? 'on' : 'off (as in the shipped app)'}.`);
} finally {
  core.close();
  if (args.keep) console.log(`Kept ${dbPath}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
