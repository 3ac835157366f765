import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createCore, type Core } from '../core/app';
import { fileCredentialStore } from '../core/sync/credentials';
import { syncOnce, type SyncOnceOptions, type SyncOutcome } from '../core/sync/client';
import type { Fetch } from '../core/sync/http';
import { registerDesktop } from '../core/sync/register';
import { updateSyncState } from '../core/sync/state';
import { persons } from '../db/schema';
import { person } from '../db/seed/relations-scale/generate';
import { mulberry32 } from '../db/seed/scale/random';
import { buildApp } from '../server/app';
import { createRegistrationCode } from '../server/devices/codes';
import { DEFAULT_OFFICE_ID, ensureOffice } from '../server/offices';
import { createTestDatabase } from '../server/testing/database';
import { formatTable, seconds, type Timing, wholeNumber } from './measure';
import { seedSyncRows } from './sync-seed';

/**
 * `npm run bench` (after the other benches), or alone:
 * `npx tsx bench/sync.ts [-- --persons N] [--changes N] [--rounds N] [--page-size N] [--in-process] [--keep]`
 *
 * Issue 7's sync figures against a real sync server (Fastify over its own fresh PostgreSQL
 * database, in a child process so the memory measured is the desktop's alone) on 127.0.0.1:
 * 1. a fresh desktop pulls a server of 1,000,000 persons (time, peak memory),
 * 2. a desktop pushes 10,000 changes in one sync round,
 * 3. one change made on desktop A is in desktop B's database once B's next sync round ends.
 * Desktops are real cores on SQLite files in this process, syncing over real HTTP.
 */
const { values: args } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    changes: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '20' },
    'page-size': { type: 'string', default: '1000' },
    /** The server in this process (always so on PGlite): peak memory then counts both. */
    'in-process': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const total = wholeNumber(args, 'persons');
const changes = wholeNumber(args, 'changes');
const rounds = wholeNumber(args, 'rounds');
const pageSize = wholeNumber(args, 'page-size');

const PULL_TARGET_MS = 60_000;
const PUSH_TARGET_MS = 5_000;
const VISIBLE_TARGET_MS = 2_000;

const nl = (n: number) => n.toLocaleString('nl-NL');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const msSince = (fromNs: bigint) => Number(process.hrtime.bigint() - fromNs) / 1e6;

interface Desktop {
  name: string;
  core: Core;
  dbPath: string;
  sync(extra?: Partial<SyncOnceOptions>): Promise<SyncOutcome>;
}

/**
 * Time until the server answers (request sent until its headers arrive: the server sends them with
 * the body it has built), per endpoint. The body is left to the desktop to read, once, as without the bench.
 */
function timedFetch() {
  const spent = { push: 0, pull: 0, requests: 0, firstPullAt: 0n };
  const fetchTimed: Fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const started = process.hrtime.bigint();
    const isPull = String(input).includes('v1/pull');
    if (isPull && spent.firstPullAt === 0n) spent.firstPullAt = started;
    const response = await fetch(input, init);
    spent[isPull ? 'pull' : 'push'] += msSince(started);
    spent.requests++;
    return response;
  }) as Fetch;
  return { fetch: fetchTimed, spent };
}

/** The kernel's own peak RSS of a process (VmHWM), and its current RSS, in bytes. */
function procMemory(pid: number | 'self'): { rss: number; peak: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** A full garbage collection, as `node --expose-gc` allows, made available at run time. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** CPU seconds (user + system) a process has used, from /proc; null where there is no /proc. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** Samples this process's RSS and heap, and the server's RSS, every 100 ms until stopped. */
function sampleMemory(serverPid: number | undefined) {
  // Resets the kernel's peak (VmHWM) to the current RSS, so it covers only what follows.
  let peakReset = true;
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    peakReset = false;
  }
  const peak = { rss: 0, heapUsed: 0, server: 0, samples: 0 };
  const take = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
    if (serverPid) peak.server = Math.max(peak.server, procMemory(serverPid)?.rss ?? 0);
    peak.samples++;
  };
  take();
  const timer = setInterval(take, 100);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { ...peak, kernelPeak: peakReset ? (procMemory('self')?.peak ?? null) : null };
    },
  };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm run server` as deployed, on its own port, answering /health before we go on. */
async function startServerProcess(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('server', 'main.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the sync server stopped at start (exit ${child.exitCode})`);
    const healthy = await fetch(`${url}health`).then((r) => r.ok, () => false);
    if (healthy) return { url, child };
    if (Date.now() > deadline) throw new Error('the sync server did not answer /health within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-bench-sync-'));
const database = await createTestDatabase();
const cleanups: (() => Promise<void> | void)[] = [];
const loadAtStart = os.loadavg()[0]!;

