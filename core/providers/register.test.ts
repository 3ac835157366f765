import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, persons, providerServices } from '../../db/schema';
import { PROVIDER_CONTRACT_NOTE } from '../contracts/providers';
import { createTestCore, type TestCore } from '../testing/harness';
import { addPerson, completeBusiness, completePrivate, providerOffice } from './test-helpers';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

describe('D1: registering a provider', () => {
  it('D1: a business is registered with its organisation, contact person, KvK number and insurance', async () => {
    const { admin, adminUser, cat } = await providerOffice(t);
    const contactId = addPerson(t, adminUser.id, { kind: 'persoon', firstName: 'Piet', lastName: 'de Vries' });
    const p = await t.ok('providers.register', completeBusiness(cat, { contactPersonId: contactId }), admin);
    expect(p).toMatchObject({
      providerType: 'bedrijf',
      person: { kind: 'organisatie', name: 'Klusbedrijf De Vries', city: 'Woerden', postcode: '3441 AB' },
      contactPerson: { id: contactId, name: 'Piet de Vries' },
      kvkNumber: '12345678',
      insurer: 'Centraal Beheer',
      policyNumber: 'BA-998877',
      insuredUntil: '2027-11-30',
      insurance: { status: 'geldig' },
      branchOrganisation: 'Bouwend Nederland',
      screeningStatus: 'aangemeld',
      regions: [{ from: '3440', to: '3449' }],
    });
    expect(p.services.map((s) => s.categoryName)).toEqual(['Klussen in en om het huis', 'Schilderwerk']);
  });

  it('D1: a private provider is registered as a person with VOG date and experience per service', async () => {
    const { admin, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', completePrivate(cat), admin);
    expect(p).toMatchObject({
      providerType: 'particulier',
      person: { kind: 'persoon', name: 'Kees Jansen', sortName: 'Jansen, Kees' },
      contactPerson: null,
      kvkNumber: null,
      vogReceivedOn: '2026-11-01',
      regions: [{ place: 'Harmelen' }, { from: '3440', to: '3449' }],
    });
    expect(p.services).toEqual([
      expect.objectContaining({ categoryName: 'Computerhulp', experience: 'Systeembeheerder geweest' }),
      expect.objectContaining({ categoryName: 'Tuinonderhoud', experience: '20 jaar eigen tuin en die van de buren' }),
    ]);
  });

  it('D1: an existing person can be registered; the new person is stored with its derived search columns', async () => {
    const { admin, adminUser, cat } = await providerOffice(t);
    const personId = addPerson(t, adminUser.id, { kind: 'persoon', firstName: 'Els', lastName: 'Bakker' });
    const p = await t.ok('providers.register', completePrivate(cat, { personId, newPerson: null }), admin);
    expect(p.person).toMatchObject({ id: personId, name: 'Els Bakker' });
    const created = await t.ok('providers.register', completePrivate(cat), admin);
    const row = t.core.db.select().from(persons).where(eq(persons.id, created.person.id)).get();
    expect(row).toMatchObject({ sortName: 'Jansen, Kees', phoneDigits: '0612345678' });
  });

  it('D1: a private provider is a person and a business an organisation', async () => {
    const { admin, adminUser, cat } = await providerOffice(t);
    const organisation = addPerson(t, adminUser.id, { kind: 'organisatie', organisationName: 'Schoon BV' });
    const person = addPerson(t, adminUser.id, { kind: 'persoon', lastName: 'Smit' });
    expect(await t.core.call('providers.register', completePrivate(cat, { personId: organisation, newPerson: null }), admin)).toMatchObject({
      ok: false,
      error: { code: 'provider.person_not_private', fields: { personId: 'Een particuliere dienstverlener is een persoon, geen organisatie.' } },
    });
    expect(await t.core.call('providers.register', completeBusiness(cat, { personId: person, newPerson: null }), admin)).toMatchObject({
      ok: false,
      error: { code: 'provider.person_not_business' },
    });
    const newPersonForBusiness = completeBusiness(cat, { newPerson: { kind: 'persoon', lastName: 'Smit' } });
    expect(await t.core.call('providers.register', newPersonForBusiness, admin)).toMatchObject({ ok: false, error: { fields: { 'newPerson.kind': expect.any(String) } } });
  });

  it('D1: the type, and a person or a new person, are required', async () => {
    const { admin, cat } = await providerOffice(t);
    const { providerType: _, ...withoutType } = completePrivate(cat);
    expect(await t.core.call('providers.register', withoutType as never, admin)).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', fields: { providerType: 'Kies particulier of bedrijf' } },
    });
    expect(await t.core.call('providers.register', completePrivate(cat, { newPerson: null }), admin)).toMatchObject({
      ok: false,
      error: { fields: { personId: 'Kies een persoon of organisatie, of vul een nieuwe in' } },
    });
    expect(await t.core.call('providers.register', completePrivate(cat, { newPerson: { kind: 'persoon', firstName: 'Kees' } }), admin)).toMatchObject({
      ok: false,
      error: { fields: { 'newPerson.lastName': 'Vul de achternaam in' } },
    });
    expect(await t.core.call('providers.register', completeBusiness(cat, { newPerson: { kind: 'organisatie' } }), admin)).toMatchObject({
      ok: false,
      error: { fields: { 'newPerson.organisationName': 'Vul de naam van de organisatie in' } },
    });
  });

  it('D1: a business KvK number has 8 digits; dots and spaces are ignored', async () => {
    const { admin, cat } = await providerOffice(t);
    expect(await t.core.call('providers.register', completeBusiness(cat, { kvkNumber: '1234567' }), admin)).toMatchObject({
      ok: false,
      error: { fields: { kvkNumber: 'Een KvK-nummer heeft 8 cijfers' } },
    });
    const p = await t.ok('providers.register', completeBusiness(cat, { kvkNumber: '12.34.56.78' }), admin);
    expect(p.kvkNumber).toBe('12345678');
  });

  it('D1: business-only details are refused for a private provider, and the VOG for a business', async () => {
    const { admin, adminUser, cat } = await providerOffice(t);
    const contact = addPerson(t, adminUser.id, { kind: 'persoon', lastName: 'Smit' });
    const wrong = await t.core.call('providers.register', completePrivate(cat, { kvkNumber: '12345678', branchOrganisation: 'Techniek NL', contactPersonId: contact }), admin);
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        fields: {
          kvkNumber: 'Alleen een bedrijf heeft een KvK-nummer',
          branchOrganisation: 'Alleen een bedrijf is lid van een brancheorganisatie',
          contactPersonId: 'Alleen een bedrijf heeft een contactpersoon',
        },
      },
    });
    expect(await t.core.call('providers.register', completeBusiness(cat, { vogReceivedOn: '2026-11-01' }), admin)).toMatchObject({
      ok: false,
      error: { fields: { vogReceivedOn: 'Een VOG wordt alleen van een particulier gevraagd' } },
    });
  });

  it('D1: a contact person is an existing person, not an organisation', async () => {
    const { admin, adminUser, cat } = await providerOffice(t);
    const organisation = addPerson(t, adminUser.id, { kind: 'organisatie', organisationName: 'Holding BV' });
    expect(await t.core.call('providers.register', completeBusiness(cat, { contactPersonId: organisation }), admin)).toMatchObject({
      ok: false,
      error: { code: 'provider.contact_not_person', fields: { contactPersonId: expect.any(String) } },
    });
  });

  it('D1: a person is registered as provider only once', async () => {
    const { admin, adminUser, cat } = await providerOffice(t);
    const personId = addPerson(t, adminUser.id, { kind: 'persoon', firstName: 'Els', lastName: 'Bakker' });
    await t.ok('providers.register', completePrivate(cat, { personId, newPerson: null }), admin);
    expect(await t.core.call('providers.register', completePrivate(cat, { personId, newPerson: null }), admin)).toMatchObject({
      ok: false,
      error: { code: 'provider.already_registered', message: 'Els Bakker is al aangemeld als dienstverlener.' },
    });
  });

  it('D2: registration is the first screening step, dated and signed by the staff member', async () => {
    const { admin, adminUser, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', completePrivate(cat, { registeredOn: '2026-11-18' }), admin);
    expect(p.screening).toEqual([expect.objectContaining({ step: 'aangemeld', doneOn: '2026-11-18', doneBy: adminUser.id, doneByName: 'Anna de Beheerder' })]);
    const today = await t.ok('providers.register', completeBusiness(cat), admin);
    expect(today.screening[0]).toMatchObject({ step: 'aangemeld', doneOn: '2026-11-21' });
  });

  it('D4: regions are postcode ranges of 4 digits or places', async () => {
    const { admin, cat } = await providerOffice(t);
    const bad = await t.core.call('providers.register', completeBusiness(cat, { regions: [{ from: '3449', to: '3440' }, { from: '344', to: '3449' }, {}] }), admin);
    expect(bad).toMatchObject({
      ok: false,
      error: {
        fields: {
          'regions.0.to': 'Het postcodegebied eindigt vóór het begint',
          'regions.1.from': 'Vul 4 cijfers in, bijvoorbeeld 3440',
          'regions.2.place': 'Vul een plaats of een postcodegebied in',
        },
      },
    });
    const single = await t.ok('providers.register', completeBusiness(cat, { regions: [{ from: '3481' }, { place: ' Kamerik ' }] }), admin);
    expect(single.regions).toEqual([{ from: '3481', to: '3481' }, { place: 'Kamerik' }]);
  });

  it('D4: a service is offered once, from the active list of categories', async () => {
    const { admin, cat } = await providerOffice(t);
    const twice = await t.core.call('providers.register', completeBusiness(cat, { services: [{ categoryId: cat('Vervoer') }, { categoryId: cat('Vervoer') }] }), admin);
    expect(twice).toMatchObject({ ok: false, error: { fields: { services: 'Elke dienst mag maar één keer voorkomen' } } });
    await t.ok('providers.saveCategory', { id: cat('Vervoer'), name: 'Vervoer', active: false }, admin);
    expect(await t.core.call('providers.register', completeBusiness(cat, { services: [{ categoryId: cat('Vervoer') }] }), admin)).toMatchObject({
      ok: false,
      error: { code: 'provider.category_inactive', fields: { 'services.0.categoryId': 'De dienst "Vervoer" wordt niet meer aangeboden. Kies een andere dienst.' } },
    });
  });

  it('D3: the provider page states the contract rule: the member never pays the provider directly', async () => {
    const { admin, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', completePrivate(cat), admin);
    const shown = await t.ok('providers.get', { id: p.id }, admin);
    expect(shown.contractNote).toBe(PROVIDER_CONTRACT_NOTE);
    expect(PROVIDER_CONTRACT_NOTE).toContain('overeenkomst van opdracht');
    expect(PROVIDER_CONTRACT_NOTE).toContain('nooit rechtstreeks');
  });
});

