import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../testing/harness';
import { answeredComplaint, complaintOffice, improvementChoice, intakeInputFor, ownedComplaint, type ComplaintOffice } from './test-helpers';

let t: TestCore;
let office: ComplaintOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await complaintOffice(t);
});
afterEach(() => t.close());

const open = (items: { kind: string; doneAt: string | null }[]) => items.filter((i) => !i.doneAt).map((i) => i.kind);
const mails = () => t.core.sqlite.prepare('SELECT to_address, subject FROM mail_outbox').all() as { to_address: string; subject: string }[];

describe('forwarding and first contact', () => {
  it('K5: forwarding to a team goes to its manager and sends the acknowledgement (T1) by post', async () => {
    const complaint = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    const { complaint: forwarded, documents } = await t.ok('complaints.forward', { id: complaint.id, teamId: office.leden.id }, office.desk.session);
    expect(forwarded).toMatchObject({ status: 'doorgestuurd', forwardedTeam: { name: 'Leden' }, manager: { id: office.manager.id } });
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ typeKey: 'complaint-acknowledgement', status: 'verzonden', sentVia: 'post', dossierKind: 'complaint', dossierId: complaint.id });
    expect(mails()).toEqual([]);
  });

  it("K5: forwarding to an employee reaches the manager of the employee's team; e-mail when the complainant prefers it", async () => {
    await t.ok('persons.update', { ...(await t.ok('persons.get', { id: office.complainant.id }, office.desk.session)), preferredChannel: 'email' } as never, office.desk.session);
    const complaint = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    const { complaint: forwarded, documents } = await t.ok('complaints.forward', { id: complaint.id, staffId: office.engineer.id }, office.desk.session);
    expect(forwarded.manager?.id).toBe(office.technicalManager.id);
    expect(forwarded.forwardedStaff?.id).toBe(office.engineer.id);
    expect(documents[0]!.sentVia).toBe('email');
    expect(mails()).toEqual([{ to_address: 'j.devries@example.nl', subject: `Ontvangstbevestiging van uw klacht, dossier ${complaint.dossierNumber}` }]);
  });

  it('K8: the first call is due on the day of forwarding, the written answer six weeks after receipt (K10)', async () => {
    const complaint = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    const { complaint: forwarded } = await t.ok('complaints.forward', { id: complaint.id, teamId: office.leden.id }, office.desk.session);
    const due = Object.fromEntries(forwarded.workItems.map((i) => [i.kind, [i.dueOn, i.rule, i.assignee?.id]]));
    expect(due).toEqual({ eerste_contact: ['2026-11-23', 'K8', office.manager.id], schriftelijk_antwoord: ['2027-01-04', 'K10', office.manager.id] });
  });

  it('K8: forwarded after office hours, the first call is due the next working day', async () => {
    const complaint = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    t.clock.set('2026-11-27T17:00:00Z'); // Friday 18:00 in Woerden
    const { complaint: forwarded } = await t.ok('complaints.forward', { id: complaint.id, teamId: office.leden.id }, office.desk.session);
    expect(forwarded.workItems.find((i) => i.kind === 'eerste_contact')?.dueOn).toBe('2026-11-30');
  });

  it('K6: the manager names the dossier owner, who takes over the deadlines', async () => {
    const complaint = await ownedComplaint(t, office);
    expect(complaint.owner?.id).toBe(office.desk.id);
    expect(complaint.status).toBe('in_behandeling');
    expect(complaint.workItems.every((i) => i.assignee?.id === office.desk.id)).toBe(true);
  });

  it('K6: only management assigns the owner', async () => {
    const complaint = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    await t.ok('complaints.forward', { id: complaint.id, teamId: office.leden.id }, office.desk.session);
    const result = await t.core.call('complaints.assignOwner', { id: complaint.id, ownerId: office.desk.id }, office.desk.session);
    expect(!result.ok && result.error.kind).toBe('forbidden');
  });

  it('K7: the employee the complaint is about cannot become its owner', async () => {
    const complaint = await t.ok('complaints.intake', intakeInputFor(office, { concernsKind: 'medewerker', concernsStaffId: office.colleague.id, concernsTeamId: null }), office.desk.session);
    await t.ok('complaints.forward', { id: complaint.id, teamId: office.leden.id }, office.desk.session);
    const result = await t.core.call('complaints.assignOwner', { id: complaint.id, ownerId: office.colleague.id }, office.manager.session);
    expect(!result.ok && result.error).toMatchObject({ code: 'complaint.owner_is_subject', fields: { ownerId: expect.stringContaining('Kees Collega') } });
  });

  it('K8: a call that reaches the complainant completes the first-contact deadline; the manager may call when the owner cannot', async () => {
    const complaint = await ownedComplaint(t, office);
    const missed = await t.ok('complaints.logCall', { id: complaint.id, calledAt: '2026-11-23T10:20', reached: false, outcome: 'Voicemail ingesproken.' }, office.desk.session);
    expect(open(missed.complaint.workItems)).toContain('eerste_contact');
    const { complaint: after } = await t.ok('complaints.logCall', { id: complaint.id, calledAt: '2026-11-23T10:25', reached: true, outcome: 'Klant gesproken; meer informatie gekregen.' }, office.manager.session);
    expect(open(after.workItems)).toEqual(['schriftelijk_antwoord']);
    expect(after.calls.map((c) => [c.callerRole, c.reached])).toEqual([
      ['eigenaar', false],
      ['manager', true],
    ]);
  });

  it('K9: resolved by phone closes the dossier with the agreements and confirms them in writing (T2) when wanted', async () => {
    const complaint = await ownedComplaint(t, office);
    const improvement = improvementChoice(t, office);
    const { complaint: closed, documents } = await t.ok(
      'complaints.logCall',
      { id: complaint.id, calledAt: '2026-11-23T10:20', reached: true, outcome: 'Opgelost.', resolvedByPhone: true, agreements: '- Monteur komt donderdag\n- Voorrijkosten vervallen', confirmationWanted: true, improvement },
      office.desk.session,
    );
    expect(closed).toMatchObject({ status: 'afgesloten', resolution: 'telefonisch_opgelost', resolutionText: '- Monteur komt donderdag\n- Voorrijkosten vervallen' });
    expect(open(closed.workItems)).toEqual([]);
    expect(documents.map((d) => [d.typeKey, d.status])).toEqual([['phone-agreements', 'verzonden']]);
  });

  it('K9: resolved by phone without a wish for confirmation sends no letter', async () => {
    const complaint = await ownedComplaint(t, office);
    const { documents } = await t.ok(
      'complaints.logCall',
      { id: complaint.id, calledAt: '2026-11-23T10:20', reached: true, outcome: 'Opgelost.', resolvedByPhone: true, agreements: 'Excuses aanvaard.', improvement: improvementChoice(t, office) },
      office.desk.session,
    );
    expect(documents).toEqual([]);
  });

  it('K8: a call cannot be logged before the complaint is forwarded', async () => {
    const complaint = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    const result = await t.core.call('complaints.logCall', { id: complaint.id, calledAt: '2026-11-23T10:20', reached: true, outcome: 'x' }, office.desk.session);
    expect(!result.ok && result.error.code).toBe('complaint.not_forwarded');
  });
});

