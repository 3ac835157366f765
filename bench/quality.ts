import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { createCore } from '../core/app';
import { amsterdamDay } from '../core/contracts/format';
import type { Envelope } from '../core/contracts/envelope';
import { createClientSession } from '../core/context';
import { seedQuality } from '../db/seed/quality-scale';
import { mulberry32 } from '../db/seed/scale';
import { formatTable, measure, ok, seconds, type MeasureOptions, type Timing, wholeNumber } from './measure';

/**
 * `npm run bench` (after the other benches), or alone:
 * `npx tsx bench/quality.ts [-- --participants N] [--reviews N] [--advices N] [--only abc] [--keep] [--validate-output]`
 *
 * A fresh database with the quality-mark register at scale (20,000 participants, 500,000 reviews
 * over three years, binding advices, complaints and contributions; see db/seed/quality-scale), then
 * the daily assessment of every participant through dispatch, twice: first when every finding is
 * new, then when nothing is. After that the per-action assessment of one participant, the register
 * list, a participant page with many reviews and the board's list, as the hosts call them.
 */
const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '20000' },
    reviews: { type: 'string', default: '500000' },
    advices: { type: 'string', default: '5000' },
    /** a: the daily assessment, b: one participant after a new review, c: the lists and the participant page. */
    only: { type: 'string', default: 'abc' },
    keep: { type: 'boolean', default: false },
    'validate-output': { type: 'boolean', default: false },
  },
});
const count = (name: 'participants' | 'reviews' | 'advices') => wholeNumber(args, name);

/** The whole daily run (every participant, in one transaction) must stay within this. */
const ASSESS_ALL_TARGET_MS = 5_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-bench-quality-'));
const dbPath = path.join(dir, 'bench.sqlite');
const end = new Date();
const core = createCore({ dbPath, validateOutput: args['validate-output'], log: (m, e) => console.error(m, e) });

const loadAtStart = os.loadavg()[0]!;
const nl = (n: number) => n.toLocaleString('nl-NL');

