import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appealedComplaint, onDay } from '../appeals/test-helpers';
import { amsterdamDay } from '../contracts/format';
import { mediationOffice, type MediationOffice } from '../mediation/test-helpers';
import { createTestCore, type TestCore } from '../testing/harness';
import { amsterdamDaySql, monthsBetween, REPORT_SQL } from './report';
import { answeredComplaint, improvementChoice, intakeInputFor, ownedComplaint } from './test-helpers';

let t: TestCore;
let office: MediationOffice;
let choice: Awaited<ReturnType<typeof improvementChoice>>;

beforeEach(async () => {
  t = createTestCore();
  office = await mediationOffice(t);
  choice = await improvementChoice(t, office);
});
afterEach(() => t.close());

const report = (from: string, to: string) => t.ok('complaints.report', { from, to }, office.manager.session);
const intake = (overrides: Parameters<typeof intakeInputFor>[1]) => t.ok('complaints.intake', intakeInputFor(office, overrides), office.desk.session);
const resolvedByPhone = (id: string, improvement = choice) =>
  t.ok('complaints.logCall', { id, calledAt: '2026-11-23T10:25', reached: true, outcome: 'Opgelost.', resolvedByPhone: true, agreements: 'Nieuwe afspraak gemaakt.', improvement }, office.desk.session);

