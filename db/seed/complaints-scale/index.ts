import type Database from 'better-sqlite3';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../core/complaints/deadlines';
import { dossierSeries } from '../../../core/complaints/rules';
import { DAY, mulberry32, pick, uuidV7 } from '../scale/random';
import { planComplaint, type Office, type Plan } from './plan';
import { writeComplaints, type Cut } from './write';

/**
 * Generated complaints at scale for the complaints bench: dossiers over two years with their work
 * items, steps, calls, appeals and B2 responses, and the audit lines of the complaint rows, on top of
 * the staff, teams, persons and providers already in the database (bench/run's and bench/relations'
 * generators). About `openShare` of the dossiers are still open: the recent ones whose deadlines lie
 * ahead, and older ones that got stuck at some step, whose items are overdue.
 *
 * Bench data, written directly (see db/seed/relations-scale): no change log, no letters or e-mail.
 */
export interface ComplaintsScaleOptions {
  complaints?: number;
  openShare?: number;
  years?: number;
  end?: Date;
  seed?: number;
  /** Author of rows written without a person of the office (created_by). */
  userId?: string | null;
}

export interface ComplaintsScaleResult {
  complaintIds: string[];
  /** Staff who take complaints, managers, and the director: the people whose work lists count. */
  employeeIds: string[];
  managerIds: string[];
  directorId: string | null;
  openComplaints: number;
  items: number;
  openItems: number;
}

const K15_DEFAULTS = {
  categorie: ['Bereikbaarheid', 'Kwaliteit van het werk', 'Facturering', 'Bejegening', 'Planning en afspraken'],
  oorzaak: ['Planning', 'Communicatie', 'Werkwijze dienstverlener', 'Systeemfout', 'Verwachting klant'],
  maatregel: ['Excuses en uitleg', 'Werkinstructie aangepast', 'Gesprek met dienstverlener', 'Vergoeding', 'Geen maatregel nodig'],
} as const;

export function seedComplaints(sqlite: Database.Database, options: ComplaintsScaleOptions = {}): ComplaintsScaleResult {
  const count = options.complaints ?? 100_000;
  const end = (options.end ?? new Date()).getTime();
  const start = end - Math.round((options.years ?? 2) * 365 * DAY);
  const r = mulberry32(options.seed ?? 0xc0ffee);
  const office = readOffice(sqlite, r, options.userId ?? null, start);

  const moments = Array.from({ length: count }, () => start + Math.floor(r() * (end - start - DAY))).sort((a, b) => a - b);
  const plans: Plan[] = moments.map((at) => planComplaint(office, at, pick(r, office.persons)));
  const cuts: Cut[] = plans.map((plan) => ({ plan, id: uuidV7(plan.receivedAt, r), until: end, number: '' }));
  // Some older dossiers got stuck at a step until enough are open; each stops somewhere in its life.
  const open = (c: Cut) => c.plan.closeAt > c.until;
  let openCount = cuts.filter(open).length;
  const wanted = Math.round(count * (options.openShare ?? 0.2));
  for (let tries = 0; openCount < wanted && tries < count * 4; tries++) {
    const c = cuts[Math.floor(r() * cuts.length)]!;
    if (open(c) || c.plan.closeAt - c.plan.receivedAt < 3_600_000) continue;
    c.until = c.plan.receivedAt + Math.floor(r() * (c.plan.closeAt - c.plan.receivedAt - 60_000));
    openCount++;
  }
  numberDossiers(sqlite, cuts);
  const written = writeComplaints(sqlite, cuts, options.userId ?? null);
  return {
    complaintIds: cuts.map((c) => c.id),
    employeeIds: [...office.employees.values()].flat(),
    managerIds: [...new Set(office.teams.map((t) => t.managerId))],
    directorId: office.directorId,
    openComplaints: openCount,
    ...written,
  };
}

