import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answeredComplaint, complaintOffice, improvementChoice, intakeInputFor, ownedComplaint, type ComplaintOffice } from '../complaints/test-helpers';
import type { ProcedureSettings } from '../contracts/procedure-settings';
import { createTestCore, type TestCore } from '../testing/harness';

let t: TestCore;
let office: ComplaintOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await complaintOffice(t);
});
afterEach(() => t.close());

const settingsRows = () => t.core.sqlite.prepare('SELECT count(*) FROM procedure_settings').pluck().get() as number;
const editable = ({ closingDays: _days, ...s }: ProcedureSettings) => s;
const answerDue = (c: { workItems: { kind: string; dueOn: string }[] }) => c.workItems.find((i) => i.kind === 'schriftelijk_antwoord')?.dueOn;

describe('procedure settings (office calendar)', () => {
  it('settings: the defaults are shown before anyone saved them, without writing a row', async () => {
    const settings = await t.ok('procedure.getSettings', {}, office.desk.session);
    expect(settings).toEqual({
      version: 0,
      liberationDayOff: false,
      goodFridayOff: false,
      officeOpens: '08:00',
      officeCloses: '17:30',
      internalTargetRoll: 'next',
      decisionCountsFrom: 'appeal',
      mediationResponseWorkingDays: 10,
      closingDays: [],
    });
    expect(settingsRows()).toBe(0);
  });

  it('settings: only an administrator changes them; a change made by someone else meanwhile is refused', async () => {
    const defaults = editable(await t.ok('procedure.getSettings', {}, office.admin));
    const changed = { ...defaults, liberationDayOff: true, decisionCountsFrom: 'hearing' as const, mediationResponseWorkingDays: 15 };
    expect(await t.core.call('procedure.updateSettings', changed, office.manager.session)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const saved = await t.ok('procedure.updateSettings', changed, office.admin);
    expect(saved).toMatchObject({ liberationDayOff: true, decisionCountsFrom: 'hearing', mediationResponseWorkingDays: 15 });
    expect(settingsRows()).toBe(1);
    expect(await t.core.call('procedure.updateSettings', { ...changed, goodFridayOff: true, version: 0 }, office.admin)).toMatchObject({ ok: false, error: { code: 'record.stale' } });
    const again = await t.ok('procedure.updateSettings', { ...editable(saved), goodFridayOff: true }, office.admin);
    expect(again).toMatchObject({ goodFridayOff: true, liberationDayOff: true });
    expect(await t.core.call('procedure.updateSettings', { ...editable(again), officeOpens: '18:00' }, office.admin)).toMatchObject({
      ok: false,
      error: { fields: { officeCloses: 'Het kantoor sluit na het openen' } },
    });
  });

  it('settings: Goede Vrijdag and Bevrijdingsdag are days off only when the settings say so', async () => {
    const days = async () => (await t.ok('procedure.holidays', { year: 2027 }, office.desk.session)).map((h) => h.name);
    expect(await days()).not.toContain('Goede Vrijdag');
    expect(await days()).not.toContain('Bevrijdingsdag');
    expect(await days()).toContain('Koningsdag');
    const current = editable(await t.ok('procedure.getSettings', {}, office.admin));
    await t.ok('procedure.updateSettings', { ...current, goodFridayOff: true, liberationDayOff: true }, office.admin);
    const holidays = await t.ok('procedure.holidays', { year: 2027 }, office.desk.session);
    expect(holidays).toContainEqual({ day: '2027-03-26', name: 'Goede Vrijdag' });
    expect(holidays).toContainEqual({ day: '2027-05-05', name: 'Bevrijdingsdag' });
  });

  it('settings: a closing day is not a working day for deadlines', async () => {
    // K10 for a complaint received on 23 November 2026 falls on Monday 4 January 2027.
    expect(answerDue(await ownedComplaint(t, office))).toBe('2027-01-04');
    const withDay = await t.ok('procedure.addClosingDay', { day: '2027-01-04', description: 'Verhuizing naar de Korenmolenlaan' }, office.admin);
    expect(withDay.closingDays).toEqual([{ id: expect.any(String), day: '2027-01-04', description: 'Verhuizing naar de Korenmolenlaan' }]);
    expect(answerDue(await ownedComplaint(t, office))).toBe('2027-01-05');
    expect(await t.ok('procedure.holidays', { year: 2027 }, office.desk.session)).toContainEqual({ day: '2027-01-04', name: 'Kantoor gesloten: Verhuizing naar de Korenmolenlaan' });
    // The internal target may roll back instead: to the last working day of 2026.
    await t.ok('procedure.updateSettings', { ...editable(withDay), internalTargetRoll: 'previous' }, office.admin);
    expect(answerDue(await ownedComplaint(t, office))).toBe('2026-12-31');
    // The work list's five working days skip it too.
    t.clock.set('2026-12-28T09:30:00Z');
    expect((await t.ok('worklist.items', { scope: 'mine', horizonWorkingDays: 4 }, office.desk.session)).horizon).toBe('2027-01-05');
  });

  it('settings: a closing day is listed once; removed, it may be added again', async () => {
    const added = await t.ok('procedure.addClosingDay', { day: '2026-12-24', description: 'Kerstavond' }, office.admin);
    expect(await t.core.call('procedure.addClosingDay', { day: '2026-12-24', description: 'Nog eens' }, office.admin)).toMatchObject({
      ok: false,
      error: { code: 'procedure.closing_day_exists', fields: { day: 'Deze dag staat al als sluitingsdag in de lijst.' } },
    });
    expect(await t.core.call('procedure.addClosingDay', { day: '2026-12-31', description: 'Oudejaarsdag' }, office.desk.session)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const removed = await t.ok('procedure.removeClosingDay', { id: added.closingDays[0]!.id }, office.admin);
    expect(removed.closingDays).toEqual([]);
    expect((await t.ok('procedure.holidays', { year: 2026 }, office.desk.session)).map((h) => h.day)).not.toContain('2026-12-24');
    expect((await t.ok('procedure.addClosingDay', { day: '2026-12-24', description: 'Kerstavond' }, office.admin)).closingDays).toHaveLength(1);
    expect(await t.core.call('procedure.removeClosingDay', { id: added.closingDays[0]!.id }, office.admin)).toMatchObject({ ok: false, error: { code: 'record.not_found' } });
  });
});

describe('K15: category, cause and measure lists', () => {
  it('K15: the lists are kept by an administrator or manager, each sorted by name', async () => {
    await t.ok('improvement.add', { list: 'oorzaak', name: 'Planning' }, office.admin);
    await t.ok('improvement.add', { list: 'categorie', name: 'Communicatie' }, office.manager.session);
    const list = await t.ok('improvement.add', { list: 'categorie', name: 'Bereikbaarheid' }, office.admin);
    expect(list.map((o) => [o.list, o.name, o.active])).toEqual([
      ['categorie', 'Bereikbaarheid', true],
      ['categorie', 'Communicatie', true],
      ['oorzaak', 'Planning', true],
    ]);
    expect(await t.core.call('improvement.add', { list: 'maatregel', name: 'Excuses' }, office.desk.session)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.ok('improvement.list', {}, office.desk.session)).toEqual(list);
  });

  it('K15: a name is unique within its list, whatever the case; another list may use it', async () => {
    const list = await t.ok('improvement.add', { list: 'categorie', name: 'Planning' }, office.admin);
    expect(await t.core.call('improvement.add', { list: 'categorie', name: 'planning ' }, office.admin)).toMatchObject({
      ok: false,
      error: { code: 'improvement.name_taken', fields: { name: 'Deze naam staat al in de lijst.' } },
    });
    await t.ok('improvement.add', { list: 'oorzaak', name: 'Planning' }, office.admin);
    const other = (await t.ok('improvement.add', { list: 'categorie', name: 'Houding' }, office.admin)).find((o) => o.name === 'Houding')!;
    expect(await t.core.call('improvement.update', { id: other.id, name: 'PLANNING', active: true }, office.admin)).toMatchObject({ ok: false, error: { code: 'improvement.name_taken' } });
    const own = list[0]!;
    expect((await t.ok('improvement.update', { id: own.id, name: 'Planning en afspraken', active: true }, office.admin)).find((o) => o.id === own.id)?.name).toBe('Planning en afspraken');
  });

  it('K15: a retired option stays on the dossiers filed under it and cannot be chosen again', async () => {
    const choice = await improvementChoice(t, office);
    const complaint = await answeredComplaint(t, office);
    t.clock.set('2026-12-28T09:30:00Z');
    await t.ok('complaints.close', { id: complaint.id, improvement: choice, note: null }, office.desk.session);
    const retired = await t.ok('improvement.update', { id: choice.categoryId, name: 'Bereikbaarheid', active: false }, office.admin);
    expect(retired.find((o) => o.id === choice.categoryId)).toMatchObject({ name: 'Bereikbaarheid', active: false });
    expect((await t.ok('complaints.get', { id: complaint.id }, office.desk.session)).category).toEqual({ id: choice.categoryId, name: 'Bereikbaarheid' });
    const next = await t.ok('complaints.intake', intakeInputFor(office, { receivedAt: '2026-12-28T09:00' }), office.desk.session);
    expect(await t.core.call('complaints.intake', { ...intakeInputFor(office, { receivedAt: '2026-12-28T09:00' }), resolvedAtIntake: true, solution: 'Direct opgelost.', improvement: choice }, office.desk.session)).toMatchObject({
      ok: false,
      error: { code: 'complaint.improvement_unknown' },
    });
    expect(next.status).toBe('geregistreerd');
  });
});
