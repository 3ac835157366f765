import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../testing/harness';
import { complaintOffice, improvementChoice, intakeInputFor, type ComplaintOffice } from './test-helpers';

let t: TestCore;
let office: ComplaintOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await complaintOffice(t);
});
afterEach(() => t.close());

const count = (table: string) => (t.core.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('intake', () => {
  it('K1-K3: records who reports, what kind, the channel and what it concerns, with a dossier number', async () => {
    const complaint = await t.ok(
      'complaints.intake',
      intakeInputFor(office, { reporterType: 'omgeving', kind: 'opmerking', channel: 'email', concernsKind: 'medewerker', concernsStaffId: office.colleague.id, concernsTeamId: null }),
      office.desk.session,
    );
    expect(complaint).toMatchObject({
      dossierNumber: 'K2026-000001',
      kind: 'opmerking',
      reporterType: 'omgeving',
      channel: 'email',
      receivedOn: '2026-11-23',
      receivedAt: '2026-11-23T08:15:00.000Z',
      status: 'geregistreerd',
      concernsLabel: 'Kees Collega',
      subjectStaffId: office.colleague.id,
      complainant: { id: office.complainant.id, name: 'J. de Vries' },
    });
    const second = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    expect(second.dossierNumber).toBe('K2026-000002');
  });

  it('K1: a claim from a supplier about a provider (K3: a partner) is recorded too', async () => {
    const { admin } = office;
    const categories = await t.ok('providers.addDefaultCategories', {}, admin);
    const provider = await t.ok(
      'providers.register',
      { providerType: 'bedrijf', newPerson: { kind: 'organisatie', organisationName: 'Klusbedrijf Jansen B.V.', city: 'Woerden' }, services: [{ categoryId: categories[0]!.id }], regions: [] },
      admin,
    );
    const complaint = await t.ok(
      'complaints.intake',
      intakeInputFor(office, { kind: 'claim', reporterType: 'leverancier', concernsKind: 'dienstverlener', concernsProviderId: provider.id, concernsTeamId: null }),
      office.desk.session,
    );
    expect(complaint.concernsLabel).toBe('Klusbedrijf Jansen B.V.');
    expect(complaint.kind).toBe('claim');
  });

  it('K2: a caller not yet known is added in the same step', async () => {
    const complaint = await t.ok(
      'complaints.intake',
      intakeInputFor(office, { complainantId: null, newComplainant: { kind: 'persoon', salutation: 'heer', initials: 'P', lastName: 'Bakker', phone: '0348 123456', preferredChannel: 'post' } }),
      office.desk.session,
    );
    expect(complaint.complainant.name).toBe('P. Bakker');
  });

  it('K4: a complaint resolved at intake is closed with its solution and K15 choices', async () => {
    const improvement = improvementChoice(t, office);
    const complaint = await t.ok('complaints.intake', intakeInputFor(office, { resolvedAtIntake: true, solution: 'Nieuwe afspraak gemaakt voor donderdag.', improvement }), office.desk.session);
    expect(complaint).toMatchObject({ status: 'afgesloten', resolution: 'direct_opgelost', resolutionText: 'Nieuwe afspraak gemaakt voor donderdag.', closedOn: '2026-11-23' });
    expect(complaint.category?.name).toBe('Bereikbaarheid');
    expect(complaint.workItems).toEqual([]);
  });

  it('K4: resolving at intake asks for the solution and the category', async () => {
    const result = await t.core.call('complaints.intake', intakeInputFor(office, { resolvedAtIntake: true }), office.desk.session);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields).toMatchObject({ solution: 'Beschrijf de oplossing', 'improvement.categoryId': 'Kies een categorie' });
  });

  it('K3: a complaint about a team must name the team; a future receipt is refused; nothing is written', async () => {
    const before = count('complaints');
    const noTeam = await t.core.call('complaints.intake', intakeInputFor(office, { concernsTeamId: null }), office.desk.session);
    expect(!noTeam.ok && noTeam.error.fields).toMatchObject({ concernsTeamId: 'Kies het team' });
    const future = await t.core.call('complaints.intake', intakeInputFor(office, { receivedAt: '2026-11-24T09:00' }), office.desk.session);
    expect(!future.ok && future.error.code).toBe('complaint.received_in_future');
    expect(count('complaints')).toBe(before);
    expect(count('number_series')).toBe(0);
  });
});
