import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { householdMembers as householdTable, members as membersTable, providers as providersTable } from '../../db/schema';
import type { ProcedureInput } from '../contracts';
import type { ClientSession } from '../context';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';

let t: TestCore;
let admin: ClientSession;
beforeEach(async () => {
  t = createTestCore();
  ({ admin } = await withAdmin(t));
});
afterEach(() => t.close());

type PersonInput = ProcedureInput<'persons.create'>;
const JAN: PersonInput = {
  kind: 'persoon', salutation: 'heer', initials: 'J', firstName: 'Jan', infix: 'van der', lastName: 'Berg',
  street: 'Kerkstraat', houseNumber: 12, houseNumberAddition: 'a', postcode: '3441ab', city: 'Woerden',
  phone: '06-12345678', email: 'Jan.vanderberg@Example.nl',
};
const create = (input: Partial<PersonInput> = {}) => t.ok('persons.create', { ...JAN, ...input }, admin);

describe('persons: entering and changing', () => {
  it('stores a person with derived sort name and phone digits, and shows names and address', async () => {
    const jan = await create({ phone: '+31 6 1234 5678', phoneAlt: '(030) 123 45 67' });
    expect(jan).toMatchObject({
      sortName: 'Berg, Jan van der',
      displayName: 'Jan van der Berg',
      postcode: '3441 AB',
      email: 'jan.vanderberg@example.nl',
      addressLine: 'Kerkstraat 12a, 3441 AB Woerden',
      roles: { memberships: [], households: [], providers: [] },
      mergedFrom: [],
    });
    const row = t.core.sqlite.prepare('SELECT phone_digits AS p, phone_alt_digits AS a FROM persons WHERE id = ?').get(jan.id);
    expect(row).toEqual({ p: '0612345678', a: '0301234567' });
  });

  it('refuses incomplete input with Dutch messages at the fields', async () => {
    const result = await t.core.call('persons.create', { ...JAN, lastName: '', postcode: '344 AB', email: null, preferredChannel: 'email' }, admin);
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid_input',
        fields: {
          lastName: 'Vul de achternaam in',
          postcode: 'Vul een postcode in als 1234 AB',
          email: 'Vul een e-mailadres in, of kies post als voorkeur',
        },
      },
    });
    const organisation = await t.core.call('persons.create', { kind: 'organisatie', organisationName: ' ' }, admin);
    expect(organisation).toMatchObject({ ok: false, error: { fields: { organisationName: 'Vul de naam van de organisatie in' } } });
    const badMail = await t.core.call('persons.create', { ...JAN, email: 'jan@' }, admin);
    expect(badMail).toMatchObject({ ok: false, error: { fields: { email: 'Vul een geldig e-mailadres in' } } });
  });

  it('an organisation keeps no personal name parts and sorts by its name', async () => {
    const org = await t.ok('persons.create', { ...JAN, kind: 'organisatie', organisationName: 'Bouwbedrijf Jansen B.V.' }, admin);
    expect(org).toMatchObject({ kind: 'organisatie', lastName: null, firstName: null, salutation: null, sortName: 'Bouwbedrijf Jansen B.V.', displayName: 'Bouwbedrijf Jansen B.V.' });
  });

  it('S3: an update is audited, re-derives the search columns and refuses a stale version', async () => {
    const jan = await create();
    const updated = await t.ok('persons.update', { ...JAN, id: jan.id, version: jan.version, infix: 'van den', phone: '0348 123 456' }, admin);
    expect(updated).toMatchObject({ sortName: 'Berg, Jan van den', version: 2 });
    expect(t.core.sqlite.prepare('SELECT phone_digits FROM persons WHERE id = ?').pluck().get(jan.id)).toBe('0348123456');
    const audit = await t.ok('audit.history', { tableName: 'persons', rowId: jan.id }, admin);
    expect(JSON.stringify(audit)).toContain('van den');
    const stale = await t.core.call('persons.update', { ...JAN, id: jan.id, version: jan.version }, admin);
    expect(stale).toMatchObject({ ok: false, error: { code: 'record.stale' } });
  });

  it('shows the roles a person has: member, household member, provider and provider contact', async () => {
    const jan = await create();
    const piet = await create({ firstName: 'Piet', phone: null, email: null });
    const company = await create({ kind: 'organisatie', organisationName: 'Klusbedrijf Berg', phone: null, email: null });
    t.core.write(null, (w) => {
      const member = w.insert(membersTable, { personId: jan.id, membershipNumber: 'L000007', startDate: '2026-01-01', endDate: null, status: 'actief', notes: null });
      w.insert(householdTable, { memberId: member.id, personId: piet.id, relation: 'kind' });
      w.insert(providersTable, { personId: company.id, contactPersonId: jan.id, providerType: 'bedrijf', kvkNumber: '12345678', screeningStatus: 'goedgekeurd', regions: [] });
    });
    const janPage = await t.ok('persons.get', { id: jan.id }, admin);
    expect(janPage.roles.memberships).toEqual([expect.objectContaining({ membershipNumber: 'L000007', status: 'actief' })]);
    expect(janPage.roles.providers).toEqual([expect.objectContaining({ role: 'contactpersoon', name: 'Klusbedrijf Berg', kvkNumber: '12345678' })]);
    expect((await t.ok('persons.get', { id: piet.id }, admin)).roles.households).toEqual([
      expect.objectContaining({ membershipNumber: 'L000007', relation: 'kind', memberName: 'Jan van der Berg' }),
    ]);
    expect((await t.ok('persons.get', { id: company.id }, admin)).roles.providers).toEqual([expect.objectContaining({ role: 'dienstverlener' })]);
  });
});

