import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { afterFailedAttempt, isLocked, UNLOCKED } from '../../core/auth/lockout';
import { scryptHasher, type PasswordHasher } from '../../core/auth/passwords';
import { isRedacted, REDACTED_VALUE } from '../../core/mutation/redaction';
import { SCHEMA_VERSION } from '../../core/mutation/schema-version';

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

type Rng = () => number;
type Kind = 'admin' | 'director' | 'manager' | 'employee';
type Values = Record<string, unknown>;
type Change = [field: string, oldValue: unknown, newValue: unknown];
interface Tx { at: number; userId: string | null; table: string; rowId: string; op: 'insert' | 'update'; baseVersion: number; changes: Change[] }
interface Rec { table: string; id: string; createdAt: number; createdBy: string | null; state: Values; version: number; updatedAt: number; updatedBy: string | null }
interface Step { userId: string | null; patch: [string, unknown][] }
interface Person { id: string; createdAt: number; kind: Kind; first: string; surname: string; username: string; team: number | null }

/** mulberry32: small, fast and good enough to make the same data on every run. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const between = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A UUIDv7 for a given moment, as the app makes them, from the seeded generator. */
export function uuidV7(ms: number, r: Rng): string {
  const hex = (n: number, width: number) => Math.floor(n).toString(16).padStart(width, '0');
  const ts = hex(ms, 12);
  return `${ts.slice(0, 8)}-${ts.slice(8)}-7${hex(r() * 0x1000, 3)}-${hex(0x8000 + r() * 0x4000, 4)}-${hex(r() * 0x1000000, 6)}${hex(r() * 0x1000000, 6)}`;
}

const FIRST_NAMES = ['Anneke', 'Bram', 'Daan', 'Eva', 'Femke', 'Floor', 'Gerrit', 'Hanneke', 'Iris', 'Jan', 'Jeroen', 'Joost', 'Julia', 'Kees', 'Lieke', 'Lotte', 'Maarten', 'Marieke', 'Mark', 'Noor', 'Pieter', 'Rik', 'Roos', 'Sanne', 'Sem', 'Sophie', 'Thijs', 'Tim', 'Wouter', 'Yvonne', 'Anouk', 'Bas', 'Charlotte', 'Dirk', 'Esther', 'Hans', 'Ingrid', 'Jasper', 'Karin', 'Laura', 'Luuk', 'Marloes', 'Niels', 'Petra', 'Ruben', 'Saskia', 'Sven', 'Vera', 'Willem', 'Fatima', 'Mohammed', 'Emre', 'Ayşe', 'Naima', 'Youssef', 'Chantal', 'Priya', 'Kevin'];
const SURNAMES = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'de Lange', 'Kuipers', 'van Wijk', 'Postma', 'Kramer', "van 't Hof", 'ter Horst', "in 't Veld", 'Yılmaz', 'El Amrani', 'Öztürk', 'Bouzid', 'Nguyen'];
const TEAM_NAMES = ['Directie en staf', 'Servicedesk Noord', 'Servicedesk Zuid', 'Servicedesk Oost', 'Servicedesk West', 'Klachtbehandeling', 'Bemiddeling', 'Ledenadministratie', 'Facturatie', 'Betalingen', 'Schadeafhandeling', 'Terugbelservice', 'Kwaliteit', 'Documentbeheer', 'Vouchers', 'Aanvragen', 'Zorgaanbieders', 'Privacy en gegevens', 'Avonddienst', 'Weekenddienst', 'Inwerken en opleiding', 'Telefonie', 'Post en archief', 'Incasso', 'Projecten'];
const TEAM_DESCRIPTIONS = ['Telefoon, post en e-mail', 'Eerste lijn voor leden', 'Klachten van ontvangst tot afhandeling', 'Bemiddeling tussen leden en aanbieders', 'Aanvragen en beschikkingen', 'Facturen, betalingen en incasso', 'Kwaliteitscontroles en rapportages', 'Ondersteuning van de andere teams', 'Avond- en weekenddiensten'];
const JOB_TITLES = ['Medewerker servicedesk', 'Senior medewerker servicedesk', 'Klantadviseur', 'Medewerker klachten', 'Bemiddelaar', 'Medewerker ledenadministratie', 'Medewerker facturatie', 'Consulent dienstverlening', 'Kwaliteitsmedewerker', 'Stagiair'];
const STREETS = ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Schoolstraat', 'Julianastraat', 'Beatrixlaan', 'Wilhelminastraat', 'Rijnstraat', 'Hoofdweg', 'Korenmolenlaan', 'Meulmansweg'];
const CITIES = ['Woerden', 'Utrecht', 'Gouda', 'Bodegraven', 'Montfoort', 'Oudewater', 'IJsselstein', 'Nieuwegein', 'Harmelen', 'Kamerik'];
const SUBJECTS = ['Bereikbaarheid telefonisch', 'Te late betaling', 'Onjuiste factuur', 'Bejegening door medewerker', 'Wachttijd aanvraag', 'Kwaliteit van de dienstverlening', 'Geen reactie op e-mail', 'Voucher niet ontvangen', 'Schade bij bezoek', 'Afspraak niet nagekomen'];
const SENTENCES = ['Lid belt opnieuw over dezelfde kwestie.', 'Aanbieder is gevraagd om een reactie binnen vijf werkdagen.', 'Brief met uitleg verstuurd.', 'Telefonisch contact gehad, lid is tevreden met de oplossing.', 'Wacht op aanvullende stukken van het lid.', 'Doorgezet naar de teammanager ter beoordeling.', 'Bedrag gecorrigeerd na controle van de factuur.', 'Terugbelverzoek ingepland voor morgenochtend.', 'Dossier besproken in het teamoverleg.', 'Ontvangstbevestiging per e-mail verstuurd.'];

