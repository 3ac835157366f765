import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { BARAN, createPerson, docxText, documentRows, GOKHAN, JEANETTE, withCreditorId, ZOE } from './test-helpers';

let t: TestCore;
beforeEach(() => {
  t = createTestCore('2026-11-21T09:00:00Z');
});
afterEach(() => t.close());

describe('registering a member', () => {
  it('L1: a membership covers the household: each huisgenoot is a person of its own, linked to the member', async () => {
    const { admin } = await withAdmin(t);
    const gokhanId = await createPerson(t, admin, GOKHAN);
    const { member } = await t.ok(
      'members.register',
      { newPerson: JEANETTE, startDate: '2026-12-01', household: [{ personId: gokhanId, relation: 'partner' }, { newPerson: ZOE, relation: 'kind' }] },
      admin,
    );
    expect(member).toMatchObject({ membershipNumber: 'L000001', status: 'actief', startDate: '2026-12-01', endDate: null, person: { displayName: 'Jeanette de Vries-Ünal' } });
    expect(member.household.map((h) => [h.displayName, h.relation])).toEqual([
      ['Gökhan Ünal', 'partner'],
      ['Zoë de Vries', 'kind'],
    ]);
    expect(member.household[0]!.personId).toBe(gokhanId);
    // Each huisgenoot is a person that knows its household.
    const zoe = await t.ok('persons.get', { id: member.household[1]!.personId }, admin);
    expect(zoe.roles.households).toMatchObject([{ memberId: member.id, membershipNumber: 'L000001', relation: 'kind' }]);
  });

  it('membership numbers come from the number series, consecutive; a failed registration does not use one', async () => {
    const { admin } = await withAdmin(t);
    const jeanette = await createPerson(t, admin, JEANETTE);
    const first = await t.ok('members.register', { personId: jeanette, startDate: '2026-12-01' }, admin);
    expect(first.member.membershipNumber).toBe('L000001');

    const again = await t.core.call('members.register', { personId: jeanette, startDate: '2027-01-01' }, admin);
    expect(again).toMatchObject({ ok: false, error: { code: 'member.already_member', fields: { personId: 'Deze persoon is al lid (lidmaatschapsnummer L000001).' } } });
    // A failure after the number was allocated (the household check comes later) rolls the number back too.
    const self = await t.core.call('members.register', { newPerson: BARAN, startDate: '2026-12-01', household: [{ newPerson: ZOE, relation: 'kind' }, { personId: jeanette, relation: 'partner' }, { personId: jeanette, relation: 'partner' }] }, admin);
    expect(self).toMatchObject({ ok: false, error: { code: 'member.household_duplicate', fields: { 'household.2.personId': expect.any(String) } } });
    expect(t.core.sqlite.prepare(`SELECT count(*) AS n FROM persons WHERE last_name = 'Özdemir'`).get()).toEqual({ n: 0 });

    const next = await t.ok('members.register', { newPerson: BARAN, startDate: '2026-12-01' }, admin);
    expect(next.member.membershipNumber).toBe('L000002');
  });

  it('asks for a person: an existing one or a new one', async () => {
    const { admin } = await withAdmin(t);
    const neither = await t.core.call('members.register', { startDate: '2026-12-01' }, admin);
    expect(neither).toMatchObject({ ok: false, error: { kind: 'invalid_input', fields: { personId: 'Kies een bestaande persoon of vul een nieuwe persoon in' } } });
    const badDate = await t.core.call('members.register', { newPerson: BARAN, startDate: '2026-02-30' }, admin);
    expect(badDate).toMatchObject({ ok: false, error: { fields: { startDate: 'Dit is geen bestaande datum' } } });
  });

  it('L2: registering produces the membership letter in the member\'s dossier, with the membership number in it', async () => {
    const { admin } = await withAdmin(t);
    const result = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2026-12-01', household: [{ newPerson: ZOE, relation: 'kind' }] }, admin);
    expect(result.documentErrors).toEqual([]);
    expect(result.documents).toMatchObject([{ typeKey: 'membership-letter', typeName: 'Ledenbrief', dossierKind: 'member', dossierId: result.member.id, status: 'concept' }]);
    const [row] = documentRows(t, result.member.id);
    expect(row).toMatchObject({ typeKey: 'membership-letter', dossierKind: 'member' });
    const text = await docxText(t, row!.filePath);
    expect(text).toContain('Welkom als lid, lidmaatschapsnummer L000001');
    expect(text).toContain('Mevrouw J.A. de Vries-Ünal');
    expect(text).toContain('Zoë de Vries (kind)');
    expect(text).toContain('€ 23,50 per kalenderjaar');
    expect((await t.ok('members.get', { id: result.member.id }, admin)).documentsCount).toBe(1);
  });

  it('L2: a letter that cannot be made is reported in Dutch; the member is registered all the same', async () => {
    const { admin } = await withAdmin(t);
    const result = await t.ok('members.register', { newPerson: { kind: 'persoon', lastName: 'Zonder Adres' }, startDate: '2026-12-01' }, admin);
    expect(result.member.membershipNumber).toBe('L000001');
    expect(result.documents).toEqual([]);
    expect(result.documentErrors).toEqual([{ typeKey: 'membership-letter', message: expect.stringMatching(/^Controleer de gegevens van het lid: .*straat en huisnummer/) }]);
  });

  it('L3: on request the mandate form (T9) comes with the letter, which says it is enclosed', async () => {
    const { admin } = await withAdmin(t);
    await withCreditorId(t, admin);
    const result = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2026-12-01', requestMandateForm: true }, admin);
    expect(result.documents.map((d) => d.typeKey)).toEqual(['membership-letter', 'mandate-form']);
    const [letter, form] = documentRows(t, result.member.id);
    expect(await docxText(t, letter!.filePath)).toContain('Machtigingsformulier Europese Incasso');
    const formText = await docxText(t, form!.filePath);
    expect(formText).toContain('L000001-M01');
    expect(formText).toContain('NL98ZZZ999999999999');
    expect(formText).toContain('Door ondertekening van dit formulier geeft u toestemming aan Servicedesk Woerden');
  });

  it('L3: without the incassant-ID the form is not made (it would not be valid); the member and the letter stand', async () => {
    const { admin } = await withAdmin(t);
    const result = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2026-12-01', requestMandateForm: true }, admin);
    expect(result.documents.map((d) => d.typeKey)).toEqual(['membership-letter']);
    expect(result.documentErrors).toEqual([{ typeKey: 'mandate-form', message: expect.stringContaining('incassant-ID') }]);
  });
});

