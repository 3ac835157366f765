import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { BARAN, GOKHAN, JEANETTE, ZOE } from './test-helpers';

let t: TestCore;
beforeEach(() => {
  t = createTestCore('2026-11-21T09:00:00Z');
});
afterEach(() => t.close());

async function threeMembers() {
  const { admin } = await withAdmin(t);
  const jeanette = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2026-12-01', household: [{ newPerson: ZOE, relation: 'kind' }] }, admin);
  const baran = await t.ok('members.register', { newPerson: BARAN, startDate: '2025-03-01' }, admin);
  const gokhan = await t.ok('members.register', { newPerson: GOKHAN, startDate: '2026-01-15' }, admin);
  await t.ok('members.update', { id: gokhan.member.id, status: 'opgezegd', endDate: '2026-12-31' }, admin);
  return { admin, jeanette: jeanette.member, baran: baran.member, gokhan: gokhan.member };
}

describe('members.list', () => {
  it('pages like persons.list: { offset, limit } in, { total, offset, rows } out, sorted by number by default', async () => {
    const { admin } = await threeMembers();
    const page = await t.ok('members.list', { offset: 1, limit: 1 }, admin);
    expect(page).toMatchObject({ total: 3, offset: 1, rows: [{ membershipNumber: 'L000002', displayName: 'Baran Özdemir', addressLine: 'Rijnstraat 12, 3441 BX Woerden' }] });
  });

  it('sorts by name (in the order of the person list) and by start date, both ways', async () => {
    const { admin } = await threeMembers();
    const byName = await t.ok('members.list', { sort: 'sortName' }, admin);
    const persons = await t.ok('persons.list', { sort: 'sortName' }, admin);
    const memberNames = new Set(byName.rows.map((r) => r.sortName));
    expect(byName.rows.map((r) => r.sortName)).toEqual(persons.rows.map((r) => r.sortName).filter((n) => memberNames.has(n)));
    expect(memberNames.size).toBe(3);
    const byStart = await t.ok('members.list', { sort: 'startDate', direction: 'desc' }, admin);
    expect(byStart.rows.map((r) => r.startDate)).toEqual(['2026-12-01', '2026-01-15', '2025-03-01']);
  });

  it('the name sort follows a person renamed later (the member keeps its person\'s sort name)', async () => {
    const { admin, baran } = await threeMembers();
    const person = await t.ok('persons.get', { id: baran.person.id }, admin);
    const { id, version, kind, salutation, initials, firstName, infix, street, houseNumber, houseNumberAddition, postcode, city, country, phone, phoneAlt, email, preferredChannel, notes } = person;
    await t.ok('persons.update', { id, version, kind, salutation, initials, firstName, infix, lastName: 'Aydın', street, houseNumber, houseNumberAddition, postcode, city, country, phone, phoneAlt, email, preferredChannel, notes }, admin);
    const byName = await t.ok('members.list', { sort: 'sortName' }, admin);
    expect(byName.rows[0]).toMatchObject({ id: baran.id, sortName: 'Aydın, Baran' });
  });

  it('filters on status and on text: name, membership number (with or without L and zeros), phone, postcode', async () => {
    const { admin, jeanette, gokhan } = await threeMembers();
    expect((await t.ok('members.list', { status: 'opgezegd' }, admin)).rows.map((r) => r.id)).toEqual([gokhan.id]);
    expect(await t.ok('members.list', { status: 'beeindigd' }, admin)).toMatchObject({ total: 0, rows: [] });
    const names = (text: string) => t.ok('members.list', { text }, admin).then((r) => r.rows.map((row) => row.membershipNumber));
    expect(await names('vries')).toEqual(['L000001']);
    expect(await names('ozdem')).toEqual(['L000002']);
    expect(await names('L000003')).toEqual(['L000003']);
    expect(await names('3')).toEqual(['L000003']);
    expect(await names('06 1234')).toEqual(['L000001']);
    expect(await names('3449 AB 7')).toEqual(['L000001', 'L000003']);
    expect(await names('???')).toEqual([]);
    expect((await t.ok('members.list', { text: 'vries', status: 'actief' }, admin)).rows[0]!.id).toBe(jeanette.id);
  });

  it('L1: a huisgenoot on the phone finds the membership that covers them', async () => {
    const { admin, jeanette } = await threeMembers();
    const found = await t.ok('members.list', { text: 'zoë' }, admin);
    expect(found.rows.map((r) => r.id)).toEqual([jeanette.id]);
  });
});
