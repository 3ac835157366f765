import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { qualityParticipants } from '../../db/schema';
import { intakeInputFor } from '../complaints/test-helpers';
import { createTestCore, type TestCore } from '../testing/harness';
import { runDailyQualityAssessment } from './daily';
import { customer, otherProvider, qualityOffice, registeredParticipant, reviewInput, type QualityOffice } from './test-helpers';

let t: TestCore;
let office: QualityOffice;
let participantId: string;
let customerId: string;

beforeEach(async () => {
  t = createTestCore();
  office = await qualityOffice(t);
  participantId = (await registeredParticipant(t, office)).id;
  customerId = (await customer(t, office, 'Bakker')).id;
});
afterEach(() => t.close());

type ItemRow = { kind: string; rule: string; dueOn: string; assigneeRole: string | null; doneAt: string | null };
const workItems = (dossierId: string) =>
  t.core.sqlite
    .prepare("SELECT kind, rule, due_on AS dueOn, assignee_role AS assigneeRole, done_at AS doneAt FROM work_items WHERE dossier_kind = 'quality' AND dossier_id = ? ORDER BY rowid")
    .all(dossierId) as ItemRow[];
const findingCount = (id: string) => t.core.sqlite.prepare('SELECT count(*) FROM quality_findings WHERE participant_id = ?').pluck().get(id) as number;

/** Three reviews in the half year, two insufficient: Q3 rule 1 (staffel 3-6: 2). */
async function rule1Reviews() {
  await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-09-01', true), office.desk.session);
  await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-10-01', false), office.desk.session);
  return t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-11-01', false), office.desk.session);
}

describe('Q3: one finding per evidence, on the board work list', () => {
  it('Q3: the same evidence makes one finding and one board work item, however often it is assessed', async () => {
    await rule1Reviews();
    const again = await t.ok('quality.assessParticipant', { id: participantId }, office.desk.session);
    expect(again.newFindings).toBe(0);
    expect(await t.ok('quality.assessAll', {}, office.board.session)).toEqual({ assessedOn: '2026-11-23', participants: 1, newFindings: 0 });
    // A sufficient review changes the window's count but not the insufficient ones counted.
    await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-11-20', true), office.desk.session);
    expect(findingCount(participantId)).toBe(1);
    // Q3: five working days for the board from Monday 23 November.
    expect(workItems(participantId)).toEqual([{ kind: 'bevinding_beoordelen', rule: 'Q3.1', dueOn: '2026-11-30', assigneeRole: 'board', doneAt: null }]);
  });

  it('Q3: a new insufficient review is new evidence and makes a new finding with its own work item', async () => {
    const first = await rule1Reviews();
    const second = await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-11-15', false), office.desk.session);
    expect(second.findings).toHaveLength(2);
    const newest = second.findings.find((f) => f.id !== first.findings[0]!.id)!;
    expect(newest.evidence.insufficientReviewIds).toHaveLength(3);
    expect(second.openFindings).toBe(2);
    expect(workItems(participantId).map((i) => i.kind)).toEqual(['bevinding_beoordelen', 'bevinding_beoordelen']);
  });

  it('Q3: the finding is on the work list of a board member, not of the servicedesk; the board list shows its evidence', async () => {
    await rule1Reviews();
    const boardList = await t.ok('worklist.items', { scope: 'mine', horizonWorkingDays: 10 }, office.board.session);
    expect(boardList.items.map((i) => [i.kind, i.rule, i.dossierNumber, i.dossierTitle])).toEqual([['bevinding_beoordelen', 'Q3.1', 'KKV-00001', 'Keurmerk — Klusbedrijf De Vries']]);
    const deskList = await t.ok('worklist.items', { scope: 'mine', horizonWorkingDays: 10 }, office.desk.session);
    expect(deskList.items.filter((i) => i.dossierKind === 'quality')).toEqual([]);
    const board = await t.ok('quality.board', {}, office.desk.session);
    expect(board).toEqual([
      {
        participant: { id: participantId, registrationNumber: 'KKV-00001', name: 'Klusbedrijf De Vries', status: 'deelnemer' },
        finding: expect.objectContaining({ rule: 1, kind: 'regel', status: 'open', evidence: expect.objectContaining({ needed: 2, summary: expect.stringContaining('2 van 3') }) }),
        // Assessed on Monday 23 November: five working days.
        dueOn: '2026-11-30',
      },
    ]);
  });

  it('Q3: after the board decided not to terminate, the same evidence does not come back; new evidence does', async () => {
    const found = await rule1Reviews();
    const finding = found.findings[0]!;
    await t.ok('quality.decide', { participantId, findingId: finding.id, outcome: 'niet_beeindigen', reasons: 'Eenmalige pech met een onderaannemer', via: 'post' }, office.board.session);
    expect(workItems(participantId).map((i) => i.doneAt !== null)).toEqual([true]);
    const again = await t.ok('quality.assessParticipant', { id: participantId }, office.board.session);
    expect([again.newFindings, again.participant.openFindings]).toEqual([0, 0]);
    const more = await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-11-20', false), office.desk.session);
    expect(more.openFindings).toBe(1);
  });

  it('Q3: more than 15 reviews in the half year with the last row\'s 4 insufficient: the staffel is silent and the board is asked to judge', async () => {
    // Twelve sufficient, then four insufficient: at 15 reviews 3 are not enough (11-15: 4).
    for (let day = 1; day <= 16; day++) {
      await t.ok('quality.addReview', reviewInput(participantId, customerId, `2026-11-${String(day).padStart(2, '0')}`, day <= 12), office.desk.session);
    }
    const participant = await t.ok('quality.get', { id: participantId }, office.desk.session);
    expect(participant.findings.map((f) => [f.rule, f.kind, f.evidence.reviewIds.length, f.evidence.needed])).toEqual([[1, 'staffel_zwijgt', 16, null]]);
    expect(workItems(participantId).map((i) => [i.kind, i.rule])).toEqual([['staffel_beoordelen', 'Q3.1']]);
  });
});

