import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCREENING_STATUSES, SCREENING_STEPS, type ScreeningStatus, type ScreeningStep } from '../contracts/providers';
import type { ProcedureInput } from '../contracts';
import type { ClientSession } from '../context';
import { createTestCore, type TestCore } from '../testing/harness';
import { completeBusiness, completePrivate, providerOffice, screenUpToVisit, servicedeskEmployee } from './test-helpers';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

const APPROVE = { step: 'goedgekeurd' as const, doneOn: '2026-11-21' };

/** A complete business brought to `status` through the real procedures. */
async function providerIn(status: ScreeningStatus, session: ClientSession, cat: (name: string) => string): Promise<string> {
  const p = await t.ok('providers.register', completeBusiness(cat), session);
  const paths: Record<ScreeningStatus, ScreeningStep[]> = {
    aangemeld: [],
    telefonisch_geselecteerd: ['telefonisch_geselecteerd'],
    bezocht: ['telefonisch_geselecteerd', 'bezocht'],
    goedgekeurd: ['telefonisch_geselecteerd', 'bezocht', 'goedgekeurd'],
    afgewezen: ['afgewezen'],
  };
  const path = paths[status];
  for (const step of path) await t.ok('providers.advanceScreening', { id: p.id, step, rejectionReason: 'Geen referenties' }, session);
  return p.id;
}

