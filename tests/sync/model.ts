import fc from 'fast-check';
import { members, persons } from '../../db/schema';
import { allocateNumber } from '../../core/numbering/allocate';
import { FAULTS, type Fault, type LabDesktop } from './lab';

/**
 * What the desktops of a convergence case do, as data: fast-check generates and shrinks it, and
 * `perform` carries it out through the real write path (core.write → writer → change log).
 */
export type Op =
  | { kind: 'createPerson'; d: number; lastName: string; city: string | null }
  | { kind: 'editPerson'; d: number; pick: number; field: 'city' | 'phone' | 'notes' | 'lastName'; value: string | null }
  | { kind: 'deletePerson'; d: number; pick: number }
  /** A member with a number: from this desktop's own series, or typed by hand (may collide). */
  | { kind: 'registerMember'; d: number; pick: number; handNumber: 'H-1' | null }
  | { kind: 'editMember'; d: number; pick: number; field: 'notes' | 'status'; value: string }
  | { kind: 'deleteMember'; d: number; pick: number }
  | { kind: 'sync'; d: number; fault: Fault; pageSize: number; batchSize: number; typeWhileSyncing: boolean }
  | { kind: 'tick'; d: number; ms: number };

const d = fc.nat({ max: 5 });
// Small: rows are picked by id (UUIDv7, so by age), and the oldest rows are the ones desktops share.
const pick = fc.nat({ max: 3 });
const names = ['Berg', 'Jansen', 'de Vries', 'Bakker', 'Visser'];
const cities = ['Woerden', 'Utrecht', 'Gouda'];

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('createPerson' as const), d, lastName: fc.constantFrom(...names), city: fc.option(fc.constantFrom(...cities)) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('editPerson' as const),
      d,
      pick,
      field: fc.constantFrom('city' as const, 'phone' as const, 'notes' as const, 'lastName' as const),
      // A small pool: two desktops often make the same change, or different ones to the same field.
      value: fc.option(fc.constantFrom('Utrecht', 'Gouda', 'Zeist', '0348 123 456', 'Pietersen'), { freq: 6 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deletePerson' as const), d, pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('registerMember' as const), d, pick, handNumber: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.constant('H-1') }) }) },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.record({ kind: fc.constant('editMember' as const), d, pick, field: fc.constant('notes' as const), value: fc.constantFrom('betaalt per kwartaal', 'verhuisd', 'n.v.t.') }),
      fc.record({ kind: fc.constant('editMember' as const), d, pick, field: fc.constant('status' as const), value: fc.constantFrom('actief', 'opgezegd', 'beeindigd') }),
    ),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteMember' as const), d, pick }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      d,
      fault: fc.constantFrom(...FAULTS),
      pageSize: fc.integer({ min: 1, max: 3 }),
      batchSize: fc.integer({ min: 1, max: 5 }),
      typeWhileSyncing: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 4, arbitrary: fc.constant(false) }),
    }),
  },
  // 0 ms: two desktops change the same field at the same instant (the device id decides).
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tick' as const), d, ms: fc.constantFrom(0, 1_000, 60_000, 3_600_000) }) },
);

function liveIds(desktop: LabDesktop, table: 'persons' | 'members'): string[] {
  return desktop.core.sqlite.prepare(`SELECT id FROM ${table} WHERE deleted_at IS NULL ORDER BY id`).pluck().all() as string[];
}

function pickFrom<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** A local change as a person makes it. Returns false when there was nothing to change (no row to pick). */
export function performLocal(desktop: LabDesktop, op: Exclude<Op, { kind: 'sync' | 'tick' }>): boolean {
  const { core } = desktop;
  const userId = `user-${desktop.name}`;
  const write = <T>(fn: Parameters<typeof core.write<T>>[1]) => core.write(userId, fn);
  switch (op.kind) {
    case 'createPerson':
      write((w) => w.insert(persons, { kind: 'persoon', initials: 'J.', lastName: op.lastName, city: op.city, sortName: `${op.lastName}, J.` }));
      return true;
    case 'editPerson': {
      const id = pickFrom(liveIds(desktop, 'persons'), op.pick);
      if (!id) return false;
      // The name and its sort name change together, as persons.update does.
      const patch = op.field === 'lastName' ? { lastName: op.value, sortName: `${op.value ?? ''}, J.` } : { [op.field]: op.value };
      write((w) => w.update(persons, id, patch));
      return true;
    }
    case 'deletePerson': {
      const id = pickFrom(liveIds(desktop, 'persons'), op.pick);
      if (!id) return false;
      write((w) => w.remove(persons, id));
      return true;
    }
    case 'registerMember': {
      // A hand-typed number that this desktop already holds would fail locally, as in the app.
      if (op.handNumber && core.sqlite.prepare('SELECT 1 FROM members WHERE membership_number = ?').get(op.handNumber)) return false;
      write((w) => {
        // An existing person, or one registered with the membership (as the intake form does).
        const personId =
          pickFrom(liveIds(desktop, 'persons'), op.pick) ?? w.insert(persons, { kind: 'persoon', initials: 'A.', lastName: 'Smit', sortName: 'Smit, A.' }).id;
        // The app's own series: a linked desktop puts the letter the server gave it in every number.
        const membershipNumber = op.handNumber ?? allocateNumber(w, core.db, 'members', { prefix: 'L' });
        return w.insert(members, { personId, membershipNumber, startDate: '2026-01-01', status: 'actief' });
      });
      return true;
    }
    case 'editMember': {
      const id = pickFrom(liveIds(desktop, 'members'), op.pick);
      if (!id) return false;
      write((w) => w.update(members, id, { [op.field]: op.value }));
      return true;
    }
    case 'deleteMember': {
      const id = pickFrom(liveIds(desktop, 'members'), op.pick);
      if (!id) return false;
      write((w) => w.remove(members, id));
      return true;
    }
  }
}
