import { afterFailedAttempt, isLocked, UNLOCKED } from '../../../core/auth/lockout';
import { JOB_TITLES, personName, SURNAMES, TEAM_DESCRIPTIONS, usernameFor } from './names';
import { someoneAt, type Gen, type Kind, type Person, type Rec, type Step, type Values } from './history';
import { between, DAY, pick, uuidV7 } from './random';

/** The roster: a few administrators, a director, a manager per team, and employees hired over time. */
export function makePeople(g: Gen, count: number, taken: Set<string>): Person[] {
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

export const ROLES: Record<Kind, string[]> = { admin: ['admin'], director: ['director'], manager: ['manager'], employee: ['servicedesk'] };
export const TITLES: Record<Kind, string> = { admin: 'Functioneel beheerder', director: 'Directeur', manager: 'Teammanager', employee: 'Medewerker servicedesk' };

export function staffStep(g: Gen, person: Person, rec: Rec, at: number): Step {
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

export function teamStep(g: Gen, rec: Rec, at: number, base: string): Step {
  const userId = someoneAt(g, g.admins, at).id;
  const description = pick(g.r, TEAM_DESCRIPTIONS);
  if (g.r() < 0.95) return { userId, patch: [['description', description]] };
  return { userId, patch: [['name', rec.state.name === base ? `Team ${base}` : base], ['description', description]] };
}