function readOffice(sqlite: Database.Database, r: () => number, userId: string | null, start: number): Office {
  const staff = sqlite.prepare('SELECT id, team_id AS teamId, roles FROM staff WHERE active = 1 AND deleted_at IS NULL').all() as { id: string; teamId: string | null; roles: string }[];
  const teams = (sqlite.prepare('SELECT id, manager_id AS managerId FROM teams WHERE deleted_at IS NULL AND manager_id IS NOT NULL').all() as { id: string; managerId: string }[]);
  const persons = sqlite.prepare('SELECT id FROM persons WHERE deleted_at IS NULL AND merged_into_id IS NULL LIMIT 100000').pluck().all() as string[];
  const providers = sqlite.prepare('SELECT id, person_id AS personId FROM providers WHERE deleted_at IS NULL LIMIT 20000').all() as { id: string; personId: string }[];
  if (teams.length === 0 || persons.length === 0) throw new Error('seedComplaints: needs teams with managers and persons (seed staff and relations first)');
  const employees = new Map<string, string[]>();
  for (const s of staff) {
    if (!s.teamId || !(JSON.parse(s.roles) as string[]).includes('servicedesk')) continue;
    employees.set(s.teamId, [...(employees.get(s.teamId) ?? []), s.id]);
  }
  const director = staff.find((s) => (JSON.parse(s.roles) as string[]).includes('director'));
  // Complaints go to the teams that handle them; the director's own team (staff) gets the appeals only.
  const handling = teams.filter((t) => t.managerId !== director?.id);
  return {
    r,
    s: DEFAULT_DEADLINE_SETTINGS,
    teams: handling.length > 0 ? handling : teams,
    employees,
    desk: [...employees.values()].flat().concat(teams.map((t) => t.managerId)),
    directorId: director?.id ?? null,
    persons,
    providers,
    options: improvementOptions(sqlite, userId, start),
  };
}

/** The K15 lists as they are, or the usual ones when the office has none yet. */
function improvementOptions(sqlite: Database.Database, userId: string | null, start: number): Office['options'] {
  const read = () => sqlite.prepare('SELECT id, list FROM improvement_options WHERE deleted_at IS NULL AND active = 1').all() as { id: string; list: keyof Office['options'] }[];
  if (read().length === 0) {
    const at = new Date(start).toISOString();
    const insert = sqlite.prepare(
      `INSERT INTO improvement_options (id, created_at, updated_at, created_by, updated_by, deleted_at, version, list, name, active) VALUES (?, ?, ?, ?, ?, NULL, 1, ?, ?, 1)`,
    );
    const r = mulberry32(15);
    sqlite.transaction(() => {
      for (const [list, names] of Object.entries(K15_DEFAULTS)) for (const name of names) insert.run(uuidV7(start, r), at, at, userId, userId, list, name);
    })();
  }
  const options: Office['options'] = { categorie: [], oorzaak: [], maatregel: [] };
  for (const o of read()) options[o.list].push(o.id);
  return options;
}

/** Dossier numbers per year in order of receipt, continuing the office's series, as intake allocates them. */
function numberDossiers(sqlite: Database.Database, cuts: Cut[]): void {
  const next = new Map<string, number>();
  const current = sqlite.prepare('SELECT next_value FROM number_series WHERE key = ?').pluck();
  for (const c of cuts) {
    const series = dossierSeries(String(c.plan.base.received_on).slice(0, 4));
    const value = next.get(series.key) ?? ((current.get(series.key) as number | undefined) ?? 1);
    c.number = `${series.prefix}${String(value).padStart(series.padding, '0')}`;
    next.set(series.key, value + 1);
  }
  const upsert = sqlite.prepare(
    `INSERT INTO number_series (id, created_at, updated_at, created_by, updated_by, deleted_at, version, key, prefix, next_value, padding)
     VALUES (?, ?, ?, NULL, NULL, NULL, 1, ?, ?, ?, 6) ON CONFLICT(key) DO UPDATE SET next_value = excluded.next_value`,
  );
  const r = mulberry32(42);
  const now = new Date().toISOString();
  sqlite.transaction(() => {
    for (const [key, value] of next) upsert.run(uuidV7(Date.now(), r), now, now, key, `K${key.slice(-4)}-`, value);
  })();
}
