import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedureSettings } from '../../db/schema';
import { ensureProcedureSettings } from '../complaints/settings';
import { intakeInputFor } from '../complaints/test-helpers';
import { MEDIATION_CONDITION_REFUSALS } from '../contracts/mediation';
import { createTestCore, type TestCore } from '../testing/harness';
import { ALL_CONDITIONS, allowedMediation, complaintAboutCustomer, complaintAboutProvider, mediationOffice, stepsOf, type MediationOffice } from './test-helpers';

let t: TestCore;
let office: MediationOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await mediationOffice(t);
});
afterEach(() => t.close());

const mails = () => t.core.sqlite.prepare('SELECT to_address, subject FROM mail_outbox').all() as { to_address: string; subject: string }[];
const workItems = (complaintId: string) =>
  t.core.sqlite.prepare("SELECT kind, rule, due_on AS dueOn, assignee_id AS assigneeId, team_id AS teamId, done_at AS doneAt FROM work_items WHERE dossier_id = ? AND kind = 'reactie_dienstverlener'").all(complaintId) as {
    kind: string;
    rule: string;
    dueOn: string;
    assigneeId: string | null;
    teamId: string | null;
    doneAt: string | null;
  }[];

describe('B1: start of mediation', () => {
  it('B1: the customer is advised to talk to the provider first; the advice is recorded', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const mediation = await t.ok('mediation.start', { complaintId: complaint.id, adviceNote: 'Mevrouw belt de schilder deze week zelf.' }, office.desk.session);
    expect(mediation).toMatchObject({
      complaintId: complaint.id,
      direction: 'klant_over_dienstverlener',
      status: 'advies',
      adviceGivenOn: '2026-11-23',
      adviceNote: 'Mevrouw belt de schilder deze week zelf.',
      provider: { id: office.provider.id, name: 'Klusbedrijf De Vries' },
      customer: { id: office.complainant.id, name: 'J. de Vries' },
      conditions: null,
      failingConditions: [],
    });
    expect(stepsOf(t, complaint.id).at(-1)?.text).toBe('Advies gegeven: eerst zelf met de dienstverlener in gesprek (B1)');
    expect(await t.ok('mediation.get', { complaintId: complaint.id }, office.colleague.session)).toEqual(mediation);
    expect((await t.ok('complaints.get', { id: complaint.id }, office.desk.session)).hasMediation).toBe(true);
  });

  it('B1: mediation is refused for a complaint about a team', async () => {
    const complaint = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    const result = await t.core.call('mediation.start', { complaintId: complaint.id }, office.desk.session);
    expect(!result.ok && result.error.code).toBe('mediation.not_about_provider');
    expect(await t.ok('mediation.get', { complaintId: complaint.id }, office.desk.session)).toBeNull();
  });

  it('B1: a complaint has one mediation', async () => {
    const complaint = await complaintAboutProvider(t, office);
    await t.ok('mediation.start', { complaintId: complaint.id }, office.desk.session);
    const again = await t.core.call('mediation.start', { complaintId: complaint.id }, office.desk.session);
    expect(!again.ok && again.error.code).toBe('mediation.exists');
  });
});

describe('B3: conditions for mediation', () => {
  it('B3: mediation is refused when the warranty has expired; the letter names that condition', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const started = await t.ok('mediation.start', { complaintId: complaint.id }, office.desk.session);
    const { mediation, documents } = await t.ok(
      'mediation.checkConditions',
      { id: started.id, version: started.version, conditions: { ...ALL_CONDITIONS, warrantyApplies: false } },
      office.desk.session,
    );
    expect(mediation).toMatchObject({ status: 'geweigerd', conditionsCheckedOn: '2026-11-23', failingConditions: ['warrantyApplies'] });
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ typeKey: 'mediation-refusal', status: 'verzonden', sentVia: 'post', dossierKind: 'complaint', dossierId: complaint.id });
    expect(documents[0]!.data.failingConditions).toEqual([MEDIATION_CONDITION_REFUSALS.warrantyApplies]);
    const { html } = await t.ok('documents.preview', { id: documents[0]!.id }, office.desk.session);
    expect(html).toContain(MEDIATION_CONDITION_REFUSALS.warrantyApplies);
    expect(html).not.toContain(MEDIATION_CONDITION_REFUSALS.signedAgreement);
    const step = stepsOf(t, complaint.id).at(-1)!;
    expect(step).toMatchObject({ step: 'bemiddeling_geweigerd', documentId: documents[0]!.id });
    expect(step.text).toContain('De garantie is nog van toepassing');
  });

  it('B3: all six conditions → mediation allowed', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const started = await t.ok('mediation.start', { complaintId: complaint.id }, office.desk.session);
    const { mediation, documents } = await t.ok('mediation.checkConditions', { id: started.id, conditions: ALL_CONDITIONS }, office.desk.session);
    expect(mediation).toMatchObject({ status: 'toegelaten', failingConditions: [], conditions: ALL_CONDITIONS });
    expect(documents).toEqual([]);
  });

  it('B3: after a refusal the conditions are checked again when new facts come in; two failing conditions are both named', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const started = await t.ok('mediation.start', { complaintId: complaint.id }, office.desk.session);
    const refused = await t.ok('mediation.checkConditions', { id: started.id, conditions: { ...ALL_CONDITIONS, providerInformed: false, severalAttempts: false } }, office.desk.session);
    expect(refused.mediation.failingConditions).toEqual(['providerInformed', 'severalAttempts']);
    expect(refused.documents[0]!.data.failingConditions).toEqual([MEDIATION_CONDITION_REFUSALS.providerInformed, MEDIATION_CONDITION_REFUSALS.severalAttempts]);
    const { mediation } = await t.ok('mediation.checkConditions', { id: started.id, version: refused.mediation.version, conditions: ALL_CONDITIONS }, office.desk.session);
    expect(mediation.status).toBe('toegelaten');
    const late = await t.core.call('mediation.checkConditions', { id: started.id, conditions: ALL_CONDITIONS }, office.desk.session);
    expect(!late.ok && late.error.code).toBe('mediation.step_not_allowed');
  });

  it('B3: a stale version is refused', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const started = await t.ok('mediation.start', { complaintId: complaint.id }, office.desk.session);
    await t.ok('mediation.checkConditions', { id: started.id, conditions: { ...ALL_CONDITIONS, bothIntendToSettle: false } }, office.desk.session);
    const stale = await t.core.call('mediation.checkConditions', { id: started.id, version: started.version, conditions: ALL_CONDITIONS }, office.desk.session);
    expect(!stale.ok && stale.error.code).toBe('record.stale');
  });
});