describe('written answer', () => {
  it('K10: the owner drafts, the manager approves, sending starts the one-month appeal window (K11)', async () => {
    const complaint = await ownedComplaint(t, office);
    const drafted = await t.ok('complaints.draftAnswer', { id: complaint.id, answerSummary: 'U meldde dat de monteur niet kwam.', answerSolution: 'Nieuwe afspraak.' }, office.desk.session);
    expect(drafted.documents[0]).toMatchObject({ typeKey: 'written-answer', status: 'concept' });
    expect(open(drafted.complaint.workItems)).toContain('antwoord_goedkeuren');
    const notYet = await t.core.call('complaints.sendAnswer', { id: complaint.id }, office.desk.session);
    expect(!notYet.ok && notYet.error.code).toBe('complaint.answer_not_approved');
    const approved = await t.ok('complaints.approveAnswer', { id: complaint.id }, office.manager.session);
    expect(approved.documents[0]!.status).toBe('definitief');
    t.clock.set('2026-12-01T10:00:00Z');
    const sent = await t.ok('complaints.sendAnswer', { id: complaint.id, via: 'post' }, office.desk.session);
    expect(sent.complaint).toMatchObject({ status: 'beantwoord', answerSentOn: '2026-12-01', appealWindowEnds: '2027-01-04' });
    expect(sent.documents[0]).toMatchObject({ status: 'verzonden', sentVia: 'post' });
    expect(open(sent.complaint.workItems)).toEqual(['afsluiten']);
  });

  it('K10: a new draft replaces the previous concept', async () => {
    const complaint = await ownedComplaint(t, office);
    const first = await t.ok('complaints.draftAnswer', { id: complaint.id, answerSummary: 'Eerste versie.', answerSolution: 'A.' }, office.desk.session);
    const second = await t.ok('complaints.draftAnswer', { id: complaint.id, answerSummary: 'Tweede versie.', answerSolution: 'B.' }, office.desk.session);
    const docs = await t.ok('documents.list', { dossierKind: 'complaint', dossierId: complaint.id }, office.desk.session);
    expect(docs.map((d) => d.id)).not.toContain(first.documents[0]!.id);
    expect(docs.map((d) => d.id)).toContain(second.documents[0]!.id);
    expect(second.complaint.workItems.filter((i) => i.kind === 'antwoord_goedkeuren')).toHaveLength(1);
  });

  it('K7: the manager the complaint is about cannot approve the answer; another manager or the director can', async () => {
    const complaint = await ownedComplaint(t, office, { concernsKind: 'medewerker', concernsStaffId: office.manager.id, concernsTeamId: null });
    await t.ok('complaints.draftAnswer', { id: complaint.id, answerSummary: 'Over de manager.', answerSolution: 'Gesprek.' }, office.desk.session);
    const refused = await t.core.call('complaints.approveAnswer', { id: complaint.id }, office.manager.session);
    expect(!refused.ok && refused.error).toMatchObject({ code: 'complaint.decider_is_subject', message: expect.stringContaining('deze klacht gaat over u') });
    expect((await t.ok('complaints.get', { id: complaint.id }, office.desk.session)).answerApprovedBy).toBeNull();
    const approved = await t.ok('complaints.approveAnswer', { id: complaint.id }, office.director.session);
    expect(approved.complaint.answerApprovedBy?.id).toBe(office.director.id);
  });

  it('K10: servicedesk staff cannot approve an answer', async () => {
    const complaint = await ownedComplaint(t, office);
    await t.ok('complaints.draftAnswer', { id: complaint.id, answerSummary: 'x', answerSolution: 'y' }, office.desk.session);
    const result = await t.core.call('complaints.approveAnswer', { id: complaint.id }, office.desk.session);
    expect(!result.ok && result.error.kind).toBe('forbidden');
  });
});

