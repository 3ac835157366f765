import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { improvementOptions } from '../../db/schema';
import { answeredComplaint, complaintOffice, improvementChoice, type ComplaintOffice } from '../complaints/test-helpers';
import { createTestCore, type TestCore } from '../testing/harness';
import { appealedComplaint, footprint, letterText, onDay, openKinds, steps } from './test-helpers';

let t: TestCore;
let office: ComplaintOffice;
let improvement: Awaited<ReturnType<typeof improvementChoice>>;

beforeEach(async () => {
  t = createTestCore();
  office = await complaintOffice(t);
  improvement = await improvementChoice(t, office);
});
afterEach(() => t.close());

const hearingReport = { participants: 'Mevrouw J. de Vries, Dirk Directeur', report: 'Mevrouw De Vries licht haar bezwaar toe.' };

/** Appeal received 8 December, heard by phone on 15 December, decided on 4 January 2027. */
async function heardAppeal(complaint?: Parameters<typeof answeredComplaint>[2]) {
  const { appeal } = await appealedComplaint(t, office, { complaint, hearing: { kind: 'telefonisch', at: '2026-12-15T14:00' } });
  onDay(t, '2026-12-15');
  const heard = await t.ok('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-15', ...hearingReport }, office.director.session);
  onDay(t, '2027-01-04');
  return heard.appeal;
}

const decision = {
  decision: 'deels_gegrond' as const,
  reasons: 'De monteur kwam twee keer niet; de vergoeding was te laag.',
  measures: 'Wij vergoeden ook de vrije dag die u opnam.',
};

describe('the decision (K13)', () => {
  it('K13: the decision letter T6 states the outcome and closes the dossier', async () => {
    const appeal = await heardAppeal();
    const { appeal: decided, complaint, documents } = await t.ok('appeals.decide', { id: appeal.id, version: appeal.version, ...decision, improvement }, office.director.session);
    expect(decided).toMatchObject({
      status: 'beslist',
      decision: 'deels_gegrond',
      decisionReasons: decision.reasons,
      decisionMeasures: decision.measures,
      decidedBy: { id: office.director.id, name: 'Dirk Directeur' },
      decidedOn: '2027-01-04',
    });
    expect(complaint).toMatchObject({
      status: 'afgesloten',
      resolution: 'bezwaar_beslist',
      closedOn: '2027-01-04',
      category: { name: 'Bereikbaarheid' },
      cause: { name: 'Planning' },
      measure: { name: 'Werkinstructie aangepast' },
    });
    expect(openKinds(complaint)).toEqual([]);
    expect(documents).toMatchObject([{ typeKey: 'appeal-decision', status: 'verzonden', sentVia: 'post', addresseeName: 'Mevrouw J. de Vries' }]);
    const letter = await letterText(t, documents[0]!);
    expect(letter).toContain('Op 8 december 2026 ontving ik uw bezwaar');
    expect(letter).toContain('Op 15 december 2026 hebt u het mondeling toegelicht');
    expect(letter).toContain('Ik verklaar uw bezwaar deels gegrond');
    expect(letter).toContain(decision.reasons);
    expect(letter).toContain(decision.measures);
    // Signed by the director who decided.
    expect(letter).toMatch(/Dirk Directeur Directeur/);
    expect(steps(t, complaint.id).slice(-2)).toEqual([
      'Uitspraak op het bezwaar door Dirk Directeur: deels gegrond (K13); dossier afgesloten',
      'Uitspraak (T6) verzonden per post (afdrukken vanuit het dossier)',
    ]);
    expect(await t.ok('appeals.open', {}, office.director.session)).toEqual([]);
  });

  it('K13, K12: the director may decide without a hearing when the complainant wants none', async () => {
    const { appeal } = await appealedComplaint(t, office);
    const { documents } = await t.ok('appeals.decide', { id: appeal.id, decision: 'ongegrond', reasons: 'De oplossing was redelijk.', improvement }, office.director.session);
    const letter = await letterText(t, documents[0]!);
    expect(letter).toContain('Ik verklaar uw bezwaar ongegrond');
    expect(letter).not.toContain('mondeling toegelicht');
    expect(letter).not.toContain('Maatregelen');
  });

  it('K7: the director may not decide an appeal about himself', async () => {
    const appeal = await heardAppeal({ concernsKind: 'medewerker', concernsStaffId: office.director.id, concernsTeamId: null });
    const before = footprint(t);
    const result = await t.core.call('appeals.decide', { id: appeal.id, ...decision, improvement }, office.director.session);
    expect(result).toMatchObject({ ok: false, error: { code: 'complaint.decider_is_subject', message: expect.stringContaining('deze klacht gaat over u') } });
    expect(footprint(t)).toEqual(before);
    expect(await t.ok('appeals.get', { complaintId: appeal.complaintId }, office.manager.session)).toMatchObject({ status: 'gehoord', version: appeal.version, decision: null });
    expect((await t.ok('complaints.get', { id: appeal.complaintId }, office.manager.session)).status).toBe('bezwaar');
  });

  it('K13: only the director decides, and only once', async () => {
    const appeal = await heardAppeal();
    const byManager = await t.core.call('appeals.decide', { id: appeal.id, ...decision, improvement }, office.manager.session);
    expect(byManager).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    await t.ok('appeals.decide', { id: appeal.id, ...decision, improvement }, office.director.session);
    const twice = await t.core.call('appeals.decide', { id: appeal.id, ...decision, decision: 'gegrond', improvement }, office.director.session);
    expect(twice).toMatchObject({ ok: false, error: { code: 'appeal.decided' } });
    const hearing = await t.core.call('appeals.recordHearing', { id: appeal.id, heldOn: '2026-12-15', ...hearingReport }, office.director.session);
    expect(hearing).toMatchObject({ ok: false, error: { code: 'appeal.decided' } });
  });

  it('K15: the decision asks for category, cause and measure that exist, are active and come from their own list', async () => {
    const appeal = await heardAppeal();
    const missing = await t.core.call('appeals.decide', { id: appeal.id, ...decision, improvement: { ...improvement, causeId: '' } }, office.director.session);
    expect(missing).toMatchObject({ ok: false, error: { kind: 'invalid_input', fields: { 'improvement.causeId': 'Kies een oorzaak' } } });

    const before = footprint(t);
    const wrongList = await t.core.call('appeals.decide', { id: appeal.id, ...decision, improvement: { ...improvement, categoryId: improvement.measureId } }, office.director.session);
    expect(wrongList).toMatchObject({ ok: false, error: { code: 'complaint.improvement_unknown', fields: { 'improvement.categoryId': expect.any(String) } } });
    t.core.write(office.adminUser.id, (w) => w.update(improvementOptions, improvement.measureId, { active: false }));
    const retired = await t.core.call('appeals.decide', { id: appeal.id, ...decision, improvement }, office.director.session);
    expect(retired).toMatchObject({ ok: false, error: { code: 'complaint.improvement_unknown', fields: { 'improvement.measureId': expect.any(String) } } });
    const unknown = await t.core.call('appeals.decide', { id: appeal.id, ...decision, improvement: { ...improvement, measureId: '01a1fd29-0000-7000-8000-000000000000' } }, office.director.session);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'complaint.improvement_unknown', fields: { 'improvement.measureId': expect.any(String) } } });
    const counts = footprint(t);
    // Only the retired option's own change was written.
    expect({ ...counts, audit: before.audit, changes: before.changes }).toEqual(before);
  });

  it('asks for a decision and its reasons', async () => {
    const appeal = await heardAppeal();
    const result = await t.core.call('appeals.decide', { id: appeal.id, decision: 'misschien', reasons: '', improvement } as never, office.director.session);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', fields: { decision: 'Kies gegrond, deels gegrond of ongegrond', reasons: expect.any(String) } } });
  });
});