describe('contribution (L1)', () => {
  it('L1: EUR 23.50 per calendar year by default; an amount set for a year applies to that year only', async () => {
    const { admin } = await withAdmin(t);
    expect(await t.ok('members.getContributionRates', {}, admin)).toEqual({ defaultCents: 2350, rates: [] });
    const { member } = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2026-12-01' }, admin);
    expect(member.contribution).toEqual({ year: 2026, amountCents: 2350, isDefault: true });

    await t.ok('members.setContributionRate', { year: 2027, amountCents: 2495 }, admin);
    await t.ok('members.setContributionRate', { year: 2027, amountCents: 2500 }, admin);
    expect(await t.ok('members.getContributionRates', {}, admin)).toEqual({ defaultCents: 2350, rates: [{ year: 2027, amountCents: 2500 }] });
    expect((await t.ok('members.get', { id: member.id }, admin)).contribution).toEqual({ year: 2026, amountCents: 2350, isDefault: true });
    t.clock.set('2027-01-02T09:00:00Z');
    expect((await t.ok('members.get', { id: member.id }, admin)).contribution).toEqual({ year: 2027, amountCents: 2500, isDefault: false });
    t.clock.set('2028-01-02T09:00:00Z');
    expect((await t.ok('members.get', { id: member.id }, admin)).contribution).toEqual({ year: 2028, amountCents: 2350, isDefault: true });
  });

  it('L1: a letter for a membership starting next year states next year\'s contribution', async () => {
    const { admin } = await withAdmin(t);
    await t.ok('members.setContributionRate', { year: 2027, amountCents: 2495 }, admin);
    const { member } = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2027-01-01' }, admin);
    const [row] = documentRows(t, member.id);
    expect(await docxText(t, row!.filePath)).toContain('€ 24,95 per kalenderjaar');
  });

  it('L1: the amount is checked: whole cents, not negative', async () => {
    const { admin } = await withAdmin(t);
    const result = await t.core.call('members.setContributionRate', { year: 2027, amountCents: -1 }, admin);
    expect(result).toMatchObject({ ok: false, error: { fields: { amountCents: 'Het bedrag kan niet negatief zijn' } } });
  });
});