describe('K15: the complaint report', () => {
  it('K15: the report counts complaints per team, provider, channel and category', async () => {
    const communicatie = (await t.ok('improvement.add', { list: 'categorie', name: 'Communicatie' }, office.admin)).find((o) => o.name === 'Communicatie')!.id;
    // Resolved at intake, about team Leden.
    await intake({ channel: 'telefoon', resolvedAtIntake: true, solution: 'Excuses aangeboden.', improvement: choice });
    // About the provider, by e-mail, forwarded to Techniek and resolved by phone.
    const aboutProvider = await intake({ channel: 'email', concernsKind: 'dienstverlener', concernsTeamId: null, concernsProviderId: office.provider.id });
    await t.ok('complaints.forward', { id: aboutProvider.id, teamId: office.techniek.id }, office.desk.session);
    await resolvedByPhone(aboutProvider.id, { ...choice, categoryId: communicatie });
    // October: by post about the service in general, forwarded to an employee of Leden; by form about Techniek, not yet forwarded.
    const byPost = await intake({ channel: 'post', receivedAt: '2026-10-15T10:00', concernsKind: 'organisatie', concernsTeamId: null });
    await t.ok('complaints.forward', { id: byPost.id, staffId: office.colleague.id }, office.desk.session);
    await intake({ channel: 'formulier', receivedAt: '2026-10-20T11:00', concernsTeamId: office.techniek.id });
    // Not counted: a duplicate of the letter, and a complaint from before the period.
    const duplicate = await intake({ channel: 'email', receivedAt: '2026-10-16T09:00' });
    await t.ok('complaints.linkDuplicate', { id: duplicate.id, mainId: byPost.id }, office.desk.session);
    await intake({ receivedAt: '2026-09-30T16:00' });

    const result = await report('2026-10-01', '2026-11-30');
    expect(result).toMatchObject({ from: '2026-10-01', to: '2026-11-30', total: 4, closed: 2, averageHandlingDays: 0 });
    expect(result.perMonth).toEqual([
      { month: '2026-10', received: 2, closed: 0 },
      { month: '2026-11', received: 2, closed: 2 },
    ]);
    expect(result.perTeam).toEqual([
      { key: office.leden.id, label: 'Leden', count: 2 },
      { key: office.techniek.id, label: 'Techniek', count: 2 },
    ]);
    expect(result.perProvider).toEqual([{ key: office.provider.id, label: 'Klusbedrijf De Vries', count: 1 }]);
    expect(result.perChannel).toEqual([
      { key: 'telefoon', label: 'Telefoon', count: 1 },
      { key: 'email', label: 'E-mail', count: 1 },
      { key: 'post', label: 'Post', count: 1 },
      { key: 'formulier', label: 'Digitaal klachtformulier', count: 1 },
    ]);
    expect(result.perCategory).toEqual([
      { key: choice.categoryId, label: 'Bereikbaarheid', count: 1 },
      { key: communicatie, label: 'Communicatie', count: 1 },
    ]);
    expect(result.perCause).toEqual([{ key: choice.causeId, label: 'Planning', count: 2 }]);
    expect((await report('2026-11-01', '2026-11-30')).total).toBe(2);
  });

  it('K15: the average handling time counts calendar days from receipt to closing, over closed complaints only', async () => {
    const october = await intake({ receivedAt: '2026-10-15T10:00' });
    await t.ok('complaints.forward', { id: october.id, teamId: office.leden.id }, office.desk.session);
    await resolvedByPhone(october.id); // 39 days
    const today = await intake({});
    await t.ok('complaints.forward', { id: today.id, teamId: office.leden.id }, office.desk.session);
    await resolvedByPhone(today.id); // 0 days
    await intake({ receivedAt: '2026-10-01T09:00' }); // still open
    expect(await report('2026-10-01', '2026-12-31')).toMatchObject({ total: 3, closed: 2, averageHandlingDays: 19.5 });
    expect((await report('2026-12-01', '2026-12-31')).averageHandlingDays).toBeNull();
  });

  it('K8: a first call made the next day counts as late', async () => {
    const nextDay = await ownedComplaint(t, office);
    const sameDay = await ownedComplaint(t, office);
    const neverCalled = await ownedComplaint(t, office);
    t.clock.set('2026-11-23T15:30:00Z');
    await t.ok('complaints.logCall', { id: sameDay.id, calledAt: '2026-11-23T16:00', reached: true, outcome: 'Gesproken.' }, office.desk.session);
    expect((await report('2026-11-01', '2026-11-30')).lateFirstCalls).toBe(0);
    // 00:30 on Tuesday in Woerden is still Monday in UTC: the day counts in Woerden.
    t.clock.set('2026-11-23T23:30:00Z');
    await t.ok('complaints.logCall', { id: nextDay.id, calledAt: '2026-11-24T00:30', reached: true, outcome: 'Gesproken.' }, office.desk.session);
    const late = await report('2026-11-01', '2026-11-30');
    expect(late.lateFirstCalls).toBe(2); // called the next day, and never called while Monday has passed
    expect(neverCalled.workItems.find((i) => i.kind === 'eerste_contact')?.doneAt).toBeNull();
  });

  it('K8: a complaint forwarded after closing time may be called the next working day without being late', async () => {
    t.clock.set('2026-11-23T17:15:00Z'); // 18:15 in Woerden
    const late = await ownedComplaint(t, office, { receivedAt: '2026-11-23T18:00' });
    expect(late.workItems.find((i) => i.kind === 'eerste_contact')?.dueOn).toBe('2026-11-24');
    t.clock.set('2026-11-24T09:30:00Z');
    await t.ok('complaints.logCall', { id: late.id, calledAt: '2026-11-24T10:15', reached: true, outcome: 'Gesproken.' }, office.desk.session);
    expect((await report('2026-11-01', '2026-11-30')).lateFirstCalls).toBe(0);
  });

  it('K10: an answer sent after six weeks counts as late, and so does one not sent when its day has passed', async () => {
    const onTime = await answeredComplaint(t, office);
    const old = await ownedComplaint(t, office, { receivedAt: '2026-10-01T10:00' }); // K10: due 12 November
    expect((await report('2026-10-01', '2026-11-30')).lateAnswers).toBe(1);
    await t.ok('complaints.draftAnswer', { id: old.id, answerSummary: 'U meldde dat de monteur niet kwam.', answerSolution: 'Een nieuwe afspraak.' }, office.desk.session);
    await t.ok('complaints.approveAnswer', { id: old.id }, office.manager.session);
    await t.ok('complaints.sendAnswer', { id: old.id, via: 'post' }, office.desk.session);
    expect((await report('2026-10-01', '2026-11-30')).lateAnswers).toBe(1);
    expect(onTime.answerSentOn).toBe('2026-11-23');
    // Not yet due is not late.
    await ownedComplaint(t, office);
    expect((await report('2026-10-01', '2026-11-30')).lateAnswers).toBe(1);
  });

  it('K11-K13: appeals are counted, with the late ones, the open ones and the outcomes', async () => {
    const { appeal } = await appealedComplaint(t, office);
    t.clock.set('2026-11-23T09:30:00Z');
    const second = await answeredComplaint(t, office);
    onDay(t, '2026-12-28');
    await t.ok('appeals.register', { complaintId: second.id, receivedOn: '2026-12-24', grounds: 'Ik was op vakantie.' }, office.desk.session);
    onDay(t, '2027-01-04');
    await t.ok('appeals.decide', { id: appeal.id, decision: 'ongegrond', reasons: 'De oplossing was redelijk.', improvement: choice }, office.director.session);
    const open = await report('2026-11-01', '2026-11-30');
    expect(open.appeals).toEqual({ total: 2, late: 1, open: 1, perOutcome: [{ key: 'ongegrond', label: 'Ongegrond', count: 1 }] });
    const lateAppeal = (await t.ok('appeals.open', {}, office.director.session)).find((a) => a.complaint.id === second.id)!.appeal;
    await t.ok('appeals.admit', { id: lateAppeal.id, admitted: false, reason: 'Te laat zonder goede reden.' }, office.director.session);
    const decided = await report('2026-11-01', '2026-11-30');
    expect(decided.appeals).toEqual({
      total: 2,
      late: 1,
      open: 0,
      perOutcome: [
        { key: 'niet_ontvankelijk', label: 'Niet ontvankelijk', count: 1 },
        { key: 'ongegrond', label: 'Ongegrond', count: 1 },
      ],
    });
  });

  it('K15: the report is for management, the director and administrators', async () => {
    expect(await t.core.call('complaints.report', { from: '2026-01-01', to: '2026-12-31' }, office.desk.session)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.ok('complaints.report', { from: '2026-01-01', to: '2026-12-31' }, office.director.session)).toMatchObject({ total: 0, closed: 0, averageHandlingDays: null });
    expect(await t.core.call('complaints.report', { from: '2026-12-31', to: '2026-01-01' }, office.admin)).toMatchObject({ ok: false, error: { fields: { to: 'De einddatum ligt vóór de begindatum' } } });
    expect((await t.ok('complaints.report', { from: '2026-01-15', to: '2026-12-31' }, office.admin)).perMonth.map((m) => m.month)).toEqual(monthsBetween('2026-01-01', '2026-12-01'));
  });
});

