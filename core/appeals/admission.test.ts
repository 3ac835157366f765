import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answeredComplaint, complaintOffice, improvementChoice, intakeInputFor, ownedComplaint, type ComplaintOffice } from '../complaints/test-helpers';
import { createTestCore, type TestCore } from '../testing/harness';
import { appealedComplaint, documentRows, footprint, item, letterText, onDay, openKinds, steps, WINDOW_ENDS } from './test-helpers';

let t: TestCore;
let office: ComplaintOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await complaintOffice(t);
});
afterEach(() => t.close());

const grounds = 'Ik ben het niet eens met de oplossing.';

/** A late appeal: received the day after the window, registered on the next working day. */
async function lateAppeal(options: { complaint?: Parameters<typeof answeredComplaint>[2] } = {}) {
  t.clock.set('2026-11-23T09:30:00Z');
  const complaint = await answeredComplaint(t, office, options.complaint);
  onDay(t, '2026-12-28');
  return t.ok('appeals.register', { complaintId: complaint.id, receivedOn: '2026-12-24', grounds }, office.desk.session);
}

describe('registering an appeal (K11)', () => {
  it('K11: an appeal within the month is taken into treatment, acknowledged (T4) and is the director\'s to decide', async () => {
    const { appeal, complaint, documents } = await appealedComplaint(t, office, { receivedOn: '2026-12-08' });
    expect(appeal).toMatchObject({ complaintId: complaint.id, receivedOn: '2026-12-08', late: false, admitted: true, status: 'ontvangen', decisionDue: '2027-01-08' });
    expect(complaint.status).toBe('bezwaar');
    expect(complaint.hasAppeal).toBe(true);
    expect(documents).toMatchObject([{ typeKey: 'appeal-acknowledgement', status: 'verzonden', sentVia: 'post', addresseeName: 'Mevrouw J. de Vries' }]);
    // The dossier no longer waits for the window to pass: the appeal is now the director's work.
    expect(item(complaint, 'afsluiten')?.doneAt).not.toBeNull();
    expect(openKinds(complaint)).toEqual(['uitspraak']);
    expect(item(complaint, 'uitspraak')).toMatchObject({ dueOn: '2027-01-08', rule: 'K13', assigneeRole: 'director', assignee: null });
    expect(steps(t, complaint.id)).toContain('Bezwaar ontvangen op 08-12-2026, binnen de termijn; uitspraak uiterlijk 08-01-2027 (K11, K13)');
    const letter = await letterText(t, documents[0]!);
    expect(letter).toContain('Op 8 december 2026 hebben wij uw bezwaar ontvangen');
    expect(letter).toContain('uiterlijk op 8 januari 2027');
    expect(await t.ok('appeals.get', { complaintId: complaint.id }, office.desk.session)).toEqual(appeal);
  });

  it('K11: an appeal received on the last day of the window is on time', async () => {
    const { appeal } = await appealedComplaint(t, office, { receivedOn: WINDOW_ENDS });
    expect(appeal).toMatchObject({ late: false, admitted: true });
  });

  it('K11: an appeal received the day after the window is marked late and waits for the director', async () => {
    const { appeal, complaint, documents } = await lateAppeal();
    expect(appeal).toMatchObject({ receivedOn: '2026-12-24', late: true, admitted: null, status: 'ontvangen', decisionDue: '2027-01-25' });
    expect(complaint.status).toBe('bezwaar');
    // No acknowledgement yet: its wording depends on the director's decision.
    expect(documents).toEqual([]);
    expect(documentRows(t, complaint.id).filter((d) => d.typeKey.startsWith('appeal'))).toEqual([]);
    expect(openKinds(complaint)).toEqual(['bezwaar_ontvankelijkheid']);
    expect(item(complaint, 'bezwaar_ontvankelijkheid')).toMatchObject({ dueOn: '2026-12-28', rule: 'K11', assigneeRole: 'director' });
    expect(steps(t, complaint.id)).toContain(
      'Bezwaar ontvangen op 24-12-2026, te laat (termijn verliep op 23-12-2026); de directeur beslist of het toch wordt behandeld (K11)',
    );
    const open = await t.ok('appeals.open', {}, office.director.session);
    expect(open.map((o) => o.appeal.id)).toEqual([appeal.id]);
  });

  it('K11: a late appeal registered on a day off is due for admission on the next working day', async () => {
    const complaint = await answeredComplaint(t, office);
    onDay(t, '2026-12-26'); // Tweede Kerstdag, a Saturday
    const { complaint: after } = await t.ok('appeals.register', { complaintId: complaint.id, receivedOn: '2026-12-24', grounds }, office.desk.session);
    expect(item(after, 'bezwaar_ontvankelijkheid')?.dueOn).toBe('2026-12-28');
  });

  it('K12: a hearing proposed with the appeal is in the invitation (T4) and on the director\'s work list', async () => {
    const { appeal, complaint, documents } = await appealedComplaint(t, office, { hearing: { kind: 'hoofdkantoor', at: '2026-12-15T10:30' } });
    // Stored as the instant; 10:30 in Woerden in winter is 09:30 UTC.
    expect(appeal).toMatchObject({ status: 'hoorzitting_gepland', hearingKind: 'hoofdkantoor', hearingAt: '2026-12-15T09:30:00.000Z' });
    expect(item(complaint, 'hoorzitting')).toMatchObject({ dueOn: '2026-12-15', rule: 'K12', assigneeRole: 'director', doneAt: null });
    // The report five working days after the hearing.
    expect(item(complaint, 'gespreksverslag')).toMatchObject({ dueOn: '2026-12-22', rule: 'K12', doneAt: null });
    expect(await letterText(t, documents[0]!)).toContain('op ons hoofdkantoor, Korenmolenlaan 2, 3477 GG Woerden, op 15 december 2026 om 10:30 uur');
  });

  it('K11: the acknowledgement goes by e-mail when asked for, with the letter attached', async () => {
    const complaint = await answeredComplaint(t, office);
    onDay(t, '2026-12-08');
    const { documents } = await t.ok('appeals.register', { complaintId: complaint.id, receivedOn: '2026-12-07', grounds, via: 'email' }, office.desk.session);
    expect(documents[0]).toMatchObject({ sentVia: 'email', status: 'verzonden' });
    const mails = t.core.sqlite.prepare('SELECT to_address AS toAddress, subject FROM mail_outbox').all();
    expect(mails).toEqual([{ toAddress: 'j.devries@example.nl', subject: `Ontvangstbevestiging van uw bezwaar, dossier ${complaint.dossierNumber}` }]);
  });
});