try {
  console.log(`Servicedesk sync bench: ${nl(total)} persons on the server, ${nl(changes)} changes, ${rounds} rounds, Node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'}`);
  await ensureOffice(database.db);
  let t0 = process.hrtime.bigint();
  const serverVersion = await seedSyncRows(database.db, { officeId: DEFAULT_OFFICE_ID, persons: total });
  const { rows: sizes } = await database.db.query<{ size: string }>(`SELECT pg_total_relation_size('sync_rows') AS size`);
  console.log(`seeding the server (one INSERT … SELECT, then VACUUM ANALYZE): ${seconds(t0)} s; sync_rows ${mb(Number(sizes[0]!.size))}, office version ${nl(serverVersion)}`);

  const inProcess = args['in-process'] || database.url === null;
  let serverUrl: string;
  let serverPid: number | undefined;
  if (inProcess) {
    const app = await buildApp({ db: database.db });
    serverUrl = `${await app.listen({ host: '127.0.0.1', port: 0 })}/`;
    cleanups.push(() => app.close());
  } else {
    const server = await startServerProcess(database.url!);
    serverUrl = server.url;
    serverPid = server.child.pid;
    cleanups.push(async () => {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    });
  }
  console.log(
    inProcess
      ? `sync server: in this process (${database.url ? 'PostgreSQL' : 'PGlite'}), ${serverUrl}; the memory figures count server and desktop together`
      : `sync server: child process ${serverPid} (server/main.ts on PostgreSQL), ${serverUrl}; the memory figures are the desktop's alone`,
  );

  const openDesktop = async (name: string, dbPath: string): Promise<Desktop> => {
    const core = createCore({ dbPath, log: (m, e) => console.error(m, e) });
    cleanups.unshift(() => core.close());
    const store = fileCredentialStore(path.join(dir, `${name}-credential.json`));
    const { code } = await createRegistrationCode(database.db, DEFAULT_OFFICE_ID, { autoApprove: true });
    await registerDesktop({ core, fetch, serverUrl, code, name: `Bench ${name}`, store });
    const credential = (await store.load())!;
    return {
      name,
      core,
      dbPath,
      sync: (extra) => syncOnce({ core, fetch, serverUrl, deviceId: credential.deviceId, credential: credential.credential, ...extra }),
    };
  };
  const expectDone = (outcome: SyncOutcome, what: string) => {
    if (outcome.status !== 'bijgewerkt') throw new Error(`${what}: sync ended ${outcome.status}: ${outcome.error}`);
  };
  const count = (d: Desktop, sql: string) => d.core.sqlite.prepare(sql).pluck().get() as number;
  const timings: Timing[] = [];
  const single = (label: string, ms: number, target?: number): Timing => ({ label, iterations: 1, p50: ms, p95: ms, p99: ms, target });

  // 1. A fresh desktop pulls everything.
  const a = await openDesktop('A', path.join(dir, 'a.sqlite'));
  // The seeding's garbage is collected first, so the memory and time measured are the pull's own.
  collectGarbage();
  const before = process.memoryUsage();
  const pullFetch = timedFetch();
  const sampler = sampleMemory(serverPid);
  const cpuBefore = { desktop: process.cpuUsage(), server: serverPid ? cpuSeconds(serverPid) : null };
  t0 = process.hrtime.bigint();
  const pulled = await a.sync({ pageSize, fetch: pullFetch.fetch });
  const pullMs = msSince(t0);
  const memory = sampler.stop();
  const desktopCpu = process.cpuUsage(cpuBefore.desktop);
  const serverCpu = serverPid && cpuBefore.server !== null ? (cpuSeconds(serverPid) ?? 0) - cpuBefore.server : null;
  expectDone(pulled, 'initial pull');
  const stored = count(a, 'SELECT count(*) FROM persons');
  if (pulled.pulled !== total || stored !== total) throw new Error(`initial pull: ${pulled.pulled} pulled, ${stored} stored, expected ${total}`);
  timings.push(single(`1. initial pull of ${nl(total)} rows (pages of ${pageSize})`, pullMs, PULL_TARGET_MS));
  const fileSize = ['', '-wal'].reduce((sum, suffix) => sum + (fs.existsSync(a.dbPath + suffix) ? fs.statSync(a.dbPath + suffix).size : 0), 0);
  console.log(`\n1. initial pull: ${(pullMs / 1000).toFixed(1)} s, ${nl(Math.round(total / (pullMs / 1000)))} rows/s, ${nl(pullFetch.spent.requests)} requests`);
  // The desktop asks for the next page before it writes the current one: the server's work overlaps the desktop's.
  console.log(`   CPU: desktop ${((desktopCpu.user + desktopCpu.system) / 1e6).toFixed(1)} s (JSON, SQLite, building the indexes at the end), ` +
    `${serverCpu !== null ? `sync server ${serverCpu.toFixed(1)} s` : 'the sync server in this process'}`);
  console.log(`   desktop memory: RSS ${mb(before.rss)} before, peak ${mb(memory.rss)} sampled every 100 ms (${memory.samples} samples)` +
    `${memory.kernelPeak ? `, ${mb(memory.kernelPeak)} by the kernel's peak (VmHWM)` : ''}; heap used peak ${mb(memory.heapUsed)} (${mb(before.heapUsed)} before)`);
  if (serverPid) console.log(`   server process: RSS peak ${mb(memory.server)} sampled`);
  console.log(`   desktop database: ${mb(fileSize)}, ${nl(count(a, 'SELECT count(*) FROM audit_log'))} audit lines`);

  // The second desktop starts as a copy of A after its pull, registered as its own device and
  // caught up to the same version: an up-to-date colleague, without a second million-row pull.
  const bPath = path.join(dir, 'b.sqlite');
  await a.core.sqlite.backup(bPath);
  const b = await openDesktop('B', bPath);
  updateSyncState(b.core.db, { cursor: serverVersion });

  // 2. A makes changes as people at the desk would (one transaction each), then one sync pushes them.
  const r = mulberry32(11);
  const ids = a.core.sqlite.prepare('SELECT id FROM persons ORDER BY random() LIMIT ?').pluck().all(Math.ceil(changes / 2)) as string[];
  t0 = process.hrtime.bigint();
  for (let i = 0; i < changes; i++) {
    const p = person(r, total + i);
    if (i % 2 === 0) {
      // A move: the new address of an existing person.
      a.core.write(`bench-user-${i % 30}`, (w) => w.update(persons, ids[i / 2]!, { street: p.street, houseNumber: p.houseNumber, houseNumberAddition: p.houseNumberAddition, postcode: p.postcode, city: p.city }));
    } else {
      a.core.write(`bench-user-${i % 30}`, (w) => w.insert(persons, p));
    }
  }
  const unsent = count(a, 'SELECT count(*) FROM change_log WHERE sent_at IS NULL');
  console.log(`\n2. ${nl(changes)} changes made on A (half moves, half new persons): ${seconds(t0)} s, ${nl(unsent)} unsent`);
  const pushFetch = timedFetch();
  t0 = process.hrtime.bigint();
  const pushed = await a.sync({ fetch: pushFetch.fetch });
  const pushMs = msSince(t0);
  expectDone(pushed, 'push');
  if (pushed.pushed !== unsent) throw new Error(`push: ${pushed.pushed} acknowledged, ${unsent} sent`);
  const pushPhaseMs = Number(pushFetch.spent.firstPullAt - t0) / 1e6;
  timings.push(single(`2. push of ${nl(changes)} changes (one sync round, batches of 500)`, pushMs, PUSH_TARGET_MS));
  console.log(`   sync round: ${(pushMs / 1000).toFixed(2)} s: pushing ${(pushPhaseMs / 1000).toFixed(2)} s (server ${(pushFetch.spent.push / 1000).toFixed(2)} s), ` +
    `pulling them back ${((pushMs - pushPhaseMs) / 1000).toFixed(2)} s (${nl(pushed.pulled)} rows, applied as unchanged)`);

  // B's next sync takes in all of A's changes.
  t0 = process.hrtime.bigint();
  const caughtUp = await b.sync();
  const catchUpMs = msSince(t0);
  expectDone(caughtUp, 'B catching up');
  timings.push(single(`   B takes in A's ${nl(changes)} changes (one sync round)`, catchUpMs));
  console.log(`   B's next sync: ${(catchUpMs / 1000).toFixed(2)} s, ${nl(caughtUp.pulled)} rows pulled`);

  // 3. One change on A, synced; then B's sync round, until the change reads back from B's database.
  const samples: number[] = [];
  const phoneOn = b.core.sqlite.prepare('SELECT phone FROM persons WHERE id = ?').pluck();
  for (let i = 0; i < rounds; i++) {
    const id = ids[Math.floor(r() * ids.length)]!;
    const phone = `06-${String(10_000_000 + Math.floor(r() * 89_999_999))}`;
    a.core.write('bench-user-1', (w) => w.update(persons, id, { phone, phoneDigits: phone.replace(/\D/g, '') }));
    expectDone(await a.sync(), 'A sending one change');
    t0 = process.hrtime.bigint();
    expectDone(await b.sync(), 'B taking in one change');
    const seen = phoneOn.get(id);
    samples.push(msSince(t0));
    if (seen !== phone) throw new Error(`round ${i + 1}: B reads ${String(seen)}, A wrote ${phone}`);
  }
  if (rounds > 0) {
    samples.sort((x, y) => x - y);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(q * samples.length) - 1))]!;
    timings.push({ label: '3. one change from A visible on B (from the start of B\'s sync)', iterations: rounds, p50: at(0.5), p95: at(0.95), p99: at(0.99), target: VISIBLE_TARGET_MS });
    console.log(`\n3. one change visible on B: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${samples.at(-1)!.toFixed(1)} ms over ${rounds} rounds`);
  }

  console.log(`\n${formatTable(timings)}\n`);
  console.log('Targets (issue 7): the initial pull ≤ 60 s, the push ≤ 5 s, one change on a second desktop ≤ 2 s; a single run is timed once (n = 1).');
  console.log(`Peak memory during the initial pull: ${mb(memory.kernelPeak ?? memory.rss)} RSS, ${mb(memory.heapUsed)} heap used (${inProcess ? 'server and desktop in this process' : 'the desktop alone; the server runs in its own process'}).`);
  console.log(`Load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0]!.toFixed(2)}, on ${os.cpus().length} cores.`);
} finally {
  for (const cleanup of cleanups) await cleanup();
  await database.close();
  if (args.keep) console.log(`Kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
