import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { householdMembers, members, persons, providers } from '../../db/schema';
import type { ProcedureInput } from '../contracts';
import type { ClientSession } from '../context';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';

let t: TestCore;
let admin: ClientSession;
const ids: Record<string, string> = {};

beforeEach(async () => {
  t = createTestCore();
  ({ admin } = await withAdmin(t));
  const create = async (key: string, input: ProcedureInput<'persons.create'>) => {
    ids[key] = (await t.ok('persons.create', input, admin)).id;
  };
  await create('jan', {
    kind: 'persoon', firstName: 'Jan', initials: 'J', infix: 'van der', lastName: 'Berg', street: 'Kerkstraat', houseNumber: 12, houseNumberAddition: 'A',
    postcode: '3441 AB', city: 'Woerden', phone: '06-12345678', phoneAlt: '(030) 123 45 67', email: 'jan.vanderberg@example.nl',
  });
  await create('ayse', { kind: 'persoon', firstName: 'Ayşe', lastName: 'Ünal', street: 'Kerkstraat', houseNumber: 12, houseNumberAddition: 'B', postcode: '3441 AB', city: 'Woerden', phone: '+31 6 8765 4321' });
  await create('emre', { kind: 'persoon', firstName: 'Emre', lastName: 'Yılmaz', postcode: '3442 CD', houseNumber: 5, phone: '0348-123456' });
  await create('kees', { kind: 'persoon', firstName: 'Kees', lastName: 'Bergman', phone: '0031 6 1299 9999' });
  await create('bouw', { kind: 'organisatie', organisationName: 'Bouwbedrijf De Graaf B.V.', city: 'Gouda' });
  t.core.write(null, (w) => {
    const member = w.insert(members, { personId: ids.jan!, membershipNumber: 'L000123', startDate: '2026-01-01', endDate: null, status: 'actief', notes: null });
    ids.member = member.id;
    w.insert(householdMembers, { memberId: member.id, personId: ids.ayse!, relation: 'partner' });
    ids.provider = w.insert(providers, { personId: ids.bouw!, providerType: 'bedrijf', kvkNumber: '01234567', screeningStatus: 'goedgekeurd', regions: [] }).id;
  });
});
afterEach(() => t.close());

const search = (query: string) => t.ok('search.everywhere', { query }, admin);
const found = async (query: string) => (await search(query)).hits.map((h) => Object.keys(ids).find((k) => ids[k] === h.personId));

describe('search.everywhere: one box for everything (K2: fast intake on the phone)', () => {
  it('finds names by word prefixes in any order, with tussenvoegsels, diacritics folded', async () => {
    expect(await found('van der berg')).toEqual(['jan']);
    expect(await found('berg jan')).toEqual(['jan']);
    expect(await found('jan van d')).toEqual(['jan']);
    expect(await found('berg')).toEqual(['jan', 'kees']);
    expect(await found('unal')).toEqual(['ayse']);
    expect(await found('ayse ünal')).toEqual(['ayse']);
    expect(await found('yilmaz')).toEqual(['emre']);
    expect(await found('Yılm')).toEqual(['emre']);
    expect(await found('graaf bouw')).toEqual(['bouw']);
    const hit = (await search('van der berg')).hits[0]!;
    expect(hit).toMatchObject({ kind: 'member', id: ids.member, personId: ids.jan, matchedOn: 'naam', title: 'Jan van der Berg', badges: ['Lid L000123'] });
    expect(hit.subtitle).toBe('Kerkstraat 12a, 3441 AB Woerden · 06-12345678');
  });

  it('finds phone numbers however they are typed, also the second number', async () => {
    for (const typed of ['0612345678', '06-12345678', '06 1234 5678', '+31 6 1234 5678', '0031612345678', '+31 (0)6 12345678', '06-1234']) {
      expect(await found(typed), typed).toEqual(['jan']);
    }
    expect(await found('030 123 45 67')).toEqual(['jan']);
    expect(await found('(030) 1234')).toEqual(['jan']);
    expect(await found('06-8765')).toEqual(['ayse']);
    expect(await found('0348 12')).toEqual(['emre']);
    expect((await search('06')).hits.map((h) => h.matchedOn)).toEqual(['telefoon', 'telefoon', 'telefoon']);
  });

  it('finds postcode and house number in every notation, with the addition narrowing it down', async () => {
    expect(await found('3441 AB 12')).toEqual(['jan', 'ayse']);
    expect(await found('3441ab12')).toEqual(['jan', 'ayse']);
    expect(await found('3441AB 12-a')).toEqual(['jan']);
    expect(await found('3441 ab 12 b')).toEqual(['ayse']);
    expect(await found('3442 CD 5')).toEqual(['emre']);
    expect(await found('3441 AB')).toEqual(['jan', 'ayse']);
    expect(await found('344')).toEqual([]);
    const ayse = (await search('3441 AB 12 B')).hits[0]!;
    expect(ayse).toMatchObject({ kind: 'person', id: ids.ayse, badges: ['Huisgenoot van L000123'], matchedOn: 'postcode' });
  });

  it('finds e-mail addresses, membership numbers and KvK numbers', async () => {
    expect(await found('Jan.vanderB')).toEqual([]);
    expect(await found('jan.vanderberg@')).toEqual(['jan']);
    expect(await found('l000123')).toEqual(['jan']);
    expect(await found('L0001')).toEqual(['jan']);
    const provider = (await search('01234567')).hits;
    expect(provider).toEqual([
      expect.objectContaining({ kind: 'provider', id: ids.provider, personId: ids.bouw, matchedOn: 'kvk', badges: ['Dienstverlener · KvK 01234567'] }),
    ]);
    expect((await search('0123 4567')).hits[0]?.matchedOn).toBe('kvk');
  });

  it('leaves out tombstoned persons and says when there is more to find', async () => {
    t.core.write(null, (w) => w.remove(members, ids.member!));
    expect((await search('van der berg')).hits[0]).toMatchObject({ kind: 'person', id: ids.jan, badges: [] });
    t.core.write(null, (w) => w.remove(persons, ids.kees!));
    expect(await found('berg')).toEqual(['jan']);
    const many = await t.ok('search.everywhere', { query: 'kerkstraat', limit: 1 }, admin);
    expect(many).toMatchObject({ hits: [], more: false });
    expect(await t.ok('search.everywhere', { query: '3441 AB', limit: 1 }, admin)).toMatchObject({ hits: [expect.anything()], more: true });
    expect(await search('')).toEqual({ query: '', hits: [], more: false });
  });
});