describe('what an appeal needs (K11)', () => {
  it('K11: an appeal needs a written answer that was sent, and there is one appeal per complaint', async () => {
    const unanswered = await ownedComplaint(t, office);
    const early = await t.core.call('appeals.register', { complaintId: unanswered.id, receivedOn: '2026-11-23', grounds }, office.desk.session);
    expect(early).toMatchObject({ ok: false, error: { code: 'appeal.no_answer' } });

    const { answered } = await appealedComplaint(t, office);
    const again = await t.core.call('appeals.register', { complaintId: answered.id, receivedOn: '2026-12-08', grounds }, office.desk.session);
    expect(again).toMatchObject({ ok: false, error: { code: 'appeal.exists' } });
  });

  it('K11: the day of receipt cannot lie ahead, nor before the answer was sent', async () => {
    const complaint = await answeredComplaint(t, office);
    onDay(t, '2026-12-08');
    const ahead = await t.core.call('appeals.register', { complaintId: complaint.id, receivedOn: '2026-12-09', grounds }, office.desk.session);
    expect(ahead).toMatchObject({ ok: false, error: { code: 'appeal.received_in_future', fields: { receivedOn: 'De ontvangstdatum van het bezwaar ligt in de toekomst.' } } });
    const before = await t.core.call('appeals.register', { complaintId: complaint.id, receivedOn: '2026-11-20', grounds }, office.desk.session);
    expect(before).toMatchObject({ ok: false, error: { code: 'appeal.received_before_answer', fields: { receivedOn: expect.stringContaining('(23-11-2026)') } } });
  });

  it('K11, K12: a hearing cannot precede the appeal, and a late appeal gets none before it is admitted', async () => {
    const complaint = await answeredComplaint(t, office);
    onDay(t, '2026-12-28');
    const early = await t.core.call('appeals.register', { complaintId: complaint.id, receivedOn: '2026-12-08', grounds, hearing: { kind: 'telefonisch', at: '2026-12-07T14:00' } }, office.desk.session);
    expect(early).toMatchObject({ ok: false, error: { code: 'appeal.hearing_before_appeal', fields: { 'hearing.at': expect.any(String) } } });
    const late = await t.core.call('appeals.register', { complaintId: complaint.id, receivedOn: '2026-12-24', grounds, hearing: { kind: 'telefonisch', at: '2027-01-05T14:00' } }, office.desk.session);
    expect(late).toMatchObject({ ok: false, error: { code: 'appeal.admission_pending', fields: { 'hearing.at': expect.any(String) } } });
  });

  it('asks for the grounds, a real day and a hearing in the right form', async () => {
    const complaint = await answeredComplaint(t, office);
    const result = await t.core.call('appeals.register', { complaintId: complaint.id, receivedOn: '2026-02-30', grounds: ' ', hearing: { kind: 'videobellen', at: '15-12-2026' } } as never, office.desk.session);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    const fields = (result as { error: { fields: Record<string, string> } }).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['grounds', 'hearing.at', 'hearing.kind', 'receivedOn']);
  });

  it('K11: a dossier closed after the window may still receive a (late) appeal; one resolved otherwise may not', async () => {
    const improvement = await improvementChoice(t, office);
    const closed = await answeredComplaint(t, office);
    onDay(t, '2026-12-28');
    await t.ok('complaints.close', { id: closed.id, improvement }, office.desk.session);
    const { appeal, complaint } = await t.ok('appeals.register', { complaintId: closed.id, receivedOn: '2026-12-28', grounds }, office.desk.session);
    expect(appeal.late).toBe(true);
    expect(complaint.status).toBe('bezwaar');

    const byPhone = await t.ok('complaints.intake', intakeInputFor(office, { resolvedAtIntake: true, solution: 'Direct een nieuwe afspraak gemaakt.', improvement }), office.desk.session);
    const refused = await t.core.call('appeals.register', { complaintId: byPhone.id, receivedOn: '2026-12-28', grounds }, office.desk.session);
    expect(refused).toMatchObject({ ok: false, error: { code: 'appeal.no_answer' } });
  });

  it('a refused registration writes nothing: no appeal, no letter, no work item, no audit line', async () => {
    const person = await t.ok('persons.create', { kind: 'persoon', salutation: 'heer', initials: 'P.', lastName: 'Bakker', street: 'Kerkweg 1', postcode: '3441 AA', city: 'Woerden', preferredChannel: 'post' } as never, office.desk.session);
    const complaint = await answeredComplaint(t, office, { complainantId: person.id });
    onDay(t, '2026-12-08');
    const before = footprint(t);
    const result = await t.core.call('appeals.register', { complaintId: complaint.id, receivedOn: '2026-12-08', grounds, via: 'email' }, office.desk.session);
    expect(result).toMatchObject({ ok: false, error: { code: 'complaint.no_email_address', fields: { via: expect.stringContaining('P. Bakker') } } });
    expect(footprint(t)).toEqual(before);
    expect((await t.ok('complaints.get', { id: complaint.id }, office.desk.session)).status).toBe('beantwoord');
  });

  it('two registrations at once: one appeal, one deadline, one acknowledgement sent; the other leaves at most its unsent concept', async () => {
    const complaint = await answeredComplaint(t, office);
    onDay(t, '2026-12-08');
    const input = { complaintId: complaint.id, receivedOn: '2026-12-08', grounds };
    const results = await Promise.all([t.core.call('appeals.register', input, office.desk.session), t.core.call('appeals.register', input, office.colleague.session)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const failed = results.find((r) => !r.ok) as { error: { code: string } };
    expect(['record.stale', 'appeal.exists']).toContain(failed.error.code);
    expect(t.core.sqlite.prepare('SELECT count(*) AS n FROM complaint_appeals').get()).toEqual({ n: 1 });
    const after = await t.ok('complaints.get', { id: complaint.id }, office.desk.session);
    expect(after.workItems.filter((i) => i.kind === 'uitspraak')).toHaveLength(1);
    const acknowledgements = documentRows(t, complaint.id).filter((d) => d.typeKey === 'appeal-acknowledgement');
    expect(acknowledgements.filter((d) => d.status === 'verzonden')).toHaveLength(1);
    expect(acknowledgements.filter((d) => d.status !== 'verzonden').every((d) => d.status === 'concept')).toBe(true);
  });
});

describe('admitting a late appeal (K11)', () => {
  it('K11: the director admits a late appeal; the acknowledgement follows', async () => {
    const { appeal } = await lateAppeal();
    const { appeal: admitted, complaint, documents } = await t.ok(
      'appeals.admit',
      { id: appeal.id, version: appeal.version, admitted: true, reason: 'Klager lag in het ziekenhuis.', hearing: { kind: 'telefonisch', at: '2027-01-05T14:00' } },
      office.director.session,
    );
    expect(admitted).toMatchObject({ admitted: true, admissionReason: 'Klager lag in het ziekenhuis.', admissionDecidedBy: { id: office.director.id, name: 'Dirk Directeur' }, status: 'hoorzitting_gepland' });
    // K13: the month still counts from the receipt: 24 January 2027 is a Sunday.
    expect(admitted.decisionDue).toBe('2027-01-25');
    expect(item(complaint, 'bezwaar_ontvankelijkheid')?.doneAt).not.toBeNull();
    expect(openKinds(complaint).sort()).toEqual(['gespreksverslag', 'hoorzitting', 'uitspraak']);
    expect(documents).toMatchObject([{ typeKey: 'appeal-acknowledgement', status: 'verzonden' }]);
    const letter = await letterText(t, documents[0]!);
    expect(letter).toContain('De directeur heeft besloten uw bezwaar toch in behandeling te nemen');
    expect(letter).toContain('telefonisch toe te lichten op 5 januari 2027 om 14:00 uur');
    expect(steps(t, complaint.id)).toContain('Te laat bezwaar toch in behandeling genomen door Dirk Directeur: Klager lag in het ziekenhuis.; uitspraak uiterlijk 25-01-2027 (K11, K13)');
  });

  it('K11: a late appeal not admitted ends with a letter', async () => {
    const improvement = await improvementChoice(t, office);
    const { appeal } = await lateAppeal();
    onDay(t, '2026-12-29');
    const { appeal: refused, complaint, documents } = await t.ok(
      'appeals.admit',
      { id: appeal.id, admitted: false, reason: 'Het bezwaar kwam te laat zonder goede reden.', improvement },
      office.director.session,
    );
    expect(refused).toMatchObject({ admitted: false, status: 'niet_ontvankelijk', admissionDecidedBy: { id: office.director.id }, decision: null });
    expect(complaint).toMatchObject({ status: 'afgesloten', resolution: 'schriftelijk_beantwoord', closedOn: '2026-12-29', category: { name: 'Bereikbaarheid' } });
    expect(openKinds(complaint)).toEqual([]);
    expect(documents).toMatchObject([{ typeKey: 'appeal-decision', status: 'verzonden', sentVia: 'post' }]);
    const letter = await letterText(t, documents[0]!);
    expect(letter).toContain('Ik verklaar uw bezwaar niet-ontvankelijk');
    expect(letter).toContain('Het bezwaar kwam te laat zonder goede reden.');
    expect(letter).toContain('Dirk Directeur');
    expect(await t.ok('appeals.open', {}, office.director.session)).toEqual([]);
  });

  it('K11: a dossier that was closed before the late appeal keeps its closing when the appeal is not admitted', async () => {
    const improvement = await improvementChoice(t, office);
    const complaint = await answeredComplaint(t, office);
    onDay(t, '2026-12-28');
    await t.ok('complaints.close', { id: complaint.id, improvement }, office.desk.session);
    onDay(t, '2026-12-30');
    const { appeal } = await t.ok('appeals.register', { complaintId: complaint.id, receivedOn: '2026-12-30', grounds }, office.desk.session);
    onDay(t, '2027-01-04');
    const { complaint: after } = await t.ok('appeals.admit', { id: appeal.id, admitted: false, reason: 'Te laat.' }, office.director.session);
    expect(after).toMatchObject({ status: 'afgesloten', resolution: 'schriftelijk_beantwoord', closedOn: '2026-12-28', category: { name: 'Bereikbaarheid' }, measure: { name: 'Werkinstructie aangepast' } });
  });

  it('K11: only a late appeal awaits admission, only once, and only the director decides it', async () => {
    const { appeal: onTime } = await appealedComplaint(t, office);
    const notLate = await t.core.call('appeals.admit', { id: onTime.id, admitted: true, reason: 'Waarom niet.' }, office.director.session);
    expect(notLate).toMatchObject({ ok: false, error: { code: 'appeal.not_late' } });

    const { appeal } = await lateAppeal();
    const byManager = await t.core.call('appeals.admit', { id: appeal.id, admitted: true, reason: 'Coulance.' }, office.manager.session);
    expect(byManager).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    await t.ok('appeals.admit', { id: appeal.id, admitted: true, reason: 'Coulance.' }, office.director.session);
    const twice = await t.core.call('appeals.admit', { id: appeal.id, admitted: false, reason: 'Toch niet.' }, office.director.session);
    expect(twice).toMatchObject({ ok: false, error: { code: 'appeal.admission_decided' } });
  });

  it('K11: hearing and decision wait for the admission; an appeal not admitted has neither', async () => {
    const improvement = await improvementChoice(t, office);
    const { appeal } = await lateAppeal();
    const hearing = await t.core.call('appeals.scheduleHearing', { id: appeal.id, hearing: { kind: 'telefonisch', at: '2027-01-05T14:00' } }, office.director.session);
    expect(hearing).toMatchObject({ ok: false, error: { code: 'appeal.admission_pending' } });
    const decide = { id: appeal.id, decision: 'ongegrond' as const, reasons: 'Geen nieuwe feiten.', improvement };
    expect(await t.core.call('appeals.decide', decide, office.director.session)).toMatchObject({ ok: false, error: { code: 'appeal.admission_pending' } });
    await t.ok('appeals.admit', { id: appeal.id, admitted: false, reason: 'Te laat.' }, office.director.session);
    expect(await t.core.call('appeals.decide', decide, office.director.session)).toMatchObject({ ok: false, error: { code: 'appeal.not_admitted' } });
  });

  it('K7: the director may not admit a late appeal about himself', async () => {
    const { appeal } = await lateAppeal({ complaint: { concernsKind: 'medewerker', concernsStaffId: office.director.id, concernsTeamId: null } });
    const before = footprint(t);
    const result = await t.core.call('appeals.admit', { id: appeal.id, admitted: false, reason: 'Te laat.' }, office.director.session);
    expect(result).toMatchObject({ ok: false, error: { code: 'complaint.decider_is_subject' } });
    expect(footprint(t)).toEqual(before);
  });

  it('an admission with an old version is refused and writes nothing', async () => {
    const { appeal } = await lateAppeal();
    const before = footprint(t);
    const result = await t.core.call('appeals.admit', { id: appeal.id, version: appeal.version - 1, admitted: true, reason: 'Coulance.' }, office.director.session);
    expect(result).toMatchObject({ ok: false, error: { code: 'record.stale' } });
    expect(footprint(t)).toEqual(before);
  });
});