describe('D2: screening transitions through the procedures', () => {
  const allowed: Record<ScreeningStatus, ScreeningStep[]> = {
    aangemeld: ['telefonisch_geselecteerd', 'afgewezen'],
    telefonisch_geselecteerd: ['bezocht', 'afgewezen'],
    bezocht: ['goedgekeurd', 'afgewezen'],
    goedgekeurd: [],
    afgewezen: [],
  };
  for (const from of SCREENING_STATUSES) {
    for (const step of SCREENING_STEPS) {
      const ok = allowed[from].includes(step);
      it(`D2: ${from} → ${step} is ${ok ? 'allowed' : 'refused'}`, async () => {
        const { admin, cat } = await providerOffice(t);
        const id = await providerIn(from, admin, cat);
        const result = await t.core.call('providers.advanceScreening', { id, step, rejectionReason: 'Geen referenties' }, admin);
        if (ok) {
          expect(result).toMatchObject({ ok: true, value: { screeningStatus: step } });
        } else if (step === 'goedgekeurd' && (from === 'aangemeld' || from === 'telefonisch_geselecteerd')) {
          // Approval too early says which steps are still to do.
          expect(result).toMatchObject({ ok: false, error: { code: 'provider.approval_incomplete' } });
        } else {
          expect(result).toMatchObject({ ok: false, error: { code: 'provider.step_not_allowed', fields: { step: expect.any(String) } } });
        }
      });
    }
  }

  it('D2: a refused step says where the provider stands and what may follow', async () => {
    const { admin, cat } = await providerOffice(t);
    const id = await providerIn('aangemeld', admin, cat);
    expect(await t.core.call('providers.advanceScreening', { id, step: 'bezocht' }, admin)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Na "Aangemeld" kan "Bezocht" niet worden vastgelegd\./) },
    });
  });

  it('D2: rejection needs a reason, which is kept with the provider and in the history', async () => {
    const { admin, cat } = await providerOffice(t);
    const id = await providerIn('telefonisch_geselecteerd', admin, cat);
    expect(await t.core.call('providers.advanceScreening', { id, step: 'afgewezen' }, admin)).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', fields: { rejectionReason: 'Vul de reden van afwijzing in' } },
    });
    expect(await t.core.call('providers.advanceScreening', { id, step: 'afgewezen', rejectionReason: '   ' }, admin)).toMatchObject({ ok: false });
    const rejected = await t.ok('providers.advanceScreening', { id, step: 'afgewezen', rejectionReason: 'Geen VOG te verwachten' }, admin);
    expect(rejected).toMatchObject({ screeningStatus: 'afgewezen', rejectionReason: 'Geen VOG te verwachten', allowedSteps: [] });
    expect(rejected.screening.at(-1)).toMatchObject({ step: 'afgewezen', note: 'Geen VOG te verwachten' });
  });

  it('D2: each step is recorded with its date and the staff member who did it', async () => {
    const { admin, adminUser, cat } = await providerOffice(t);
    const lisa = await servicedeskEmployee(t, admin, adminUser.id);
    const p = await t.ok('providers.register', completePrivate(cat, { registeredOn: '2026-11-02' }), admin);
    await t.ok('providers.advanceScreening', { id: p.id, step: 'telefonisch_geselecteerd', doneOn: '2026-11-05', note: 'Goed gesprek' }, lisa.session);
    t.clock.set('2026-11-24T10:00:00Z');
    await t.ok('providers.advanceScreening', { id: p.id, step: 'bezocht' }, admin);
    const approved = await t.ok('providers.advanceScreening', { id: p.id, step: 'goedgekeurd' }, lisa.session);
    expect(approved.screening.map((s) => [s.step, s.doneOn, s.doneByName, s.note])).toEqual([
      ['aangemeld', '2026-11-02', 'Anna de Beheerder', null],
      ['telefonisch_geselecteerd', '2026-11-05', 'Lisa de Groot', 'Goed gesprek'],
      ['bezocht', '2026-11-24', 'Anna de Beheerder', null],
      ['goedgekeurd', '2026-11-24', 'Lisa de Groot', null],
    ]);
    expect(approved.screening[1]!.doneBy).toBe(lisa.user.id);
    expect(approved).toMatchObject({ screeningStatus: 'goedgekeurd', allowedSteps: [], missingForApproval: [] });
  });

  it('D2: a step cannot be dated in the future or before the previous step', async () => {
    const { admin, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', completePrivate(cat, { registeredOn: '2026-11-10' }), admin);
    expect(await t.core.call('providers.advanceScreening', { id: p.id, step: 'telefonisch_geselecteerd', doneOn: '2026-11-22' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'provider.step_in_future', fields: { doneOn: expect.any(String) } },
    });
    expect(await t.core.call('providers.advanceScreening', { id: p.id, step: 'telefonisch_geselecteerd', doneOn: '2026-11-09' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'provider.step_before_previous', message: 'Deze datum ligt vóór de vorige stap van de screening (10-11-2026).' },
    });
    expect(await t.core.call('providers.register', completeBusiness(cat, { registeredOn: '2026-11-22' }), admin)).toMatchObject({
      ok: false,
      error: { code: 'provider.step_in_future', fields: { registeredOn: expect.any(String) } },
    });
  });

  it('D2: a step taken on an old version of the provider is refused', async () => {
    const { admin, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', completePrivate(cat), admin);
    await t.ok('providers.advanceScreening', { id: p.id, step: 'telefonisch_geselecteerd', version: p.version }, admin);
    expect(await t.core.call('providers.advanceScreening', { id: p.id, step: 'afgewezen', rejectionReason: 'Dubbel', version: p.version }, admin)).toMatchObject({
      ok: false,
      error: { code: 'record.stale' },
    });
  });
});

type RegisterInput = ProcedureInput<'providers.register'>;

