import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { scryptHasher, type PasswordHasher } from '../../../core/auth/passwords';
import { assignee, DOSSIER_WEIGHTS, dossierStep, seriesNumber } from './dossiers';
import { history, someoneAt, type Change, type Gen, type Person, type Rec, type Tx } from './history';
import { TEAM_NAMES, TEAM_DESCRIPTIONS } from './names';
import { between, DAY, mulberry32, pick, uuidV7 } from './random';
import { makePeople, ROLES, staffStep, teamStep, TITLES } from './staff';
import { writeAll } from './write';

export { mulberry32, uuidV7 };

/**
 * Generated data at scale for the benchmark: staff, teams and a two-year audit trail.
 *
 * This bypasses the writer on purpose. It is not an application write but a stand-in for years of
 * them, and a million writer calls would take minutes. It writes what the writer would have
 * written (rows, audit lines per changed field, one change-log entry per row change, redaction
 * included) with prepared statements in large transactions on the core's own connection.
 *
 * Where the audit rows go (`spread`):
 * - 'dossiers' (default, realistic): staff and teams get the history they would have after two
 *   years (a few dozen lines each); the rest goes to dossiers of the areas still to come
 *   (complaints, requests, members, invoices, callbacks), a few of them long-running.
 * - 'staff': every line goes to the staff and team rows (about 1,900 per row at 1M): the worst
 *   case for reading one record's history.
 *
 * The change log gets one entry per generated row change, as the writer makes, marked as sent:
 * a desktop two years in use has pushed its history; only what happens after the seed is unsent.
 */
export interface ScaleOptions {
  /** The first administrator (made by auth.setup); creates the first accounts and teams. */
  adminId: string;
  staff?: number;
  teams?: number;
  /** audit_log is filled up to this many rows, counting what is already there. */
  auditRows?: number;
  spread?: 'dossiers' | 'staff';
  /** History ends here and starts `years` before. */
  end?: Date;
  years?: number;
  seed?: number;
  passwords?: PasswordHasher;
}

export interface ScaleResult {
  /** Everyone generated can sign in with this password (random per run, never fixed). */
  password: string;
  staffIds: string[];
  teamIds: string[];
  dossierIds: { tableName: string; rowId: string }[];
  auditRows: number;
  changeLogRows: number;
}