try {
  console.log(`Servicedesk quality-mark bench: ${nl(count('participants'))} participants, ${nl(count('reviews'))} reviews, Node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'}`);
  const session = createClientSession();
  const password = `bench-${randomBytes(9).toString('base64url')}`;
  const admin = ok(await core.call('auth.setup', { organisationName: 'Servicedesk Woerden', name: 'Anneke de Vries', username: 'beheer', password, passwordRepeat: password }, session));

  const t0 = process.hrtime.bigint();
  const seeded = seedQuality(core.sqlite, { participants: count('participants'), reviews: count('reviews'), advices: count('advices'), userId: admin.id, end });
  console.log(`seeding (direct inserts): ${seconds(t0)} s`);
  const rows = (sql: string, ...params: unknown[]) => core.sqlite.prepare(sql).pluck().get(...params) as number;
  const size = ['', '-wal'].reduce((total, suffix) => total + (fs.existsSync(dbPath + suffix) ? fs.statSync(dbPath + suffix).size : 0), 0);
  console.log(
    `participants: ${nl(seeded.participantIds.length)} (live ${nl(seeded.liveParticipantIds.length)}; profiles ${JSON.stringify(seeded.profiles)}), reviews: ${nl(seeded.reviews)} ` +
      `(insufficient ${nl(rows('SELECT count(*) FROM quality_reviews WHERE sufficient = 0'))}), advices: ${nl(seeded.advices)} (negative ${nl(rows("SELECT count(*) FROM quality_advices WHERE outcome = 'negatief'"))}), ` +
      `complaints: ${nl(seeded.complaints)}, contributions: ${nl(seeded.contributions)} (unpaid past due ${nl(rows('SELECT count(*) FROM quality_contributions WHERE paid_on IS NULL AND due_on < ?', amsterdamDay(end)))})`,
  );
  console.log(`database file: ${(size / 1024 / 1024).toFixed(0)} MB (${dbPath})\n`);

  const timings: Timing[] = [];
  const line = async (letter: string, label: string, options: MeasureOptions, fn: (i: number) => unknown) => {
    if (!args.only.includes(letter)) return;
    const timing = await measure(label, options, fn);
    timings.push(timing);
    console.log(`  ${label}: p95 ${timing.p95.toFixed(3)} ms`);
  };

  if (args.only.includes('a')) {
    // Q3 daily run: once when every finding is new (stored with its work item), then three times when none is.
    const started = process.hrtime.bigint();
    const first = ok(await core.dispatch('quality.assessAll', {}, session) as Envelope<{ participants: number; newFindings: number }>);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    timings.push({ label: 'a. quality.assessAll, first run: findings new', iterations: 1, p50: ms, p95: ms, p99: ms, target: ASSESS_ALL_TARGET_MS });
    console.log(`  a. quality.assessAll, first run: ${(ms / 1000).toFixed(2)} s, ${nl(first.participants)} participants, ${nl(first.newFindings)} new findings`);
    let again = 0;
    await line('a', 'a. quality.assessAll, later runs: nothing new', { iterations: 3, warmup: 0, target: ASSESS_ALL_TARGET_MS }, async () => {
      again += ok(await core.dispatch('quality.assessAll', {}, session) as Envelope<{ newFindings: number }>).newFindings;
    });
    if (again !== 0) throw new Error(`a later run found ${again} new findings: the same evidence must never make a second finding`);
    const byRule = core.sqlite.prepare("SELECT rule, kind, count(*) AS n FROM quality_findings WHERE deleted_at IS NULL GROUP BY rule, kind ORDER BY rule, kind").all() as { rule: number; kind: string; n: number }[];
    const withFinding = rows("SELECT count(DISTINCT participant_id) FROM quality_findings WHERE status = 'open' AND deleted_at IS NULL");
    console.log(`  findings: ${byRule.map((f) => `rule ${f.rule}${f.kind === 'staffel_zwijgt' ? ' (staffel zwijgt)' : ''}: ${nl(f.n)}`).join(', ')}; ` +
      `${nl(withFinding)} participants (${((100 * withFinding) / seeded.liveParticipantIds.length).toFixed(1)}%) have an open finding; ` +
      `board work items: ${nl(rows("SELECT count(*) FROM work_items WHERE dossier_kind = 'quality' AND done_at IS NULL"))}`);
  }

  const r = mulberry32(23);
  const randomOf = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const live = seeded.liveParticipantIds;
  const customers = core.sqlite.prepare("SELECT id FROM persons WHERE kind = 'persoon' LIMIT 5000").pluck().all() as string[];
  const today = amsterdamDay(end);

  await line('b', 'b. quality.assessParticipant (one participant, page returned)', { iterations: 1_000, warmup: 100, target: 50 }, async () =>
    ok(await core.dispatch('quality.assessParticipant', { id: randomOf(live) }, session)),
  );
  await line('b', 'b. quality.addReview (review stored, participant assessed, page returned)', { iterations: 500, warmup: 50, target: 50 }, async () => {
    const sufficient = r() < 0.9;
    ok(await core.dispatch('quality.addReview', {
      participantId: randomOf(live), reviewedOn: today, customerId: randomOf(customers),
      guaranteeSufficient: sufficient, serviceSufficient: true, craftsmanshipSufficient: true, sufficient, jobReference: 'BENCH',
    }, session));
  });
  await line('b', '   quality.assessParticipant, the participant with the most reviews', { iterations: 300, warmup: 30 }, async () =>
    ok(await core.dispatch('quality.assessParticipant', { id: seeded.busiest.id }, session)),
  );

  let listed = 0;
  await line('c', 'c. quality.list, every participant', { iterations: 30, warmup: 3 }, async () => {
    listed = ok(await core.dispatch('quality.list', {}, session) as Envelope<unknown[]>).length;
  });
  let open = 0;
  await line('c', 'c. quality.list, with open findings', { iterations: 200, warmup: 20, target: 100 }, async () => {
    open = ok(await core.dispatch('quality.list', { withOpenFindings: true }, session) as Envelope<unknown[]>).length;
  });
  await line('c', `c. quality.get, the participant with the most reviews (${seeded.busiest.reviews})`, { iterations: 500, warmup: 50, target: 50 }, async () =>
    ok(await core.dispatch('quality.get', { id: seeded.busiest.id }, session)),
  );
  await line('c', '   quality.get, a random participant', { iterations: 1_000, warmup: 100, target: 50 }, async () =>
    ok(await core.dispatch('quality.get', { id: randomOf(seeded.participantIds) }, session)),
  );
  let board = 0;
  await line('c', 'c. quality.board (open findings with evidence)', { iterations: 100, warmup: 10, target: 200 }, async () => {
    board = ok(await core.dispatch('quality.board', {}, session) as Envelope<unknown[]>).length;
  });
  if (args.only.includes('c')) console.log(`  (lists: ${nl(listed)} participants, ${nl(open)} with open findings, ${nl(board)} items on the board's list)`);

  console.log(`\n${formatTable(timings)}\n`);
  console.log('The a. lines time the whole daily assessment of every participant (one transaction each); the target is for the total.');
  console.log(`Load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0]!.toFixed(2)}, on ${os.cpus().length} cores.`);
  console.log(`Output validation: ${args['validate-output'] ? 'on' : 'off (as in the shipped app)'}.`);
} finally {
  core.close();
  if (args.keep) console.log(`Kept ${dbPath}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