describe('Q3 rule 4: a complaint about a participant is assessed at intake', () => {
  const aboutProvider = () =>
    intakeInputFor(office, { concernsKind: 'dienstverlener', concernsTeamId: null, concernsProviderId: office.provider.id, agreementExecutedOn: '2026-11-02', description: 'Het dak lekt nog steeds.' });

  it('Q3: a complaint with no review in the year before it makes a rule 4 finding naming the complaint; the execution day is stored', async () => {
    const complaint = await t.ok('complaints.intake', aboutProvider(), office.desk.session);
    const participant = await t.ok('quality.get', { id: participantId }, office.desk.session);
    expect(participant.findings.map((f) => [f.rule, f.evidence.complaintIds])).toEqual([[4, [complaint.id]]]);
    expect(t.core.sqlite.prepare('SELECT agreement_executed_on FROM complaints WHERE id = ?').pluck().get(complaint.id)).toBe('2026-11-02');
  });

  it('Q3: a complaint after a review in the year before it makes no finding', async () => {
    await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-06-01', true), office.desk.session);
    await t.ok('complaints.intake', aboutProvider(), office.desk.session);
    expect(findingCount(participantId)).toBe(0);
  });

  it('Q3: a review before the year but within the twelve months before the complaint counts for rule 4', async () => {
    const other = await otherProvider(t, office, 'Schildersbedrijf Groen');
    const { participant } = await t.ok('quality.register', { providerId: other.id, startDate: '2025-01-01', zelfstandigenBouw: false, yearEndMonthDay: '12-31', notes: null, via: 'post' }, office.desk.session);
    const late = { ...aboutProvider(), concernsProviderId: other.id, receivedAt: '2025-12-10T10:00' };
    await t.ok('quality.addReview', reviewInput(participant.id, customerId, '2025-06-01', true), office.desk.session);
    await t.ok('complaints.intake', late, office.desk.session);
    const rule4 = async () => (await t.ok('quality.get', { id: participant.id }, office.desk.session)).findings.filter((f) => f.rule === 4);
    expect(await rule4()).toEqual([]);
    // The same complaint, with that review older than twelve months before it: rule 4.
    const second = await t.ok('complaints.intake', { ...late, receivedAt: '2026-07-01T10:00' }, office.desk.session);
    expect((await rule4()).map((f) => f.evidence.complaintIds)).toEqual([[second.id]]);
  });

  it('Q3: a complaint about a provider without participation is taken in as always', async () => {
    const other = await otherProvider(t, office, 'Schildersbedrijf Groen');
    const complaint = await t.ok('complaints.intake', { ...aboutProvider(), concernsProviderId: other.id }, office.desk.session);
    expect(complaint.dossierNumber).toMatch(/^K2026-/);
    expect(findingCount(participantId)).toBe(0);
  });
});

