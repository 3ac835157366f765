import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../calendar';
import { dayArb, settingsNear } from '../calendar/test-arbitraries';
import { DEFAULT_DEADLINE_SETTINGS } from '../complaints/deadlines';
import { appealedComplaint, onDay } from '../appeals/test-helpers';
import { complaintOffice, intakeInputFor, ownedComplaint, type ComplaintOffice } from '../complaints/test-helpers';
import type { ClientSession } from '../context';
import { createTestCore, type TestCore } from '../testing/harness';
import { workingDaysOverdue } from './handlers';
import { DOSSIER_SOURCES } from './dossier-sources';
import { worklistParams, worklistSql } from './query';

let t: TestCore;
let office: ComplaintOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await complaintOffice(t);
});
afterEach(() => t.close());

const items = async (session: ClientSession, scope: 'mine' | 'team' = 'mine', horizonWorkingDays = 5) =>
  t.ok('worklist.items', { scope, horizonWorkingDays }, session);
const summary = (list: Awaited<ReturnType<typeof items>>) => list.items.map((i) => [i.dossierNumber, i.kind, i.group, i.dueOn]);

/** Intake and forward to team Leden at the clock's moment; the manager holds the deadlines until K6. */
async function forwarded(overrides: Parameters<typeof intakeInputFor>[1] = {}) {
  const complaint = await t.ok('complaints.intake', intakeInputFor(office, overrides), office.desk.session);
  await t.ok('complaints.forward', { id: complaint.id, teamId: office.leden.id }, office.desk.session);
  return complaint;
}