describe('B2: hoor en wederhoor', () => {
  it('B2: the provider is asked to respond within 10 working days (setting)', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const allowed = await allowedMediation(t, office, complaint.id);
    const { mediation, documents } = await t.ok('mediation.requestResponse', { id: allowed.id, version: allowed.version, via: 'email' }, office.desk.session);
    // Monday 23 November 2026 + 10 working days
    expect(mediation).toMatchObject({ status: 'reactie_gevraagd', responseRequestedOn: '2026-11-23', responseDue: '2026-12-07' });
    expect(documents[0]).toMatchObject({ typeKey: 'mediation-response-request', status: 'verzonden', sentVia: 'email', addresseeName: 'Klusbedrijf De Vries' });
    expect(documents[0]!.data).toMatchObject({ complainantName: 'J. de Vries', responseDue: '2026-12-07', providerAboutCustomer: false, emailSubject: mediation.emailSubject });
    expect(mails()).toEqual([{ to_address: 'info@klusbedrijf.example', subject: 'Klacht van J. de Vries aan het adres van Klusbedrijf De Vries' }]);
    expect(workItems(complaint.id)).toEqual([{ kind: 'reactie_dienstverlener', rule: 'B2', dueOn: '2026-12-07', assigneeId: office.desk.id, teamId: office.leden.id, doneAt: null }]);
  });

  it('B2: the response term follows the setting', async () => {
    t.core.write(office.adminUser.id, (w) => w.update(procedureSettings, ensureProcedureSettings(w, t.core.db).id, { mediationResponseWorkingDays: 5 }));
    const complaint = await complaintAboutProvider(t, office);
    const allowed = await allowedMediation(t, office, complaint.id);
    const { mediation } = await t.ok('mediation.requestResponse', { id: allowed.id }, office.desk.session);
    expect(mediation.responseDue).toBe('2026-11-30');
    expect(t.core.db.select().from(procedureSettings).where(eq(procedureSettings.mediationResponseWorkingDays, 5)).all()).toHaveLength(1);
  });

  it('B2: the complaint is not put to the provider before the conditions are met', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const started = await t.ok('mediation.start', { complaintId: complaint.id }, office.desk.session);
    const early = await t.core.call('mediation.requestResponse', { id: started.id }, office.desk.session);
    expect(!early.ok && early.error.code).toBe('mediation.conditions_not_met');
    await t.ok('mediation.checkConditions', { id: started.id, conditions: { ...ALL_CONDITIONS, signedAgreement: false } }, office.desk.session);
    const refused = await t.core.call('mediation.requestResponse', { id: started.id }, office.desk.session);
    expect(!refused.ok && refused.error.code).toBe('mediation.conditions_not_met');
  });

  it("B2: the provider's response is recorded and its deadline is done", async () => {
    const complaint = await complaintAboutProvider(t, office);
    const allowed = await allowedMediation(t, office, complaint.id);
    await t.ok('mediation.requestResponse', { id: allowed.id }, office.desk.session);
    t.clock.set('2026-11-30T09:00:00Z');
    const future = await t.core.call('mediation.recordResponse', { id: allowed.id, receivedOn: '2026-12-01', response: 'Wij komen het overdoen.' }, office.desk.session);
    expect(!future.ok && future.error.fields?.receivedOn).toBeTruthy();
    const mediation = await t.ok('mediation.recordResponse', { id: allowed.id, receivedOn: '2026-11-27', response: 'Wij komen de kozijnen kosteloos overschilderen.' }, office.desk.session);
    expect(mediation).toMatchObject({ status: 'reactie_ontvangen', responseReceivedOn: '2026-11-27', response: 'Wij komen de kozijnen kosteloos overschilderen.' });
    expect(workItems(complaint.id)[0]!.doneAt).not.toBeNull();
  });

  it('a failing step leaves nothing half-written', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const allowed = await allowedMediation(t, office, complaint.id);
    // Without the provider's e-mail address a letter "per e-mail" cannot go; the whole step is undone.
    const person = await t.ok('persons.get', { id: office.provider.person.id }, office.desk.session);
    await t.ok('persons.update', { ...person, email: null } as never, office.desk.session);
    const stepsBefore = stepsOf(t, complaint.id);
    const result = await t.core.call('mediation.requestResponse', { id: allowed.id, via: 'email' }, office.desk.session);
    expect(!result.ok && result.error.code).toBe('complaint.no_email_address');
    const after = await t.ok('mediation.get', { complaintId: complaint.id }, office.desk.session);
    expect(after).toEqual(allowed);
    expect(workItems(complaint.id)).toEqual([]);
    expect(mails()).toEqual([]);
    expect(stepsOf(t, complaint.id)).toEqual(stepsBefore);
  });
});