describe("the director's view (K13)", () => {
  it('K13: every open appeal with the whole dossier, the earlier answer and the hearing report, earliest due first', async () => {
    const first = await appealedComplaint(t, office, { receivedOn: '2026-12-10' });
    t.clock.set('2026-11-23T09:30:00Z');
    const second = await appealedComplaint(t, office, { receivedOn: '2026-12-08', hearing: { kind: 'telefonisch', at: '2026-12-14T11:00' } });
    onDay(t, '2026-12-14');
    await t.ok('appeals.recordHearing', { id: second.appeal.id, heldOn: '2026-12-14', ...hearingReport }, office.director.session);

    const open = await t.ok('appeals.open', {}, office.director.session);
    expect(open.map((o) => [o.appeal.id, o.appeal.decisionDue])).toEqual([
      [second.appeal.id, '2027-01-08'],
      [first.appeal.id, '2027-01-11'],
    ]);
    const [heard, waiting] = open;
    expect(heard!.complaint).toMatchObject({ id: second.complaint.id, status: 'bezwaar', answerSolution: 'Wij plannen een nieuwe afspraak en vergoeden de voorrijkosten.' });
    expect(heard!.answerDocument).toMatchObject({ id: second.answered.answerDocumentId, typeKey: 'written-answer', status: 'verzonden' });
    expect(heard!.hearingReportDocument).toMatchObject({ typeKey: 'hearing-report', status: 'verzonden', dossierId: second.complaint.id });
    expect(heard!.appeal.hearingReport).toBe(hearingReport.report);
    expect(waiting!.hearingReportDocument).toBeNull();
    expect(waiting!.answerDocument?.typeKey).toBe('written-answer');

    // Managers see it too; the servicedesk does not.
    expect(await t.ok('appeals.open', {}, office.manager.session)).toHaveLength(2);
    expect(await t.core.call('appeals.open', {}, office.desk.session)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });

    onDay(t, '2027-01-04');
    await t.ok('appeals.decide', { id: second.appeal.id, ...decision, improvement }, office.director.session);
    expect((await t.ok('appeals.open', {}, office.director.session)).map((o) => o.appeal.id)).toEqual([first.appeal.id]);
  });

  it('a complaint without an appeal has none; an unknown complaint is not found', async () => {
    const complaint = await answeredComplaint(t, office);
    expect(await t.ok('appeals.get', { complaintId: complaint.id }, office.desk.session)).toBeNull();
    const unknown = await t.core.call('appeals.get', { complaintId: '01a1fd29-0000-7000-8000-000000000000' }, office.desk.session);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'record.not_found' } });
  });
});