describe('work list (Werkvoorraad)', () => {
  it('K8: the first call stands on the owner\'s list today, with the rule that set it and the dossier it belongs to', async () => {
    const complaint = await ownedComplaint(t, office);
    const list = await items(office.desk.session);
    expect(list).toMatchObject({ today: '2026-11-23', horizon: '2026-11-30' });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      kind: 'eerste_contact',
      label: 'Eerste telefonisch contact',
      rule: 'K8',
      dueOn: '2026-11-23',
      group: 'today',
      workingDaysOverdue: 0,
      dossierKind: 'complaint',
      dossierId: complaint.id,
      dossierNumber: complaint.dossierNumber,
      dossierTitle: 'J. de Vries — Team Leden',
      assignee: { id: office.desk.id, name: 'Sanne Servicedesk' },
      team: { id: office.leden.id, name: 'Leden' },
      doneAt: null,
    });
  });

  it('K8: a first call not made that day is overdue the next working day, counted in working days', async () => {
    t.clock.set('2026-11-20T09:30:00Z'); // Friday
    await ownedComplaint(t, office, { receivedAt: '2026-11-20T09:15' });
    t.clock.set('2026-11-24T09:30:00Z'); // Tuesday: Monday was the first working day after
    const [first] = (await items(office.desk.session)).items;
    expect(first).toMatchObject({ kind: 'eerste_contact', dueOn: '2026-11-20', group: 'overdue', workingDaysOverdue: 2 });
  });

  it('K10: the written answer appears within five working days of its due day, skipping Nieuwjaarsdag and the weekend', async () => {
    const complaint = await ownedComplaint(t, office);
    await t.ok('complaints.logCall', { id: complaint.id, calledAt: '2026-11-23T10:00', reached: true, outcome: 'Antwoord volgt schriftelijk.' }, office.desk.session);
    expect((await items(office.desk.session)).items).toEqual([]);
    t.clock.set('2026-12-28T09:30:00Z'); // Monday; K10 is due Monday 4 January 2027
    const list = await items(office.desk.session);
    expect(list.horizon).toBe('2027-01-05');
    expect(summary(list)).toEqual([[complaint.dossierNumber, 'schriftelijk_antwoord', 'soon', '2027-01-04']]);
    expect(list.items[0]!.rule).toBe('K10');
    // Four working days on: 29, 30 and 31 December, then 4 January (Nieuwjaarsdag and the weekend skipped).
    expect((await items(office.desk.session, 'mine', 4)).horizon).toBe('2027-01-04');
    expect((await items(office.desk.session, 'mine', 4)).items).toHaveLength(1);
    expect((await items(office.desk.session, 'mine', 3)).items).toEqual([]);
  });

  it('work list: urgent items first, then by due day', async () => {
    const monday = await forwarded({ description: 'Maandag gemeld.' });
    t.clock.set('2026-11-24T09:30:00Z');
    const urgent = await forwarded({ receivedAt: '2026-11-24T09:00', urgent: true });
    const tuesday = await forwarded({ receivedAt: '2026-11-24T09:10' });
    const list = await items(office.manager.session);
    expect(summary(list)).toEqual([
      [urgent.dossierNumber, 'eerste_contact', 'today', '2026-11-24'],
      [monday.dossierNumber, 'eerste_contact', 'overdue', '2026-11-23'],
      [tuesday.dossierNumber, 'eerste_contact', 'today', '2026-11-24'],
    ]);
    expect(list.items.map((i) => i.urgent)).toEqual([true, false, false]);
  });

  it('work list: done items leave the list', async () => {
    const complaint = await ownedComplaint(t, office);
    await t.ok('complaints.logCall', { id: complaint.id, calledAt: '2026-11-23T10:00', reached: false, outcome: 'Voicemail ingesproken.' }, office.desk.session);
    expect((await items(office.desk.session)).items).toHaveLength(1);
    await t.ok('complaints.logCall', { id: complaint.id, calledAt: '2026-11-23T10:20', reached: true, outcome: 'Antwoord volgt schriftelijk.' }, office.desk.session);
    expect((await items(office.desk.session)).items).toEqual([]);
  });

  it("work list: 'team' adds the items of my own team and of the teams I manage; 'mine' only my own", async () => {
    const complaint = await ownedComplaint(t, office);
    const techniek = await t.ok('complaints.intake', intakeInputFor(office, { concernsTeamId: office.techniek.id }), office.desk.session);
    await t.ok('complaints.forward', { id: techniek.id, teamId: office.techniek.id }, office.desk.session);

    expect((await items(office.colleague.session)).items).toEqual([]);
    expect((await items(office.colleague.session, 'team')).items.map((i) => i.dossierId)).toEqual([complaint.id]);
    expect((await items(office.manager.session)).items).toEqual([]);
    expect((await items(office.manager.session, 'team')).items.map((i) => i.dossierId)).toEqual([complaint.id]);
    expect((await items(office.technicalManager.session)).items.map((i) => i.dossierId)).toEqual([techniek.id]);
    expect((await items(office.engineer.session, 'team')).items.map((i) => i.dossierId)).toEqual([techniek.id]);
    // Owner and team at once: listed once.
    expect((await items(office.desk.session, 'team')).items.map((i) => i.dossierId)).toEqual([complaint.id]);
  });

  it('work list: the director sees appeals (role items)', async () => {
    const { answered } = await appealedComplaint(t, office);
    const director = await items(office.director.session);
    expect(director.items).toEqual([]); // K13: the decision is due a month after the appeal, beyond five working days
    onDay(t, '2027-01-04');
    const later = await items(office.director.session);
    expect(later.items).toHaveLength(1);
    expect(later.items[0]).toMatchObject({ kind: 'uitspraak', rule: 'K13', assigneeRole: 'director', assignee: null, dossierId: answered.id, group: 'soon', dueOn: '2027-01-08' });
    expect((await items(office.manager.session, 'team')).items.map((i) => i.kind)).not.toContain('uitspraak');
  });

  it('work list: a complaint about a provider or a customer is named by its complainant and its subject', async () => {
    const person = await t.ok(
      'persons.create',
      { kind: 'persoon', salutation: 'heer', initials: 'P.', lastName: 'Berg', infix: 'van den', street: 'Kerkstraat', houseNumber: 3, postcode: '3441 AB', city: 'Woerden', preferredChannel: 'post' },
      office.desk.session,
    );
    await ownedComplaint(t, office, { concernsKind: 'medewerker', concernsTeamId: null, concernsStaffId: office.engineer.id, description: 'Onvriendelijk.' });
    await ownedComplaint(t, office, { complainantId: person.id, concernsKind: 'organisatie', concernsTeamId: null });
    const titles = (await items(office.desk.session)).items.map((i) => i.dossierTitle).sort();
    expect(titles).toEqual(['J. de Vries — Erik Engineer', 'P. van den Berg — Onze dienstverlening']);
  });

  it('work list: one query over the partial indexes of open items (EXPLAIN QUERY PLAN)', () => {
    for (const scope of ['mine', 'team'] as const) {
      const plan = t.core.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${worklistSql(scope)}`)
        .all(worklistParams({ userId: office.desk.id, roles: ['servicedesk'], teamId: office.leden.id, scope, horizon: '2026-11-30' })) as { detail: string }[];
      const details = plan.map((p) => p.detail).join('\n');
      expect(details).toMatch(/work_items USING INDEX work_items_open_assignee_idx \(assignee_id=\? AND due_on<\?\)/);
      expect(details).toMatch(/work_items USING INDEX work_items_open_role_idx \(assignee_role=\? AND due_on<\?\)/);
      if (scope === 'team') expect(details).toMatch(/work_items USING INDEX work_items_open_team_idx \(team_id=\? AND due_on<\?\)/);
      expect(details).not.toMatch(/SCAN work_items/);
    }
    // Then each kind's dossiers by id, once per dossier.
    for (const source of DOSSIER_SOURCES) {
      const plan = (t.core.sqlite.prepare(`EXPLAIN QUERY PLAN ${source.sql}`).all({ ids: '[]' }) as { detail: string }[]).map((p) => p.detail);
      expect(plan.filter((d) => d.startsWith('SCAN')), source.kind).toEqual([expect.stringMatching(/^SCAN ids VIRTUAL TABLE/)]);
    }
  });
});

describe('working days overdue', () => {
  it('work list: the overdue count of every due day is the calendar\'s count of working days since', () => {
    const today = '2026-11-23';
    fc.assert(
      fc.property(fc.array(dayArb.filter((d) => d < today && d > '2024-01-01'), { maxLength: 30 }), settingsNear('2025-06-01'), (days, calendar) => {
        const settings = { ...DEFAULT_DEADLINE_SETTINGS, ...calendar };
        const counted = workingDaysOverdue(days, today, settings);
        for (const day of days) expect(counted.get(day)).toBe(workingDaysBetween(day, today, settings));
      }),
      { numRuns: 200 },
    );
  });
});