describe('persons: the long list', () => {
  it('pages with a total, sorts by name, place or postcode, and filters by kind and text', async () => {
    await create({ firstName: 'Anna', lastName: 'Aalbers', infix: null, city: 'Utrecht', postcode: '3511 AA', phone: null, email: null });
    await create({ firstName: 'Zeno', lastName: 'Zwart', infix: null, city: 'Amersfoort', postcode: '3811 AA', phone: null, email: null });
    await create();
    await t.ok('persons.create', { kind: 'organisatie', organisationName: 'Bakkerij Brood', city: 'Gouda' }, admin);

    const byName = await t.ok('persons.list', { limit: 2 }, admin);
    expect(byName.total).toBe(4);
    expect(byName.rows.map((r) => r.sortName)).toEqual(['Aalbers, Anna', 'Bakkerij Brood']);
    const next = await t.ok('persons.list', { offset: 2, limit: 2 }, admin);
    expect(next.rows.map((r) => r.sortName)).toEqual(['Berg, Jan van der', 'Zwart, Zeno']);
    const byCity = await t.ok('persons.list', { sort: 'city', direction: 'desc' }, admin);
    expect(byCity.rows.map((r) => r.city)).toEqual(['Woerden', 'Utrecht', 'Gouda', 'Amersfoort']);
    const byPostcode = await t.ok('persons.list', { sort: 'postcode', kind: 'persoon' }, admin);
    expect(byPostcode.rows.map((r) => r.postcode)).toEqual(['3441 AB', '3511 AA', '3811 AA']);
    expect((await t.ok('persons.list', { text: 'berg jan' }, admin)).rows.map((r) => r.displayName)).toEqual(['Jan van der Berg']);
    expect((await t.ok('persons.list', { text: '3511' }, admin)).total).toBe(1);
    expect((await t.ok('persons.list', { kind: 'organisatie' }, admin)).rows.map((r) => r.displayName)).toEqual(['Bakkerij Brood']);
    // The total is reused while paging, and counted again after any change.
    await create({ firstName: 'Bert', lastName: 'Bos', infix: null, phone: null, email: null });
    expect(await t.ok('persons.list', { limit: 1 }, admin)).toMatchObject({ total: 5, totalCapped: false });
  });

  it('exports the filtered list as CSV for Excel', async () => {
    await create({ notes: null });
    const csv = await t.ok('persons.exportCsv', { kind: 'persoon' }, admin);
    expect(csv).toMatchObject({ filename: 'Personen 2026-11-21.csv', rows: 1 });
    const [header, line] = csv.text.slice(1).split('\r\n');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(header).toBe('Soort;Sorteernaam;Naam;Aanhef;Straat;Huisnummer;Postcode;Plaats;Land;Telefoon;Telefoon 2;E-mail;Voorkeur;Aangemaakt op');
    expect(line).toBe('Persoon;Berg, Jan van der;Jan van der Berg;De heer;Kerkstraat;12a;3441 AB;Woerden;;"=""06-12345678""";;jan.vanderberg@example.nl;Per post;21-11-2026');
  });
});

describe('persons: duplicates on entry', () => {
  it('finds the same address (with addition), phone in any format and e-mail, each with its reason in Dutch', async () => {
    const jan = await create();
    const check = (input: ProcedureInput<'persons.checkDuplicates'>) => t.ok('persons.checkDuplicates', input, admin);

    expect(await check({ postcode: '3441 AB', houseNumber: 12, houseNumberAddition: 'A' })).toEqual([
      expect.objectContaining({ personId: jan.id, displayName: 'Jan van der Berg', reasons: [{ code: 'adres', text: 'Zelfde adres (3441 AB 12a)' }] }),
    ]);
    expect(await check({ postcode: '3441ab', houseNumber: '12', houseNumberAddition: 'b' })).toEqual([]);
    expect(await check({ postcode: '3441 AB', houseNumber: 12 })).toEqual([]);
    expect((await check({ phone: '+31 6 1234 5678' }))[0]?.reasons).toEqual([{ code: 'telefoon', text: 'Zelfde telefoonnummer (06-12345678)' }]);
    expect((await check({ phoneAlt: '0031612345678' }))[0]?.personId).toBe(jan.id);
    expect((await check({ email: 'JAN.vanderberg@example.nl' }))[0]?.reasons).toEqual([{ code: 'email', text: 'Zelfde e-mailadres (jan.vanderberg@example.nl)' }]);

    const all = await check({ postcode: '3441 AB', houseNumber: 12, houseNumberAddition: 'a', phone: '0612345678', email: 'jan.vanderberg@example.nl' });
    expect(all[0]?.reasons.map((r) => r.code)).toEqual(['adres', 'telefoon', 'email']);
    expect(await check({ excludeId: jan.id, phone: '0612345678' })).toEqual([]);
    // Half-typed fields are not errors while the form is being filled in.
    expect(await check({ postcode: '34', phone: '06' })).toEqual([]);
  });
});
