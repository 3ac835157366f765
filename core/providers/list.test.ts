import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput } from '../contracts';
import type { ClientSession } from '../context';
import { createTestCore, type TestCore } from '../testing/harness';
import { EXPIRING_INSURANCE_SQL } from './list';
import { addPerson, completeBusiness, completePrivate, providerOffice, screenUpToVisit } from './test-helpers';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

type ListInput = ProcedureInput<'providers.list'>;

/** Four providers of both types, in every kind of state. Today is 2026-11-21. */
async function fourProviders() {
  const { admin, adminUser, cat } = await providerOffice(t);
  const contact = addPerson(t, adminUser.id, { kind: 'persoon', firstName: 'Piet', lastName: 'Pieterse' });
  const devries = await t.ok('providers.register', completeBusiness(cat, { contactPersonId: contact }), admin);
  await screenUpToVisit(t, devries.id, admin);
  await t.ok('providers.advanceScreening', { id: devries.id, step: 'goedgekeurd' }, admin);
  const jansen = await t.ok('providers.register', completePrivate(cat), admin);
  await screenUpToVisit(t, jansen.id, admin);
  const unal = await t.ok(
    'providers.register',
    completePrivate(cat, {
      newPerson: { kind: 'persoon', firstName: 'Ünal', lastName: 'Yılmaz', city: 'Zegveld', postcode: '3474 KA' },
      services: [{ categoryId: cat('Vervoer'), experience: 'Taxichauffeur' }],
      regions: [{ place: 'Zegveld' }],
      insuredUntil: '2026-12-01',
    }),
    admin,
  );
  const bakker = await t.ok(
    'providers.register',
    completeBusiness(cat, {
      newPerson: { kind: 'organisatie', organisationName: 'Schoonmaak Bakker BV', city: 'Bodegraven' },
      kvkNumber: '87654321',
      services: [{ categoryId: cat('Schoonmaak') }],
      regions: [{ from: '3481', to: '3481' }],
      insuredUntil: null,
    }),
    admin,
  );
  await t.ok('providers.advanceScreening', { id: bakker.id, step: 'afgewezen', rejectionReason: 'Niet bereikbaar' }, admin);
  return { admin, cat, ids: { devries: devries.id, jansen: jansen.id, unal: unal.id, bakker: bakker.id } };
}

async function names(input: ListInput, session: ClientSession): Promise<string[]> {
  return (await t.ok('providers.list', input, session)).rows.map((r) => r.name);
}

describe('providers.list', () => {
  it('lists every provider by name with its categories, status and insurance', async () => {
    const { admin } = await fourProviders();
    const page = await t.ok('providers.list', {}, admin);
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.name)).toEqual(['Kees Jansen', 'Klusbedrijf De Vries', 'Schoonmaak Bakker BV', 'Ünal Yılmaz']);
    expect(page.rows[1]).toMatchObject({
      providerType: 'bedrijf',
      city: 'Woerden',
      kvkNumber: '12345678',
      screeningStatus: 'goedgekeurd',
      insurance: { status: 'geldig' },
      categories: ['Klussen in en om het huis', 'Schilderwerk'],
      regions: [{ from: '3440', to: '3449' }],
    });
    expect(page.rows[3]).toMatchObject({ insurance: { status: 'verloopt_binnenkort', daysLeft: 10 } });
    expect(await names({ direction: 'desc' }, admin)).toEqual(['Ünal Yılmaz', 'Schoonmaak Bakker BV', 'Klusbedrijf De Vries', 'Kees Jansen']);
  });

  it('pages for a virtual list: offset and limit, with the total of all matches', async () => {
    const { admin } = await fourProviders();
    const first = await t.ok('providers.list', { offset: 0, limit: 3 }, admin);
    const second = await t.ok('providers.list', { offset: 3, limit: 3 }, admin);
    expect([first.total, second.total]).toEqual([4, 4]);
    expect(first.rows.map((r) => r.name)).toEqual(['Kees Jansen', 'Klusbedrijf De Vries', 'Schoonmaak Bakker BV']);
    expect(second.rows.map((r) => r.name)).toEqual(['Ünal Yılmaz']);
    expect(await t.ok('providers.list', { offset: 10 }, admin)).toEqual({ rows: [], total: 4, offset: 10 });
  });

  it('D1: filters on type', async () => {
    const { admin } = await fourProviders();
    expect(await names({ providerType: 'particulier' }, admin)).toEqual(['Kees Jansen', 'Ünal Yılmaz']);
    expect(await names({ providerType: 'bedrijf' }, admin)).toEqual(['Klusbedrijf De Vries', 'Schoonmaak Bakker BV']);
  });

  it('D2: filters on screening status; approved ones only for search and matching', async () => {
    const { admin } = await fourProviders();
    expect(await names({ screeningStatus: 'bezocht' }, admin)).toEqual(['Kees Jansen']);
    expect(await names({ screeningStatus: 'afgewezen' }, admin)).toEqual(['Schoonmaak Bakker BV']);
    expect(await names({ approved: true }, admin)).toEqual(['Klusbedrijf De Vries']);
    expect(await names({ approved: false }, admin)).toEqual(['Kees Jansen', 'Schoonmaak Bakker BV', 'Ünal Yılmaz']);
  });

  it('D4: filters on a service category', async () => {
    const { admin, cat } = await fourProviders();
    expect(await names({ categoryId: cat('Schilderwerk') }, admin)).toEqual(['Klusbedrijf De Vries']);
    expect(await names({ categoryId: cat('Vervoer') }, admin)).toEqual(['Ünal Yılmaz']);
    expect(await names({ categoryId: cat('Elektra') }, admin)).toEqual([]);
  });

  it('D4: filters on region: a postcode within a range, or a place', async () => {
    const { admin } = await fourProviders();
    expect(await names({ region: '3441 AB' }, admin)).toEqual(['Kees Jansen', 'Klusbedrijf De Vries']);
    expect(await names({ region: '3441ab' }, admin)).toEqual(['Kees Jansen', 'Klusbedrijf De Vries']);
    expect(await names({ region: '3450 AA' }, admin)).toEqual([]);
    expect(await names({ region: '3481 XY' }, admin)).toEqual(['Schoonmaak Bakker BV']);
    expect(await names({ region: 'harmelen' }, admin)).toEqual(['Kees Jansen']);
    expect(await names({ region: 'Zegveld', approved: false }, admin)).toEqual(['Ünal Yılmaz']);
  });

  it('searches by name (with or without accents), contact person, KvK number and place', async () => {
    const { admin } = await fourProviders();
    expect(await names({ text: 'vries' }, admin)).toEqual(['Klusbedrijf De Vries']);
    expect(await names({ text: 'unal yılm' }, admin)).toEqual(['Ünal Yılmaz']);
    expect(await names({ text: 'Pieterse' }, admin)).toEqual(['Klusbedrijf De Vries']);
    expect(await names({ text: '8765.4321' }, admin)).toEqual(['Schoonmaak Bakker BV']);
    expect(await names({ text: 'Harmelen' }, admin)).toEqual(['Kees Jansen']);
    expect(await names({ text: '"*' }, admin)).toEqual([]);
  });

  it('sorts by status and by insured-until date, unknown dates last', async () => {
    const { admin } = await fourProviders();
    expect(await names({ sort: 'status' }, admin)).toEqual(['Ünal Yılmaz', 'Kees Jansen', 'Klusbedrijf De Vries', 'Schoonmaak Bakker BV']);
    expect(await names({ sort: 'insuredUntil' }, admin)).toEqual(['Ünal Yılmaz', 'Kees Jansen', 'Klusbedrijf De Vries', 'Schoonmaak Bakker BV']);
    expect(await names({ sort: 'insuredUntil', direction: 'desc' }, admin)).toEqual(['Klusbedrijf De Vries', 'Kees Jansen', 'Ünal Yılmaz', 'Schoonmaak Bakker BV']);
  });
});