describe('B5: a provider complains about a customer', () => {
  it("B5: a provider's complaint about a customer asks the customer to respond", async () => {
    const complaint = await complaintAboutCustomer(t, office);
    const started = await t.ok('mediation.start', { complaintId: complaint.id }, office.desk.session);
    expect(started).toMatchObject({
      direction: 'dienstverlener_over_klant',
      provider: { id: office.provider.id, name: 'Klusbedrijf De Vries' },
      customer: { id: office.complainant.id, name: 'J. de Vries' },
      emailSubject: 'Klacht van Klusbedrijf De Vries aan het adres van J. de Vries',
    });
    expect(stepsOf(t, complaint.id).at(-1)?.text).toBe('Advies gegeven: eerst zelf met de klant in gesprek (B1)');
    const allowed = (await t.ok('mediation.checkConditions', { id: started.id, conditions: ALL_CONDITIONS }, office.desk.session)).mediation;
    const { documents } = await t.ok('mediation.requestResponse', { id: allowed.id }, office.desk.session);
    expect(documents[0]).toMatchObject({ typeKey: 'mediation-response-request', addresseeName: 'Mevrouw J. de Vries', sentVia: 'post' });
    expect(documents[0]!.data).toMatchObject({ complainantName: 'Klusbedrijf De Vries', providerAboutCustomer: true });
  });

  it('B5: a refusal goes to the provider who complained', async () => {
    const complaint = await complaintAboutCustomer(t, office);
    const started = await t.ok('mediation.start', { complaintId: complaint.id }, office.desk.session);
    const { documents } = await t.ok('mediation.checkConditions', { id: started.id, conditions: { ...ALL_CONDITIONS, bothIntendToSettle: false }, via: 'email' }, office.desk.session);
    expect(documents[0]).toMatchObject({ addresseeName: 'Klusbedrijf De Vries', sentVia: 'email' });
    expect(documents[0]!.data.providerName).toBe('J. de Vries');
    expect(mails().map((m) => m.to_address)).toEqual(['info@klusbedrijf.example']);
  });
});

describe('B6: the outcome', () => {
  it('B6: the outcome is recorded', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const allowed = await allowedMediation(t, office, complaint.id);
    await t.ok('mediation.requestResponse', { id: allowed.id }, office.desk.session);
    t.clock.set('2026-12-02T09:00:00Z');
    const mediation = await t.ok('mediation.recordOutcome', { id: allowed.id, outcome: 'opgelost', note: 'Kozijnen zijn opnieuw geschilderd; klant tevreden.' }, office.desk.session);
    expect(mediation).toMatchObject({ status: 'afgerond', outcome: 'opgelost', outcomeNote: 'Kozijnen zijn opnieuw geschilderd; klant tevreden.', outcomeOn: '2026-12-02' });
    // The response never came, but the mediation ended: nobody waits for it any more.
    expect(workItems(complaint.id)[0]!.doneAt).not.toBeNull();
    expect(stepsOf(t, complaint.id).at(-1)?.text).toBe('Uitkomst van de bemiddeling: Opgelost (B6). Kozijnen zijn opnieuw geschilderd; klant tevreden.');
    const again = await t.core.call('mediation.recordOutcome', { id: allowed.id, outcome: 'niet_opgelost' }, office.desk.session);
    expect(!again.ok && again.error).toMatchObject({ code: 'mediation.step_not_allowed', message: expect.stringContaining('Afgerond') });
  });

  it('B6: advice given after a refusal ends the mediation too', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const started = await t.ok('mediation.start', { complaintId: complaint.id }, office.desk.session);
    await t.ok('mediation.checkConditions', { id: started.id, conditions: { ...ALL_CONDITIONS, signedAgreement: false } }, office.desk.session);
    const mediation = await t.ok('mediation.recordOutcome', { id: started.id, outcome: 'advies_gegeven' }, office.desk.session);
    expect(mediation).toMatchObject({ status: 'afgerond', outcome: 'advies_gegeven', outcomeNote: null });
  });
});
