import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scryptHasher } from '../../../core/auth/passwords';
import { createClientSession, type ClientSession } from '../../../core/context';
import { createTestCore, withAdmin, type TestCore } from '../../../core/testing/harness';
import { seedRelations } from '../relations-scale';
import { seedScale } from '../scale';
import { seedComplaints, type ComplaintsScaleResult } from '.';

let t: TestCore;
let admin: ClientSession;
let seeded: ComplaintsScaleResult;
const END = new Date('2026-11-23T09:30:00Z');

const count = (sql: string, ...params: unknown[]) => t.core.sqlite.prepare(sql).pluck().get(...params) as number;

/** A generated employee signed in (bench staff must change their password first; this one already did). */
function sessionOf(id: string): ClientSession {
  t.core.sqlite.prepare('UPDATE staff SET must_change_password = 0 WHERE id = ?').run(id);
  return { ...createClientSession(), userId: id };
}

beforeAll(async () => {
  t = createTestCore();
  t.clock.set(END.toISOString());
  const setup = await withAdmin(t);
  admin = setup.admin;
  await seedScale(t.core.sqlite, { adminId: setup.adminUser.id, staff: 60, teams: 6, auditRows: 0, end: END, passwords: scryptHasher(12) });
  seedRelations(t.core.sqlite, { persons: 2_000, members: 500, providers: 100, end: END });
  seeded = seedComplaints(t.core.sqlite, { complaints: 3_000, end: END, userId: setup.adminUser.id });
}, 120_000);
afterAll(() => t.close());

describe('complaints at scale (bench data)', () => {
  it('makes numbered dossiers over two years, about a fifth of them open', () => {
    expect(count('SELECT count(*) FROM complaints')).toBe(3_000);
    expect(count("SELECT count(DISTINCT dossier_number) FROM complaints WHERE dossier_number GLOB 'K20[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]'")).toBe(3_000);
    const open = count("SELECT count(*) FROM complaints WHERE status <> 'afgesloten'");
    expect(open).toBe(seeded.openComplaints);
    expect(open / 3_000).toBeGreaterThan(0.17);
    expect(open / 3_000).toBeLessThan(0.23);
    expect(count('SELECT count(*) FROM complaints WHERE received_on > ?', '2026-11-23')).toBe(0);
    // The next intake continues the series.
    expect(count("SELECT next_value FROM number_series WHERE key = 'complaints-2026'")).toBe(count("SELECT count(*) FROM complaints WHERE received_on LIKE '2026-%'") + 1);
  });

  it('keeps every dossier consistent: closed ones filed under K15 with nothing open, open ones with their deadlines', () => {
    expect(count("SELECT count(*) FROM complaints WHERE status = 'afgesloten' AND (closed_on IS NULL OR closed_on < received_on OR category_id IS NULL)")).toBe(0);
    expect(count("SELECT count(*) FROM complaints WHERE status <> 'afgesloten' AND closed_on IS NOT NULL")).toBe(0);
    expect(count("SELECT count(*) FROM work_items w JOIN complaints c ON c.id = w.dossier_id WHERE w.done_at IS NULL AND c.status = 'afgesloten'")).toBe(0);
    expect(count("SELECT count(*) FROM complaints c WHERE c.status NOT IN ('afgesloten', 'geregistreerd') AND NOT EXISTS (SELECT 1 FROM work_items w WHERE w.dossier_id = c.id AND w.done_at IS NULL)")).toBe(0);
    expect(seeded.openItems).toBe(count('SELECT count(*) FROM work_items WHERE done_at IS NULL'));
    expect(count("SELECT count(*) FROM work_items WHERE assignee_role = 'director'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM complaint_appeals WHERE late = 1")).toBeGreaterThan(0);
  });

  it('is read by the work list, the dossier, its timeline and the report like any complaint', async () => {
    const busiest = t.core.sqlite
      .prepare('SELECT assignee_id FROM work_items WHERE done_at IS NULL AND assignee_id IS NOT NULL GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1')
      .pluck()
      .get() as string;
    const session = sessionOf(busiest);
    const mine = await t.ok('worklist.items', { scope: 'mine', horizonWorkingDays: 5 }, session);
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.dossierNumber.startsWith('K') && i.dossierTitle.includes(' — '))).toBe(true);
    const team = await t.ok('worklist.items', { scope: 'team', horizonWorkingDays: 5 }, session);
    expect(team.items.length).toBeGreaterThanOrEqual(mine.items.length);
    const director = await t.ok('worklist.items', { scope: 'mine', horizonWorkingDays: 5 }, sessionOf(seeded.directorId!));
    // The director manages the staff team, which handles no complaints: the list holds the appeals.
    expect(director.items.length).toBeGreaterThan(0);
    expect(director.items.every((i) => i.assigneeRole === 'director')).toBe(true);

    const withAppeal = t.core.sqlite.prepare('SELECT complaint_id FROM complaint_appeals LIMIT 1').pluck().get() as string;
    const complaint = await t.ok('complaints.get', { id: withAppeal }, admin);
    expect(complaint.hasAppeal).toBe(true);
    const lines = await t.ok('complaints.timeline', { id: withAppeal }, admin);
    expect(lines.filter((l) => l.kind === 'stap').length).toBeGreaterThan(3);
    const corrected = t.core.sqlite.prepare("SELECT row_id FROM audit_log WHERE table_name = 'complaints' AND field = 'description' AND op = 'update' LIMIT 1").pluck().get() as string;
    expect((await t.ok('complaints.timeline', { id: corrected }, admin)).filter((l) => l.kind === 'wijziging').map((l) => l.text)).toEqual(['Dossier gewijzigd: Omschrijving']);

    const year = await t.ok('complaints.report', { from: '2025-11-24', to: '2026-11-23' }, admin);
    expect(year.total).toBe(count("SELECT count(*) FROM complaints WHERE received_on >= '2025-11-24'"));
    expect(year.perTeam.reduce((n, r) => n + r.count, 0)).toBe(year.total);
    expect(year.lateFirstCalls).toBeGreaterThan(0);
    expect(year.appeals.total).toBeGreaterThan(0);
  });
});
