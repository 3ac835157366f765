import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complaintOffice, type ComplaintOffice } from '../complaints/test-helpers';
import { createTestCore, type TestCore } from '../testing/harness';
import { appealedComplaint, decisionCountsFromHearing, footprint, item, letterText, onDay, openKinds, steps } from './test-helpers';

let t: TestCore;
let office: ComplaintOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await complaintOffice(t);
});
afterEach(() => t.close());

const report = {
  participants: 'Mevrouw J. de Vries, Dirk Directeur',
  report: 'Mevrouw De Vries licht toe dat de monteur twee keer niet kwam.\n\nDe directeur zegt toe het dossier opnieuw te beoordelen.',
};

describe('the hearing (K12)', () => {
  it('K12: the hearing report is sent to the complainant as a copy', async () => {
    const { appeal } = await appealedComplaint(t, office, { hearing: { kind: 'telefonisch', at: '2026-12-15T14:00' } });
    onDay(t, '2026-12-16');
    const { appeal: heard, complaint, documents } = await t.ok('appeals.recordHearing', { id: appeal.id, version: appeal.version, heldOn: '2026-12-15', ...report }, office.director.session);
    expect(heard).toMatchObject({ status: 'gehoord', hearingHeldOn: '2026-12-15', hearingParticipants: report.participants, hearingReport: report.report });
    expect(documents).toMatchObject([{ typeKey: 'hearing-report', status: 'verzonden', sentVia: 'post', addresseeName: 'Mevrouw J. de Vries' }]);
    const letter = await letterText(t, documents[0]!);
    expect(letter).toContain('Hierbij ontvangt u een afschrift van het verslag van ons telefoongesprek over uw bezwaar van 8 december 2026');
    expect(letter).toContain('De directeur zegt toe het dossier opnieuw te beoordelen.');
    expect(letter).toContain(report.participants);
    // The hearing and its report are done; the decision is what remains.
    expect(item(complaint, 'hoorzitting')?.doneAt).not.toBeNull();
    expect(item(complaint, 'gespreksverslag')?.doneAt).not.toBeNull();
    expect(openKinds(complaint)).toEqual(['uitspraak']);
    expect(steps(t, complaint.id).slice(-2)).toEqual([
      'Gesprek over het bezwaar gehouden op 15-12-2026, telefonisch, met Mevrouw J. de Vries, Dirk Directeur (K12)',
      'Afschrift van het gespreksverslag (T5) verzonden per post (afdrukken vanuit het dossier)',
    ]);
  });

  it('K12: the copy goes by e-mail when the complainant prefers it', async () => {
    const person = await t.ok('persons.get', { id: office.complainant.id }, office.desk.session);
    await t.ok('persons.update', { ...person, preferredChannel: 'email' } as never, office.desk.session);
    const { appeal, complaint } = await appealedComplaint(t, office, { hearing: { kind: 'hoofdkantoor', at: '2026-12-15T10:00' } });
    onDay(t, '2026-12-15');
    const { documents } = await t.ok('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-15', ...report }, office.director.session);
    expect(documents[0]).toMatchObject({ sentVia: 'email' });
    const subjects = (t.core.sqlite.prepare('SELECT subject FROM mail_outbox ORDER BY rowid').all() as { subject: string }[]).map((m) => m.subject);
    expect(subjects).toContain(`Gespreksverslag over uw bezwaar, dossier ${complaint.dossierNumber}`);
  });

  it('K12: a hearing planned later is on the director\'s list; moving it moves the hearing and its report', async () => {
    const { appeal } = await appealedComplaint(t, office);
    const planned = await t.ok('appeals.scheduleHearing', { id: appeal.id, hearing: { kind: 'hoofdkantoor', at: '2026-12-15T10:00' } }, office.desk.session);
    expect(planned.appeal).toMatchObject({ status: 'hoorzitting_gepland', hearingKind: 'hoofdkantoor', hearingAt: '2026-12-15T09:00:00.000Z' });
    expect(planned.documents).toEqual([]);
    expect(item(planned.complaint, 'hoorzitting')).toMatchObject({ dueOn: '2026-12-15', rule: 'K12', assigneeRole: 'director' });

    const moved = await t.ok('appeals.scheduleHearing', { id: appeal.id, version: planned.appeal.version, hearing: { kind: 'telefonisch', at: '2026-12-17T16:30' } }, office.desk.session);
    expect(moved.appeal).toMatchObject({ hearingKind: 'telefonisch', hearingAt: '2026-12-17T15:30:00.000Z' });
    const open = moved.complaint.workItems.filter((i) => !i.doneAt);
    expect(open.map((i) => [i.kind, i.dueOn]).sort()).toEqual([
      ['gespreksverslag', '2026-12-24'],
      ['hoorzitting', '2026-12-17'],
      ['uitspraak', '2027-01-08'],
    ]);
    expect(steps(t, appeal.complaintId)).toContain('Gesprek over het bezwaar verzet, nu op 17-12-2026 16:30, telefonisch (K12)');
  });

  it('K12: a hearing is recorded once it took place, not before the appeal, and only when it was planned', async () => {
    const { appeal } = await appealedComplaint(t, office);
    const unplanned = await t.core.call('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-08', ...report }, office.director.session);
    expect(unplanned).toMatchObject({ ok: false, error: { code: 'appeal.hearing_not_scheduled' } });

    await t.ok('appeals.scheduleHearing', { id: appeal.id, hearing: { kind: 'telefonisch', at: '2026-12-15T14:00' } }, office.director.session);
    const ahead = await t.core.call('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-15', ...report }, office.director.session);
    expect(ahead).toMatchObject({ ok: false, error: { code: 'appeal.hearing_in_future', fields: { heldOn: expect.any(String) } } });
    const before = await t.core.call('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-07', ...report }, office.director.session);
    expect(before).toMatchObject({ ok: false, error: { code: 'appeal.hearing_before_appeal', fields: { heldOn: expect.any(String) } } });
    const empty = await t.core.call('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-08', participants: '', report: ' ' }, office.director.session);
    expect(empty).toMatchObject({ ok: false, error: { kind: 'invalid_input', fields: { participants: expect.any(String), report: expect.any(String) } } });
    const planBefore = await t.core.call('appeals.scheduleHearing', { id: appeal.id, hearing: { kind: 'telefonisch', at: '2026-12-01T14:00' } }, office.director.session);
    expect(planBefore).toMatchObject({ ok: false, error: { code: 'appeal.hearing_before_appeal', fields: { 'hearing.at': expect.any(String) } } });

    onDay(t, '2026-12-15');
    await t.ok('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-15', ...report }, office.director.session);
    const again = await t.core.call('appeals.scheduleHearing', { id: appeal.id, hearing: { kind: 'telefonisch', at: '2026-12-18T14:00' } }, office.director.session);
    expect(again).toMatchObject({ ok: false, error: { code: 'appeal.hearing_held' } });
  });

  it('a refused hearing report writes nothing', async () => {
    const person = await t.ok('persons.create', { kind: 'persoon', salutation: 'heer', initials: 'P.', lastName: 'Bakker', street: 'Kerkweg 1', postcode: '3441 AA', city: 'Woerden', preferredChannel: 'post' } as never, office.desk.session);
    const { appeal } = await appealedComplaint(t, office, { complaint: { complainantId: person.id }, hearing: { kind: 'telefonisch', at: '2026-12-15T14:00' } });
    onDay(t, '2026-12-15');
    const before = footprint(t);
    const result = await t.core.call('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-15', ...report, via: 'email' }, office.director.session);
    expect(result).toMatchObject({ ok: false, error: { code: 'complaint.no_email_address' } });
    expect(footprint(t)).toEqual(before);
    expect(await t.ok('appeals.get', { complaintId: appeal.complaintId }, office.director.session)).toMatchObject({ status: 'hoorzitting_gepland', hearingHeldOn: null });
  });
});