describe('closing and duplicates', () => {
  it('K15: closing records category, cause and measure', async () => {
    const complaint = await answeredComplaint(t, office);
    const improvement = improvementChoice(t, office);
    const closed = await t.ok('complaints.close', { id: complaint.id, improvement, note: 'Geen bezwaar ontvangen.' }, office.desk.session);
    expect(closed).toMatchObject({ status: 'afgesloten', resolution: 'schriftelijk_beantwoord', category: { name: 'Bereikbaarheid' }, cause: { name: 'Planning' }, measure: { name: 'Werkinstructie aangepast' } });
    expect(open(closed.workItems)).toEqual([]);
  });

  it('K15: a closing without the three choices, or with a retired one, is refused at the field', async () => {
    const complaint = await answeredComplaint(t, office);
    const missing = await t.core.call('complaints.close', { id: complaint.id, improvement: { categoryId: '', causeId: '', measureId: '' } }, office.desk.session);
    expect(!missing.ok && missing.error.fields).toMatchObject({ 'improvement.categoryId': 'Kies een categorie', 'improvement.causeId': 'Kies een oorzaak' });
    const improvement = improvementChoice(t, office);
    const swapped = await t.core.call('complaints.close', { id: complaint.id, improvement: { ...improvement, categoryId: improvement.causeId } }, office.desk.session);
    expect(!swapped.ok && swapped.error).toMatchObject({ code: 'complaint.improvement_unknown', fields: { 'improvement.categoryId': expect.any(String) } });
  });

  it('a duplicate report is linked to the main dossier and closed; chains are refused', async () => {
    const main = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    const dup = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    const third = await t.ok('complaints.intake', intakeInputFor(office), office.desk.session);
    const linked = await t.ok('complaints.linkDuplicate', { id: dup.id, mainId: main.id }, office.desk.session);
    expect(linked).toMatchObject({ status: 'afgesloten', resolution: 'samengevoegd', mainComplaint: { id: main.id } });
    expect((await t.ok('complaints.get', { id: main.id }, office.desk.session)).duplicates).toEqual([{ id: dup.id, dossierNumber: dup.dossierNumber }]);
    const chain = await t.core.call('complaints.linkDuplicate', { id: third.id, mainId: dup.id }, office.desk.session);
    expect(!chain.ok && chain.error.message).toContain(main.dossierNumber);
  });

  it('the list shows open dossiers with their next deadline and finds them by number or name', async () => {
    const a = await ownedComplaint(t, office);
    await t.ok('complaints.intake', intakeInputFor(office, { resolvedAtIntake: true, solution: 'Opgelost.', improvement: improvementChoice(t, office) }), office.desk.session);
    const list = await t.ok('complaints.list', { status: 'open' }, office.desk.session);
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ id: a.id, complainantName: 'J. de Vries', concernsLabel: 'Team Leden', ownerName: 'Sanne Servicedesk', teamName: 'Leden', nextDueOn: '2026-11-23' });
    expect((await t.ok('complaints.list', { query: 'vries' }, office.desk.session)).total).toBe(2);
    expect((await t.ok('complaints.list', { query: a.dossierNumber }, office.desk.session)).rows.map((r) => r.id)).toEqual([a.id]);
  });
});