function personName(r: Rng) {
  return { first: pick(r, FIRST_NAMES), surname: pick(r, SURNAMES) };
}

function usernameFor(first: string, surname: string, taken: Set<string>): string {
  const base = `${first}.${surname}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ı/g, 'i').replace(/[^a-z0-9.]/g, '');
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}

interface Gen {
  r: Rng;
  start: number;
  end: number;
  txs: Tx[];
  /** Everyone who can act, ordered by the moment their account was made. */
  people: Person[];
  admins: Person[];
  hash: string;
  teamCount: number;
  teamIds: string[];
  series: Map<string, number>;
}

function someoneAt(g: Gen, list: Person[], at: number): Person {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.createdAt <= at) lo = mid + 1;
    else hi = mid;
  }
  return list[Math.floor(g.r() * Math.max(1, lo))]!;
}

/**
 * One record's insert and later changes, `budget` audit lines in all, at moments spread over
 * [createdAt, lifeEnd] (sequential uniform order statistics, so the spread holds for any budget).
 * As in the writer, only fields whose value really changes are recorded.
 */
function history(g: Gen, rec: Rec, insert: Values, budget: number, lifeEnd: number, fieldsPerStep: number, step: (rec: Rec, at: number) => Step): void {
  const inserted = Object.entries(insert).filter(([, v]) => v !== null && v !== undefined).slice(0, budget);
  rec.state = { ...insert };
  g.txs.push({ at: rec.createdAt, userId: rec.createdBy, table: rec.table, rowId: rec.id, op: 'insert', baseVersion: 0, changes: inserted.map(([f, v]) => [f, null, v]) });
  let remaining = budget - inserted.length;
  let at = rec.createdAt;
  // `idle` guards against a step that can no longer change anything.
  for (let idle = 0; remaining > 0 && idle < 100; ) {
    const expectedSteps = Math.max(1, remaining / fieldsPerStep);
    at = Math.max(at + 1, Math.floor(at + (lifeEnd - at) * (1 - Math.pow(g.r(), 1 / expectedSteps))));
    const { userId, patch } = step(rec, at);
    const changes: Change[] = [];
    for (const [field, value] of patch) {
      if (changes.length === remaining) break;
      // One stored hash stands in for a fresh (salted, so always different) hash each time.
      if (field !== 'passwordHash' && JSON.stringify(rec.state[field] ?? null) === JSON.stringify(value ?? null)) continue;
      changes.push([field, rec.state[field] ?? null, value]);
    }
    if (changes.length === 0) {
      idle++;
      continue;
    }
    idle = 0;
    for (const [field, , value] of changes) rec.state[field] = value;
    g.txs.push({ at, userId, table: rec.table, rowId: rec.id, op: 'update', baseVersion: rec.version, changes });
    rec.version++;
    rec.updatedAt = at;
    rec.updatedBy = userId;
    remaining -= changes.length;
  }
}

function staffStep(g: Gen, person: Person, rec: Rec, at: number): Step {
  const s = rec.state;
  const lock = { failedAttempts: s.failedAttempts as number, lockedUntil: s.lockedUntil as string | null };
  const admin = () => someoneAt(g, g.admins, at).id;
  if (s.mustChangePassword) return { userId: rec.id, patch: [['passwordHash', g.hash], ['mustChangePassword', false]] };
  if (!s.active && g.r() < 0.15) return { userId: admin(), patch: [['active', true]] };
  if (s.active && person.kind === 'employee' && g.r() < 0.004) return { userId: admin(), patch: [['active', false]] };
  const locked = isLocked(lock, new Date(at));
  for (;;) {
    const roll = g.r();
    if (roll < 0.3 && !locked) {
      const next = afterFailedAttempt(lock, new Date(at));
      return { userId: null, patch: [['failedAttempts', next.failedAttempts], ['lockedUntil', next.lockedUntil]] };
    }
    if (roll >= 0.3 && roll < 0.6 && (lock.failedAttempts > 0 || lock.lockedUntil) && !locked) {
      return { userId: null, patch: [['failedAttempts', UNLOCKED.failedAttempts], ['lockedUntil', UNLOCKED.lockedUntil]] };
    }
    if (roll >= 0.6 && roll < 0.68) return { userId: rec.id, patch: [['passwordHash', g.hash]] };
    if (roll >= 0.68 && roll < 0.72) {
      return { userId: admin(), patch: [['passwordHash', g.hash], ['mustChangePassword', true], ['failedAttempts', 0], ['lockedUntil', null]] };
    }
    if (roll >= 0.72) return { userId: admin(), patch: staffEdit(g, person, s) };
  }
}

const TITLES_BY_KIND: Record<Kind, string[]> = {
  admin: ['Functioneel beheerder', 'Applicatiebeheerder'],
  director: ['Directeur', 'Directeur-bestuurder'],
  manager: ['Teammanager', 'Coördinator'],
  employee: JOB_TITLES,
};

function staffEdit(g: Gen, person: Person, s: Values): [string, unknown][] {
  const r = g.r;
  const fields = person.kind === 'employee' ? ['jobTitle', 'jobTitle', 'teamId', 'teamId', 'email', 'roles'] : ['jobTitle', 'email'];
  const patch: [string, unknown][] = [];
  for (const field of new Set(Array.from({ length: between(r, 1, 2) }, () => pick(r, fields)))) {
    if (field === 'jobTitle') patch.push([field, pick(r, TITLES_BY_KIND[person.kind])]);
    if (field === 'teamId') patch.push([field, g.teamIds[between(r, 1, g.teamCount - 1)]]);
    if (field === 'roles') patch.push([field, (s.roles as string[]).length === 1 ? ['servicedesk', 'manager'] : ['servicedesk']]);
    if (field === 'email') {
      const short = `${person.username.replace(/^([a-z])[^.]*\./, '$1.')}@servicedesk-woerden.nl`;
      patch.push([field, s.email === short ? `${person.username}@servicedesk-woerden.nl` : short]);
    }
  }
  // A new surname (marriage, divorce) now and then; the user name stays.
  if (r() < 0.01) patch.push(['name', `${person.first} ${pick(r, SURNAMES)}`]);
  return patch;
}

function teamStep(g: Gen, rec: Rec, at: number, base: string): Step {
  const userId = someoneAt(g, g.admins, at).id;
  const description = pick(g.r, TEAM_DESCRIPTIONS);
  if (g.r() < 0.95) return { userId, patch: [['description', description]] };
  return { userId, patch: [['name', rec.state.name === base ? `Team ${base}` : base], ['description', description]] };
}

interface DossierTable {
  table: string;
  /** Code of the number series (`2026-K01-000042`), for tables whose records carry a number. */
  series?: string;
  weight: number;
  insert(g: Gen, at: number): Values;
  update: Record<string, (g: Gen, at: number) => unknown>;
}

const memberName = (g: Gen) => {
  const n = personName(g.r);
  return `${n.first} ${n.surname}`;
};
const assignee = (g: Gen, at: number) => someoneAt(g, g.people, at).id;
const phone = (g: Gen) => `06-${between(g.r, 10_000_000, 99_999_999)}`;
const postcode = (g: Gen) => `${between(g.r, 1000, 9999)} ${String.fromCharCode(65 + between(g.r, 0, 25), 65 + between(g.r, 0, 25))}`;
const note = (g: Gen) => pick(g.r, SENTENCES);

/** A human number from a per-year series, like the app's `2026-K03-000042`. */
function seriesNumber(g: Gen, code: string, at: number): string {
  const year = new Date(at).getUTCFullYear();
  const key = `${code}${year}`;
  const n = (g.series.get(key) ?? 0) + 1;
  g.series.set(key, n);
  return `${year}-${code}01-${String(n).padStart(6, '0')}`;
}

/** Dossiers of the areas still to come: their audit lines sit in the same table and index. */
const DOSSIERS: DossierTable[] = [
  {
    table: 'complaints',
    series: 'K',
    weight: 3,
    insert: (g, at) => ({ status: 'ontvangen', channel: pick(g.r, ['telefoon', 'e-mail', 'brief', 'website']), subject: pick(g.r, SUBJECTS), receivedOn: day(at), memberName: memberName(g), assignedTo: assignee(g, at), dueDate: day(at + 42 * DAY), priority: 'normaal', summary: note(g), note: null }),
    update: { status: (g) => pick(g.r, ['in behandeling', 'wacht op lid', 'wacht op aanbieder', 'doorgestuurd', 'afgehandeld']), assignedTo: assignee, dueDate: (g, at) => day(at + between(g.r, 5, 42) * DAY), priority: (g) => pick(g.r, ['normaal', 'hoog', 'spoed']), summary: note, note },
  },
  {
    table: 'requests',
    series: 'A',
    weight: 3,
    insert: (g, at) => ({ status: 'nieuw', category: pick(g.r, ['vervoer', 'hulpmiddel', 'woningaanpassing', 'voucher']), memberName: memberName(g), assignedTo: assignee(g, at), amountCents: between(g.r, 2_500, 250_000), decisionOn: null, note: null }),
    update: { status: (g) => pick(g.r, ['in behandeling', 'aanvullen', 'toegekend', 'afgewezen']), assignedTo: assignee, amountCents: (g) => between(g.r, 2_500, 250_000), decisionOn: (_g, at) => day(at), note },
  },
  {
    table: 'members',
    weight: 2,
    insert: (g, at) => ({ memberNumber: String(between(g.r, 100_000, 999_999)), name: memberName(g), street: `${pick(g.r, STREETS)} ${between(g.r, 1, 180)}`, postcode: postcode(g), city: pick(g.r, CITIES), phone: phone(g), email: null, birthDate: day(at - between(g.r, 18, 95) * 365 * DAY) }),
    update: { street: (g) => `${pick(g.r, STREETS)} ${between(g.r, 1, 180)}`, postcode, city: (g) => pick(g.r, CITIES), phone, email: (g) => `lid${between(g.r, 1, 99_999)}@example.nl`, name: memberName },
  },
  {
    table: 'invoices',
    series: 'F',
    weight: 2,
    insert: (g, at) => ({ status: 'open', providerName: `${pick(g.r, ['Thuiszorg', 'Taxi', 'Hulpmiddelen', 'Klusbedrijf'])} ${pick(g.r, CITIES)}`, amountCents: between(g.r, 1_000, 500_000), invoiceDate: day(at), dueDate: day(at + 30 * DAY), paidOn: null, note: null }),
    update: { status: (g) => pick(g.r, ['gecontroleerd', 'goedgekeurd', 'betaald', 'betwist']), amountCents: (g) => between(g.r, 1_000, 500_000), dueDate: (g, at) => day(at + between(g.r, 7, 30) * DAY), paidOn: (_g, at) => day(at), note },
  },
  {
    table: 'callbacks',
    weight: 2,
    insert: (g, at) => ({ memberName: memberName(g), phone: phone(g), reason: pick(g.r, SUBJECTS), assignedTo: assignee(g, at), callBefore: day(at + between(g.r, 1, 3) * DAY), status: 'open', outcome: null }),
    update: { status: (g) => pick(g.r, ['gebeld', 'niet bereikt', 'afgehandeld']), assignedTo: assignee, callBefore: (g, at) => day(at + between(g.r, 1, 3) * DAY), outcome: note },
  },
];
const DOSSIER_WEIGHTS = DOSSIERS.flatMap((d) => Array<DossierTable>(d.weight).fill(d));
/** Fields per change: mostly one or two, now and then a whole form. */
const FIELDS_PER_CHANGE = [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5];

function dossierStep(g: Gen, kind: DossierTable, rec: Rec, at: number): Step {
  const fields = Object.keys(kind.update);
  const chosen = new Set(Array.from({ length: pick(g.r, FIELDS_PER_CHANGE) }, () => pick(g.r, fields)));
  const owner = rec.state.assignedTo;
  const userId = typeof owner === 'string' && g.r() < 0.7 ? owner : assignee(g, at);
  return { userId, patch: [...chosen].map((f) => [f, kind.update[f]!(g, at)]) };
}

/** The roster: a few administrators, a director, a manager per team, and employees hired over time. */
function makePeople(g: Gen, count: number, taken: Set<string>): Person[] {
  const r = g.r;
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const kind: Kind = i < 2 ? 'admin' : i === 2 ? 'director' : i < 2 + g.teamCount ? 'manager' : 'employee';
    const offset =
      kind === 'admin' ? between(r, 1, 6) * 3_600_000
      : kind !== 'employee' ? between(r, 6, 23) * 3_600_000
      : r() < 0.6 ? between(r, 1, 30) * DAY + between(r, 0, DAY)
      : between(r, 30, Math.max(31, Math.floor((g.end - g.start) / DAY) - 7)) * DAY;
    const createdAt = g.start + offset;
    const team = kind === 'admin' ? null : kind === 'director' ? 0 : kind === 'manager' ? i - 2 : r() < 0.03 ? 0 : between(r, 1, g.teamCount - 1);
    const { first, surname } = personName(r);
    people.push({ id: uuidV7(createdAt, r), createdAt, kind, first, surname, username: usernameFor(first, surname, taken), team });
  }
  return people;
}

const ROLES: Record<Kind, string[]> = { admin: ['admin'], director: ['director'], manager: ['manager'], employee: ['servicedesk'] };
const TITLES: Record<Kind, string> = { admin: 'Functioneel beheerder', director: 'Directeur', manager: 'Teammanager', employee: 'Medewerker servicedesk' };

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

const REDACTED_JSON = JSON.stringify(REDACTED_VALUE);
const encode = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
const sqlValue = (value: unknown) => (typeof value === 'boolean' ? Number(value) : Array.isArray(value) ? JSON.stringify(value) : (value ?? null));

/** Every transaction in time order, so `seq` follows `at` as it does in real use. */
function writeAll(sqlite: Database.Database, g: Gen, staffRecs: Rec[], teamRecs: Rec[]): { auditRows: number; changeLogRows: number } {
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