describe('when the decision is due (K13)', () => {
  it('K13: the decision is due one month after the appeal was received', async () => {
    const { appeal, complaint } = await appealedComplaint(t, office, { receivedOn: '2026-12-08', hearing: { kind: 'telefonisch', at: '2026-12-17T14:00' } });
    expect(appeal.decisionDue).toBe('2027-01-08');
    expect(item(complaint, 'uitspraak')).toMatchObject({ dueOn: '2027-01-08', rule: 'K13' });
    // By default a later hearing does not move it.
    onDay(t, '2026-12-17');
    const heard = await t.ok('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-17', ...report }, office.director.session);
    expect(heard.appeal.decisionDue).toBe('2027-01-08');
    expect(item(heard.complaint, 'uitspraak')?.dueOn).toBe('2027-01-08');
  });

  it('K13: a month that ends on a day off gives the next working day', async () => {
    const { appeal } = await appealedComplaint(t, office, { receivedOn: '2026-12-01' });
    // 1 January 2027 is Nieuwjaarsdag, then a weekend.
    expect(appeal.decisionDue).toBe('2027-01-04');
  });

  it('K13: with the setting, the decision is due one month after the hearing', async () => {
    decisionCountsFromHearing(t, office);
    const { appeal } = await appealedComplaint(t, office, { receivedOn: '2026-12-08' });
    // No hearing yet: counted from the receipt.
    expect(appeal.decisionDue).toBe('2027-01-08');

    const planned = await t.ok('appeals.scheduleHearing', { id: appeal.id, hearing: { kind: 'hoofdkantoor', at: '2026-12-15T10:00' } }, office.director.session);
    expect(planned.appeal.decisionDue).toBe('2027-01-15');
    expect(item(planned.complaint, 'uitspraak')).toMatchObject({ dueOn: '2027-01-15', rule: 'K13' });

    // Held two days later than planned: 17 January 2027 is a Sunday.
    onDay(t, '2026-12-17');
    const heard = await t.ok('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-17', ...report }, office.director.session);
    expect(heard.appeal.decisionDue).toBe('2027-01-18');
    expect(item(heard.complaint, 'uitspraak')?.dueOn).toBe('2027-01-18');
    expect(heard.complaint.workItems.filter((i) => i.kind === 'uitspraak')).toHaveLength(1);
    expect(steps(t, appeal.complaintId)).toContain(
      'Gesprek over het bezwaar gehouden op 17-12-2026, op het hoofdkantoor, met Mevrouw J. de Vries, Dirk Directeur (K12); uitspraak nu uiterlijk 18-01-2027 (K13)',
    );
  });
});