describe('D2: work list of expiring liability insurance', () => {
  async function insuredUntil(dates: Record<string, string | null>, rejected: string[] = []) {
    const { admin, cat } = await providerOffice(t);
    for (const [name, date] of Object.entries(dates)) {
      const p = await t.ok('providers.register', completeBusiness(cat, { newPerson: { kind: 'organisatie', organisationName: name }, insuredUntil: date }), admin);
      if (rejected.includes(name)) await t.ok('providers.advanceScreening', { id: p.id, step: 'afgewezen', rejectionReason: 'Geen verzekering' }, admin);
    }
    return admin;
  }

  it('D2: expiring within 30 days or expired, by date, with days left; 31 days is not yet on the list', async () => {
    const admin = await insuredUntil({
      'In 30 dagen': '2026-12-21',
      'In 31 dagen': '2026-12-22',
      'Vandaag laatste dag': '2026-11-21',
      'Verlopen': '2026-11-01',
      'Onbekend': null,
      'Afgewezen en verlopen': '2026-10-01',
    }, ['Afgewezen en verlopen']);
    const list = await t.ok('providers.insuranceExpiring', {}, admin);
    expect(list.map((r) => [r.name, r.insuredUntil, r.daysLeft, r.expired])).toEqual([
      ['Verlopen', '2026-11-01', -20, true],
      ['Vandaag laatste dag', '2026-11-21', 0, false],
      ['In 30 dagen', '2026-12-21', 30, false],
    ]);
    expect(list[0]).toMatchObject({ insurer: 'Centraal Beheer', policyNumber: 'BA-998877', screeningStatus: 'aangemeld', providerType: 'bedrijf' });
    expect((await t.ok('providers.insuranceExpiring', { withinDays: 31 }, admin)).map((r) => r.name)).toContain('In 31 dagen');
  });

  it('D2: the list moves with the calendar day in Woerden', async () => {
    const admin = await insuredUntil({ 'In 31 dagen': '2026-12-22' });
    expect(await t.ok('providers.insuranceExpiring', {}, admin)).toEqual([]);
    t.clock.set('2026-11-21T23:30:00Z'); // already 22 November in Woerden
    expect((await t.ok('providers.insuranceExpiring', {}, admin)).map((r) => r.daysLeft)).toEqual([30]);
  });

  it('D2: the work list is one range scan on the insured-until index', () => {
    const plan = t.core.sqlite.prepare(`EXPLAIN QUERY PLAN ${EXPIRING_INSURANCE_SQL}`).all({ until: '2026-12-21' }) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/providers_insured_idx \(insured_until<\?\)|providers_insured_idx \(insured_until>\? AND insured_until<\?\)/);
  });
});