describe('D2: approval is refused while a required item is missing, naming it', () => {
  async function refusedWith(build: (cat: (name: string) => string) => RegisterInput, expected: string) {
    const { admin, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', build(cat), admin);
    await screenUpToVisit(t, p.id, admin);
    const shown = await t.ok('providers.get', { id: p.id }, admin);
    expect(shown.missingForApproval.map((m) => m.message)).toEqual([expected]);
    const result = await t.core.call('providers.advanceScreening', { id: p.id, ...APPROVE }, admin);
    expect(result).toMatchObject({ ok: false, error: { code: 'provider.approval_incomplete', message: `Goedkeuren kan nog niet. Nog nodig: ${expected}.` } });
    expect((await t.ok('providers.get', { id: p.id }, admin)).screeningStatus).toBe('bezocht');
  }

  const businessCases: [string, (cat: (n: string) => string) => Partial<RegisterInput>, string][] = [
    ['KvK number', () => ({ kvkNumber: null }), 'KvK-nummer'],
    ['insurer', () => ({ insurer: null }), 'Verzekeraar van de bedrijfsaansprakelijkheidsverzekering'],
    ['policy number', () => ({ policyNumber: null }), 'Polisnummer van de bedrijfsaansprakelijkheidsverzekering'],
    ['insured until', () => ({ insuredUntil: null }), 'Datum tot wanneer de bedrijfsaansprakelijkheidsverzekering geldig is'],
    ['unexpired insurance', () => ({ insuredUntil: '2026-11-20' }), 'Een geldige bedrijfsaansprakelijkheidsverzekering (verlopen; was geldig tot en met 20-11-2026)'],
    ['a service', () => ({ services: [] }), 'Minstens één dienst'],
    ['a region', () => ({ regions: [] }), 'Een werkgebied (postcodegebied of plaats)'],
  ];
  for (const [item, change, expected] of businessCases) {
    it(`D2: business without ${item}`, async () => {
      await refusedWith((cat) => completeBusiness(cat, change(cat)), expected);
    });
  }

  const privateCases: [string, (cat: (n: string) => string) => Partial<RegisterInput>, string][] = [
    ['work experience for an offered service', (cat) => ({ services: [{ categoryId: cat('Vervoer'), experience: 'Taxi' }, { categoryId: cat('Schilderwerk') }] }), 'Werkervaring voor Schilderwerk'],
    ['insurer', () => ({ insurer: null }), 'Verzekeraar van de aansprakelijkheidsverzekering'],
    ['policy number', () => ({ policyNumber: null }), 'Polisnummer van de aansprakelijkheidsverzekering'],
    ['insured until', () => ({ insuredUntil: null }), 'Datum tot wanneer de aansprakelijkheidsverzekering geldig is'],
    ['unexpired insurance', () => ({ insuredUntil: '2026-01-31' }), 'Een geldige aansprakelijkheidsverzekering (verlopen; was geldig tot en met 31-01-2026)'],
    ['VOG', () => ({ vogReceivedOn: null }), 'Verklaring omtrent het gedrag (VOG)'],
    ['a service', () => ({ services: [] }), 'Minstens één dienst'],
    ['a region', () => ({ regions: [] }), 'Een werkgebied (postcodegebied of plaats)'],
  ];
  for (const [item, change, expected] of privateCases) {
    it(`D2: private provider without ${item}`, async () => {
      await refusedWith((cat) => completePrivate(cat, change(cat)), expected);
    });
  }

  it('D2: without the phone selection and the visit, approval lists both steps', async () => {
    const { admin, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', completeBusiness(cat), admin);
    expect((await t.ok('providers.get', { id: p.id }, admin)).missingForApproval).toEqual([
      { key: 'phone_selection', message: 'Telefonische selectie' },
      { key: 'visit', message: 'Persoonlijk bezoek' },
    ]);
    expect(await t.core.call('providers.advanceScreening', { id: p.id, ...APPROVE }, admin)).toMatchObject({
      ok: false,
      error: { message: 'Goedkeuren kan nog niet. Nog nodig: Telefonische selectie; Persoonlijk bezoek.' },
    });
    await t.ok('providers.advanceScreening', { id: p.id, step: 'telefonisch_geselecteerd' }, admin);
    expect(await t.core.call('providers.advanceScreening', { id: p.id, ...APPROVE }, admin)).toMatchObject({
      ok: false,
      error: { message: 'Goedkeuren kan nog niet. Nog nodig: Persoonlijk bezoek.' },
    });
  });

  it('D2: several missing items are all named at once, and a complete provider is approved', async () => {
    const { admin, cat } = await providerOffice(t);
    const p = await t.ok('providers.register', completePrivate(cat, { vogReceivedOn: null, regions: [] }), admin);
    await screenUpToVisit(t, p.id, admin);
    expect(await t.core.call('providers.advanceScreening', { id: p.id, ...APPROVE }, admin)).toMatchObject({
      ok: false,
      error: { message: 'Goedkeuren kan nog niet. Nog nodig: Verklaring omtrent het gedrag (VOG); Een werkgebied (postcodegebied of plaats).' },
    });
    await t.ok('providers.update', { ...completePrivate(cat), id: p.id, personId: p.person.id }, admin);
    expect(await t.ok('providers.advanceScreening', { id: p.id, ...APPROVE }, admin)).toMatchObject({ screeningStatus: 'goedgekeurd' });
  });
});