describe('Q3: assessing every participant (quality.assessAll and the daily run)', () => {
  it('Q3: assessAll finds the contributions that became overdue, once, for every live participant', async () => {
    const other = await otherProvider(t, office, 'Schildersbedrijf Groen');
    const { participant: second } = await t.ok('quality.register', { providerId: other.id, startDate: '2026-11-23', zelfstandigenBouw: false, yearEndMonthDay: '12-31', notes: null, via: 'post' }, office.desk.session);
    // Due 23 December 2026; on 28 December it is past due and unpaid.
    t.clock.set('2026-12-28T09:00:00Z');
    expect(await t.ok('quality.assessAll', {}, office.board.session)).toEqual({ assessedOn: '2026-12-28', participants: 2, newFindings: 2 });
    expect(await t.ok('quality.assessAll', {}, office.board.session)).toMatchObject({ newFindings: 0 });
    for (const id of [participantId, second.id]) {
      const participant = await t.ok('quality.get', { id }, office.desk.session);
      expect(participant.findings.map((f) => [f.rule, f.evidence.unpaidYears])).toEqual([[5, [2026]]]);
    }
  });

  it('Q3: assessAll is for the board and administrators', async () => {
    expect((await t.core.call('quality.assessAll', {}, office.desk.session)).ok).toBe(false);
  });

  it('Q3: the daily run assesses once a day, by no one, and ends participations whose termination date has come', async () => {
    const other = await otherProvider(t, office, 'Schildersbedrijf Groen');
    const { participant: leaving } = await t.ok('quality.register', { providerId: other.id, startDate: '2026-11-23', zelfstandigenBouw: false, yearEndMonthDay: '12-31', notes: null, via: 'post' }, office.desk.session);
    // Notice accepted for the year end (as the termination procedures leave it).
    t.core.write(office.adminUser.id, (w) => w.update(qualityParticipants, leaving.id, { status: 'opgezegd', terminationDate: '2026-12-31', terminatedBy: 'deelnemer' }));

    t.clock.set('2026-12-28T09:00:00Z');
    expect(runDailyQualityAssessment(t.core)).toMatchObject({ assessedOn: '2026-12-28', participants: 2, newFindings: 2, ended: 0 });
    expect(runDailyQualityAssessment(t.core)).toBeNull();
    const authors = t.core.sqlite.prepare("SELECT DISTINCT user_id FROM audit_log WHERE table_name = 'quality_findings'").pluck().all();
    expect(authors).toEqual([null]);

    t.clock.set('2027-01-01T09:00:00Z');
    expect(runDailyQualityAssessment(t.core)).toMatchObject({ assessedOn: '2027-01-01', participants: 1, ended: 1 });
    expect((await t.ok('quality.get', { id: leaving.id }, office.desk.session)).status).toBe('beeindigd');
    const runs = t.core.sqlite.prepare('SELECT ran_on AS ranOn, participants, new_findings AS newFindings FROM quality_assessment_runs ORDER BY ran_on').all();
    expect(runs).toEqual([
      { ranOn: '2026-12-28', participants: 2, newFindings: 2 },
      { ranOn: '2027-01-01', participants: 1, newFindings: 0 },
    ]);
  });
});

describe('Q3: the register\'s choices', () => {
  it('Q3: the defaults are the rolling half year and year, the reglement\'s staffel, 5 working days for the board and 30 days to pay', async () => {
    expect(await t.ok('quality.getSettings', {}, office.desk.session)).toEqual({
      version: 0,
      reviewWindow: 'rolling',
      yearWindow: 'rolling',
      staffel: [
        { from: 3, to: 6, needed: 2 },
        { from: 7, to: 10, needed: 3 },
        { from: 11, to: 15, needed: 4 },
      ],
      findingDueWorkingDays: 5,
      paymentTermDays: 30,
    });
  });

  it('Q3: with calendar half-years a review from June no longer counts in November; back to rolling it does', async () => {
    const settings = await t.ok('quality.getSettings', {}, office.board.session);
    expect((await t.core.call('quality.updateSettings', { ...settings, reviewWindow: 'calendar_half_year' }, office.desk.session)).ok).toBe(false);
    const calendar = await t.ok('quality.updateSettings', { ...settings, reviewWindow: 'calendar_half_year' }, office.board.session);
    const stale = await t.core.call('quality.updateSettings', { ...settings, findingDueWorkingDays: 5 }, office.board.session);
    expect(stale.ok ? null : stale.error.code).toBe('record.stale');

    await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-06-15', false), office.desk.session);
    await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-07-10', false), office.desk.session);
    const twoInHalfYear = await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-08-01', true), office.desk.session);
    expect(twoInHalfYear.findings).toEqual([]);

    await t.ok('quality.updateSettings', { ...calendar, reviewWindow: 'rolling', findingDueWorkingDays: 5 }, office.board.session);
    const rolling = await t.ok('quality.assessParticipant', { id: participantId }, office.board.session);
    expect(rolling.participant.findings.map((f) => [f.rule, f.evidence.window])).toEqual([[1, { from: '2026-05-24', to: '2026-11-23' }]]);
    expect(workItems(participantId).map((i) => i.dueOn)).toEqual(['2026-11-30']);
  });
});
