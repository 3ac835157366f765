import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../contracts/format';
import { createTestCore, type TestCore } from '../testing/harness';
import { boardTerminates, documentsOf, footprint, letterText, onDay, workItemsOf } from './ending-test-helpers';
import { qualityOffice, registeredParticipant, type QualityOffice } from './test-helpers';
import { executeDueTerminations } from './termination';

let t: TestCore;
let office: QualityOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await qualityOffice(t);
});
afterEach(() => t.close());

const NOTICE_REASON = 'Wij stoppen met het bedrijf wegens pensioen van de eigenaar.';

describe('Q4: notice by the participant', () => {
  it('Q4: notice received a month or more before the year end ends the participation on that year end (opgezegd), confirmed with T15', async () => {
    const participant = await registeredParticipant(t, office);
    const { participant: after, documents } = await t.ok('quality.terminateByParticipant', { id: participant.id, receivedOn: '2026-11-23', reason: NOTICE_REASON, via: 'post' }, office.desk.session);
    expect(after).toMatchObject({ status: 'opgezegd', terminationDate: '2026-12-31', terminatedBy: 'deelnemer', noticeReceivedOn: '2026-11-23', terminationReason: NOTICE_REASON, stickerDeadline: '2027-01-10' });
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ typeKey: 'quality-termination', status: 'verzonden' });
  });

  it('Q4: notice received on the last day (one calendar month before the year end) is still in time', async () => {
    const participant = await registeredParticipant(t, office);
    onDay(t, '2026-11-30');
    const terms = await t.ok('quality.noticeTerms', { id: participant.id, receivedOn: '2026-11-30' }, office.desk.session);
    expect(terms).toEqual({ currentYearEnd: '2026-12-31', noticeDeadline: '2026-11-30', earliestEndDate: '2026-12-31' });
    const { participant: after } = await t.ok('quality.terminateByParticipant', { id: participant.id, receivedOn: '2026-11-30', reason: null, via: 'post' }, office.desk.session);
    expect(after.terminationDate).toBe('2026-12-31');
  });

  it('Q4: notice received later is refused with quality.notice_too_late naming the earliest allowed end date, and nothing is written', async () => {
    const participant = await registeredParticipant(t, office);
    onDay(t, '2026-12-01');
    const terms = await t.ok('quality.noticeTerms', { id: participant.id, receivedOn: '2026-12-01' }, office.desk.session);
    expect(terms.earliestEndDate).toBe('2027-12-31');
    const before = footprint(t);
    const result = await t.core.call('quality.terminateByParticipant', { id: participant.id, receivedOn: '2026-12-01', reason: NOTICE_REASON, via: 'post' }, office.desk.session);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('quality.notice_too_late');
    expect(result.error.message).toContain(formatDate(terms.earliestEndDate));
    expect(result.error.message).toContain(formatDate('2026-11-30'));
    expect(footprint(t)).toEqual(before);
    expect((await t.ok('quality.get', { id: participant.id }, office.desk.session)).status).toBe('deelnemer');
  });

  it('Q4: notice cannot be given twice', async () => {
    const participant = await registeredParticipant(t, office);
    await t.ok('quality.terminateByParticipant', { id: participant.id, receivedOn: '2026-11-23', reason: null, via: 'post' }, office.desk.session);
    const again = await t.core.call('quality.terminateByParticipant', { id: participant.id, receivedOn: '2026-11-23', reason: null, via: 'post' }, office.desk.session);
    expect(again.ok || again.error.code).toBe('quality.ended');
  });

  it('Q4: the board may terminate at any moment: on a day it chooses (opgezegd until then, beeindigd by the daily run), or today at once', async () => {
    const participant = await registeredParticipant(t, office);
    const { participant: chosen } = await boardTerminates(t, office, participant.id, { terminationDate: '2026-12-02' });
    expect(chosen).toMatchObject({ status: 'opgezegd', terminationDate: '2026-12-02', terminatedBy: 'bestuur' });
    expect(t.core.write(office.adminUser.id, (w) => executeDueTerminations(w, t.core.db, '2026-12-01'))).toBe(0);
    expect(t.core.write(office.adminUser.id, (w) => executeDueTerminations(w, t.core.db, '2026-12-02'))).toBe(1);
    expect((await t.ok('quality.get', { id: participant.id }, office.desk.session)).status).toBe('beeindigd');
  });

  it('Q4: a board termination dated today ends the participation at once, also one under notice (earlier than the notice)', async () => {
    const participant = await registeredParticipant(t, office);
    await t.ok('quality.terminateByParticipant', { id: participant.id, receivedOn: '2026-11-23', reason: null, via: 'post' }, office.desk.session);
    onDay(t, '2026-11-25');
    const { participant: after } = await boardTerminates(t, office, participant.id);
    expect(after).toMatchObject({ status: 'beeindigd', terminationDate: '2026-11-25', terminatedBy: 'bestuur' });
    // Q5 h: the check follows the new date; the one for the notice is done.
    const checks = workItemsOf(t, participant.id).filter((i) => i.kind === 'stickers_controleren');
    expect(checks.map((i) => ({ dueOn: i.dueOn, open: i.doneAt === null }))).toEqual([
      { dueOn: '2027-01-10', open: false },
      { dueOn: '2026-12-05', open: true },
    ]);
  });
});