describe('report helpers', () => {
  it('reads the period by the index on the day of receipt, the deadlines by their dossier (EXPLAIN QUERY PLAN)', () => {
    for (const [name, sql] of Object.entries(REPORT_SQL)) {
      const plan = (t.core.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ from: '2026-01-01', to: '2026-12-31', today: '2026-11-23' }) as { detail: string }[]).map((p) => p.detail).join('\n');
      expect(plan, name).toMatch(/SEARCH c USING INDEX complaints_received_idx/);
      expect(plan, name).not.toMatch(/SCAN (c|w|a|complaints|work_items|complaint_appeals)( |$)/m);
    }
  });

  it('lists every month of the period, across the turn of the year', () => {
    expect(monthsBetween('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-11-15', '2026-11-20')).toEqual(['2026-11']);
  });

  it('reads the Woerden day of a stored instant in SQL as JavaScript does, around both clock changes', () => {
    const sqlite = new Database(':memory:');
    const statement = sqlite.prepare(`SELECT ${amsterdamDaySql('@at')}`).pluck();
    const starts = ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z', '2027-03-27T20:00:00Z', '2027-10-30T20:00:00Z', '2026-06-30T20:00:00Z', '2026-12-31T20:00:00Z'];
    for (const start of starts) {
      for (let minutes = 0; minutes < 36 * 60; minutes += 15) {
        const at = new Date(Date.parse(start) + minutes * 60_000).toISOString();
        expect(statement.get({ at }), at).toBe(amsterdamDay(new Date(at)));
      }
    }
    sqlite.close();
  });
});