export async function seedScale(sqlite: Database.Database, options: ScaleOptions): Promise<ScaleResult> {
  const staffCount = options.staff ?? 500;
  const teamCount = Math.max(2, options.teams ?? 25);
  const auditRows = (options.auditRows ?? 1_000_000) - (sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number);
  const end = (options.end ?? new Date()).getTime();
  const start = end - Math.round((options.years ?? 2) * 365 * DAY);
  const password = `schaal-${randomBytes(9).toString('base64url')}`;
  // Hashed once and shared: 500 scrypt hashes at production cost would take most of a minute.
  const hash = await (options.passwords ?? scryptHasher()).hash(password);

  const g: Gen = { r: mulberry32(options.seed ?? 20_261_121), start, end, txs: [], people: [], admins: [], hash, teamCount, teamIds: [], series: new Map() };
  const firstAdmin = sqlite.prepare('SELECT id, username, created_at FROM staff WHERE id = ?').get(options.adminId) as
    | { id: string; username: string; created_at: string }
    | undefined;
  if (!firstAdmin) throw new Error(`seedScale: administrator ${options.adminId} not found`);
  const taken = new Set(sqlite.prepare('SELECT username FROM staff').pluck().all() as string[]);
  const admin: Person = { id: firstAdmin.id, createdAt: Math.min(start, Date.parse(firstAdmin.created_at)), kind: 'admin', first: '', surname: '', username: firstAdmin.username, team: null };

  const people = makePeople(g, staffCount, taken);
  g.people = [admin, ...people].sort((a, b) => a.createdAt - b.createdAt);
  g.admins = g.people.filter((p) => p.kind === 'admin');
  const teamRecs = Array.from({ length: teamCount }, (_, i): Rec => {
    const createdAt = start + DAY + i * 600_000;
    return { table: 'teams', id: uuidV7(createdAt, g.r), createdAt, createdBy: admin.id, state: {}, version: 1, updatedAt: createdAt, updatedBy: admin.id };
  });
  g.teamIds = teamRecs.map((t) => t.id);
  const staffRecs = people.map((p): Rec => {
    const createdBy = someoneAt(g, g.admins, p.createdAt).id;
    return { table: 'staff', id: p.id, createdAt: p.createdAt, createdBy, state: {}, version: 1, updatedAt: p.createdAt, updatedBy: createdBy };
  });

  const teamBudgets = teamRecs.map(() => 3 + between(g.r, 2, 12));
  // Realistic: a few dozen lines per person over two years, fewer for those hired later.
  const staffBudgets =
    options.spread === 'staff'
      ? shares(g, staffCount, auditRows - sum(teamBudgets))
      : people.map((p) => 10 + Math.round(between(g.r, 4, 60) * ((end - p.createdAt) / (end - start))));
  const historyEnd = end - 3_600_000;
  teamRecs.forEach((rec, i) => {
    const base = TEAM_NAMES[i] ?? `Team ${i + 1}`;
    const manager = i === 0 ? people.find((p) => p.kind === 'director')! : people.find((p) => p.kind === 'manager' && p.team === i);
    history(g, rec, { name: base, description: pick(g.r, TEAM_DESCRIPTIONS), managerId: manager?.id ?? null }, teamBudgets[i]!, historyEnd, 1.3, (r, at) => teamStep(g, r, at, base));
  });
  staffRecs.forEach((rec, i) => {
    const p = people[i]!;
    const insert = {
      username: p.username,
      name: `${p.first} ${p.surname}`,
      email: `${p.username}@servicedesk-woerden.nl`,
      jobTitle: TITLES[p.kind],
      passwordHash: hash,
      mustChangePassword: true,
      roles: ROLES[p.kind],
      teamId: p.team === null ? null : g.teamIds[p.team]!,
      active: true,
      failedAttempts: 0,
      lockedUntil: null,
    };
    history(g, rec, insert, staffBudgets[i]!, historyEnd, 1.4, (r, at) => staffStep(g, p, r, at));
  });

  // Dossiers start at independent uniform moments until the rows run out, so the density stays even
  // over the two years whatever the count. Those still open at `end` have only part of their history.
  const dossierIds: ScaleResult['dossierIds'] = [];
  const numbered: { at: number; series: string; change: Change }[] = [];
  for (let remaining = auditRows - countLines(g.txs); remaining > 0; ) {
    const at = start + 3 * DAY + Math.floor(g.r() * (end - start - 4 * DAY));
    const kind = pick(g.r, DOSSIER_WEIGHTS);
    const longRunning = at < end - 365 * DAY && g.r() < 0.005;
    const lifespan = longRunning ? end - at : between(g.r, 14, 240) * DAY;
    const lifeEnd = Math.min(historyEnd, at + lifespan);
    const rec: Rec = { table: kind.table, id: uuidV7(at, g.r), createdAt: at, createdBy: assignee(g, at), state: {}, version: 1, updatedAt: at, updatedBy: null };
    const insert = { ...(kind.series ? { number: '' } : {}), ...kind.insert(g, at) };
    const updates = longRunning ? between(g.r, 500, 1200) : Math.round(between(g.r, 3, 50) * ((lifeEnd - at) / lifespan));
    const before = g.txs.length;
    history(g, rec, insert, Math.min(remaining, Object.values(insert).filter((v) => v !== null).length + updates), lifeEnd, 1.9, (r, t) => dossierStep(g, kind, r, t));
    remaining -= countLines(g.txs, before);
    dossierIds.push({ tableName: kind.table, rowId: rec.id });
    const number = g.txs[before]!.changes.find(([field]) => field === 'number');
    if (kind.series && number) numbered.push({ at, series: kind.series, change: number });
  }
  // Numbers from a series follow the order in which dossiers were made, as they do in the app.
  numbered.sort((a, b) => a.at - b.at);
  for (const n of numbered) n.change[2] = seriesNumber(g, n.series, n.at);

  const written = writeAll(sqlite, g, staffRecs, teamRecs);
  return { password, staffIds: people.map((p) => p.id), teamIds: g.teamIds, dossierIds, ...written };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function countLines(txs: Tx[], from = 0): number {
  let n = 0;
  for (let i = from; i < txs.length; i++) n += txs[i]!.changes.length;
  return n;
}

/** `total` split over `count` parts of roughly equal size (±20%), adding up exactly. */
function shares(g: Gen, count: number, total: number): number[] {
  const weights = Array.from({ length: count }, () => 0.8 + 0.4 * g.r());
  const scale = Math.max(0, total) / sum(weights);
  const parts = weights.map((w) => Math.floor(w * scale));
  for (let i = 0, left = Math.max(0, total) - sum(parts); left > 0; i = (i + 1) % count, left--) parts[i]!++;
  return parts;
}