describe('Q5: the termination letter (T15)', () => {
  it('Q5 a-b, g: T15 is archived in the participant’s dossier and sent, with name, address, place and date, never the reason', async () => {
    const participant = await registeredParticipant(t, office);
    const { documents } = await t.ok('quality.terminateByParticipant', { id: participant.id, receivedOn: '2026-11-23', reason: NOTICE_REASON, via: 'post' }, office.desk.session);
    const archived = documentsOf(t, participant.id).find((d) => d.id === documents[0]!.id);
    expect(archived).toMatchObject({ typeKey: 'quality-termination', status: 'verzonden', sentVia: 'post' });
    const text = await letterText(t, documents[0]!.id);
    for (const part of ['Klusbedrijf De Vries', 'Industrieweg 5', '3446 CD', 'Woerden', participant.registrationNumber, '31 december 2026', '10 januari 2027']) expect(text).toContain(part);
    expect(text).not.toContain(NOTICE_REASON);
    expect(text).not.toContain('pensioen');
  });

  it('Q5 g: the board’s reasons stay in the register; the letter does not carry them', async () => {
    const participant = await registeredParticipant(t, office);
    const reasons = 'Vertrouwelijk: de eigenaar is veroordeeld voor fraude.';
    const { participant: after, documents } = await boardTerminates(t, office, participant.id, { reasons });
    expect(after.terminationReason).toBe(reasons);
    expect(after.decisions[0]).toMatchObject({ rule: 6, outcome: 'beeindigen', reasons, terminationDate: '2026-11-23' });
    const text = await letterText(t, documents[0]!.id);
    expect(text).toContain('Klusbedrijf De Vries');
    expect(text).not.toContain('fraude');
    expect(text).not.toContain('veroordeeld');
  });

  it('Q5: sent by e-mail when asked for: the letter is queued with the .docx to the participant', async () => {
    const participant = await registeredParticipant(t, office);
    const before = footprint(t).mails;
    const { documents } = await boardTerminates(t, office, participant.id, { via: 'email' });
    expect(documentsOf(t, participant.id).find((d) => d.id === documents[0]!.id)?.sentVia).toBe('email');
    const mail = t.core.sqlite.prepare('SELECT to_address AS toAddress, dossier_kind AS dossierKind FROM mail_outbox ORDER BY rowid DESC').get() as { toAddress: string; dossierKind: string };
    expect(footprint(t).mails).toBe(before + 1);
    expect(mail).toEqual({ toAddress: 'info@klusbedrijf.example', dossierKind: 'quality' });
  });

  it('Q5 h-i: the sticker check is due termination + 10 days on the servicedesk’s work list', async () => {
    const participant = await registeredParticipant(t, office);
    await boardTerminates(t, office, participant.id);
    const sticker = workItemsOf(t, participant.id).find((i) => i.kind === 'stickers_controleren');
    expect(sticker).toMatchObject({ rule: 'Q5h', dueOn: '2026-12-03', assigneeRole: 'servicedesk', doneAt: null });
    const list = await t.ok('worklist.items', { scope: 'mine', horizonWorkingDays: 10 }, office.desk.session);
    const item = list.items.find((i) => i.kind === 'stickers_controleren');
    expect(item).toMatchObject({ dueOn: '2026-12-03', dossierNumber: participant.registrationNumber });
    expect(item?.dossierTitle).toContain('Klusbedrijf De Vries');
  });
});