describe('updating a provider', () => {
  it('D4: services and regions are replaced as sets: new ones inserted, dropped ones tombstoned, kept ones kept', async () => {
    const { admin, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', completePrivate(cat), admin);
    const tuin = p.services.find((s) => s.categoryName === 'Tuinonderhoud')!;
    const updated = await t.ok(
      'providers.update',
      {
        ...completePrivate(cat),
        id: p.id,
        personId: p.person.id,
        version: p.version,
        services: [{ categoryId: cat('Tuinonderhoud'), experience: 'Hovenier' }, { categoryId: cat('Boodschappen'), experience: 'Buurthulp' }],
        regions: [{ place: 'Kamerik' }],
        insurer: 'Nationale-Nederlanden',
      },
      admin,
    );
    expect(updated).toMatchObject({ insurer: 'Nationale-Nederlanden', regions: [{ place: 'Kamerik' }] });
    expect(updated.services.map((s) => [s.categoryName, s.experience])).toEqual([
      ['Boodschappen', 'Buurthulp'],
      ['Tuinonderhoud', 'Hovenier'],
    ]);
    expect(updated.services.find((s) => s.categoryName === 'Tuinonderhoud')!.id).toBe(tuin.id);
    const computer = t.core.db.select().from(providerServices).where(and(eq(providerServices.providerId, p.id), eq(providerServices.categoryId, cat('Computerhulp')))).get();
    expect(computer?.deletedAt).toBe('2026-11-21T09:00:00.000Z');
    const removal = t.core.db.select().from(auditLog).where(and(eq(auditLog.rowId, computer!.id), eq(auditLog.op, 'delete'))).all();
    expect(removal).toHaveLength(1);
  });

  it('refuses an update based on an old version', async () => {
    const { admin, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', completeBusiness(cat), admin);
    const base = { ...completeBusiness(cat), id: p.id, personId: p.person.id };
    await t.ok('providers.update', { ...base, version: p.version, notes: 'Eerste' }, admin);
    expect(await t.core.call('providers.update', { ...base, version: p.version, notes: 'Tweede' }, admin)).toMatchObject({ ok: false, error: { code: 'record.stale' } });
  });

  it('keeps a service whose category was retired later', async () => {
    const { admin, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', completeBusiness(cat), admin);
    await t.ok('providers.saveCategory', { id: cat('Schilderwerk'), name: 'Schilderwerk', active: false }, admin);
    const updated = await t.ok('providers.update', { ...completeBusiness(cat), id: p.id, personId: p.person.id }, admin);
    expect(updated.services).toContainEqual(expect.objectContaining({ categoryName: 'Schilderwerk', categoryActive: false }));
  });

  it('a merge of duplicate persons moves the provider and its contact person to the kept person', async () => {
    const { admin, adminUser, cat } = await providerOffice(t);
    const contact = addPerson(t, adminUser.id, { kind: 'persoon', firstName: 'Piet', lastName: 'de Vries' });
    const keptContact = addPerson(t, adminUser.id, { kind: 'persoon', firstName: 'Pieter', lastName: 'de Vries' });
    const p = await t.ok('providers.register', completeBusiness(cat, { contactPersonId: contact }), admin);
    const kept = addPerson(t, adminUser.id, { kind: 'organisatie', organisationName: 'Klusbedrijf De Vries BV' });
    await t.ok('persons.merge', { keepId: kept, mergeId: p.person.id }, admin);
    await t.ok('persons.merge', { keepId: keptContact, mergeId: contact }, admin);
    const moved = await t.ok('providers.get', { id: p.id }, admin);
    expect(moved.person.id).toBe(kept);
    expect(moved.contactPerson?.id).toBe(keptContact);
  });
});