describe('household and membership changes', () => {
  it('L1: huisgenoten are added and removed (tombstoned, kept in the audit trail); the member itself or a double is refused', async () => {
    const { admin } = await withAdmin(t);
    const { member } = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2026-12-01' }, admin);
    const withZoe = await t.ok('members.addHouseholdMember', { memberId: member.id, newPerson: ZOE, relation: 'kind' }, admin);
    const zoe = withZoe.household[0]!;
    const twice = await t.core.call('members.addHouseholdMember', { memberId: member.id, personId: zoe.personId, relation: 'kind' }, admin);
    expect(twice).toMatchObject({ ok: false, error: { code: 'member.household_duplicate', fields: { personId: expect.any(String) } } });
    const self = await t.core.call('members.addHouseholdMember', { memberId: member.id, personId: member.person.id, relation: 'partner' }, admin);
    expect(self).toMatchObject({ ok: false, error: { code: 'member.household_self' } });

    const without = await t.ok('members.removeHouseholdMember', { id: zoe.id }, admin);
    expect(without.household).toEqual([]);
    expect(t.core.sqlite.prepare('SELECT deleted_at IS NOT NULL AS gone FROM household_members WHERE id = ?').get(zoe.id)).toEqual({ gone: 1 });
    // Removed, so Zoë may be added again.
    expect((await t.ok('members.addHouseholdMember', { memberId: member.id, personId: zoe.personId, relation: 'kind' }, admin)).household).toHaveLength(1);
  });

  it('ending a membership needs an end date on or after the start; an active one has none', async () => {
    const { admin } = await withAdmin(t);
    const { member } = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2026-12-01' }, admin);
    const noEnd = await t.core.call('members.update', { id: member.id, status: 'opgezegd' }, admin);
    expect(noEnd).toMatchObject({ ok: false, error: { code: 'member.end_date_required', fields: { endDate: expect.any(String) } } });
    const early = await t.core.call('members.update', { id: member.id, status: 'beeindigd', endDate: '2026-11-30' }, admin);
    expect(early).toMatchObject({ ok: false, error: { code: 'member.end_before_start', message: 'De einddatum ligt vóór de ingangsdatum.' } });
    const ended = await t.ok('members.update', { id: member.id, version: member.version, status: 'opgezegd', endDate: '2027-12-31', notes: 'Opgezegd per brief' }, admin);
    expect(ended).toMatchObject({ status: 'opgezegd', endDate: '2027-12-31', notes: 'Opgezegd per brief' });
    const stale = await t.core.call('members.update', { id: member.id, version: member.version, notes: 'Oud scherm' }, admin);
    expect(stale).toMatchObject({ ok: false, error: { code: 'record.stale' } });
    const back = await t.core.call('members.update', { id: member.id, status: 'actief' }, admin);
    expect(back).toMatchObject({ ok: false, error: { code: 'member.active_with_end_date' } });
    expect(await t.ok('members.update', { id: member.id, status: 'actief', endDate: null }, admin)).toMatchObject({ status: 'actief', endDate: null });
  });

  it('merging a duplicate person moves the membership and the household to the kept person', async () => {
    const { admin } = await withAdmin(t);
    const { member } = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2026-12-01', household: [{ newPerson: ZOE, relation: 'kind' }] }, admin);
    const kept = await createPerson(t, admin, { ...JEANETTE, lastName: 'Vries', phone: null });
    await t.ok('persons.merge', { keepId: kept, mergeId: member.person.id }, admin);
    const after = await t.ok('members.get', { id: member.id }, admin);
    expect(after.person).toMatchObject({ id: kept, sortName: 'Vries, Jeanette de' });
    const listed = await t.ok('members.list', { sort: 'sortName', text: 'vries' }, admin);
    expect(listed.rows.map((r) => [r.id, r.sortName])).toEqual([[member.id, 'Vries, Jeanette de']]);
    const zoeMerged = await createPerson(t, admin, ZOE);
    await t.ok('persons.merge', { keepId: zoeMerged, mergeId: after.household[0]!.personId }, admin);
    expect((await t.ok('members.get', { id: member.id }, admin)).household.map((h) => h.personId)).toEqual([zoeMerged]);
  });

  it('a person whose membership ended may become a member again, with a new number', async () => {
    const { admin } = await withAdmin(t);
    const { member } = await t.ok('members.register', { newPerson: JEANETTE, startDate: '2026-01-01' }, admin);
    await t.ok('members.update', { id: member.id, status: 'beeindigd', endDate: '2026-06-30' }, admin);
    const again = await t.ok('members.register', { personId: member.person.id, startDate: '2026-12-01' }, admin);
    expect(again.member.membershipNumber).toBe('L000002');
  });
});
