import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';

let t: TestCore;
beforeEach(() => {
  t = createTestCore('2026-11-20T08:00:00Z');
});
afterEach(() => t.close());

describe('S3: audit trail', () => {
  it("shows a record's history: who, when, which field, old and new value, newest first", async () => {
    const { admin, adminUser } = await withAdmin(t);
    const team = await t.ok('teams.create', { name: 'Servicedesk', managerId: adminUser.id }, admin);
    t.clock.set('2026-11-21T10:30:00Z');
    await t.ok('teams.update', { id: team.id, name: 'Klantcontact', managerId: adminUser.id }, admin);

    const { entries: history, hasMore } = await t.ok('audit.history', { tableName: 'teams', rowId: team.id }, admin);
    expect(hasMore).toBe(false);
    expect(history[0]).toMatchObject({
      op: 'update',
      field: 'name',
      oldValue: 'Servicedesk',
      newValue: 'Klantcontact',
      userId: adminUser.id,
      userName: 'Anna de Beheerder',
      at: '2026-11-21T10:30:00.000Z',
    });
    expect(history.slice(1).map((h) => [h.op, h.field])).toEqual([
      ['insert', 'managerId'],
      ['insert', 'name'],
    ]);
  });

  it('shows the newest lines of a long history first and says there is more', async () => {
    const { admin, adminUser } = await withAdmin(t);
    const team = await t.ok('teams.create', { name: 'Team 0', managerId: adminUser.id }, admin);
    for (let i = 1; i <= 5; i++) await t.ok('teams.update', { id: team.id, name: `Team ${i}`, managerId: adminUser.id }, admin);
    const page = await t.ok('audit.history', { tableName: 'teams', rowId: team.id, limit: 3 }, admin);
    expect(page.hasMore).toBe(true);
    expect(page.entries.map((e) => e.newValue)).toEqual(['Team 5', 'Team 4', 'Team 3']);
    const all = await t.ok('audit.history', { tableName: 'teams', rowId: team.id, limit: 50 }, admin);
    expect(all).toMatchObject({ hasMore: false, entries: expect.arrayContaining([expect.objectContaining({ op: 'insert', field: 'name', newValue: 'Team 0' })]) });
  });

  it('records that a password changed, never the hash', async () => {
    const { admin } = await withAdmin(t);
    await t.ok('auth.changePassword', { currentPassword: 'eerste-wachtwoord-1', newPassword: 'tweede-wachtwoord-2', newPasswordRepeat: 'tweede-wachtwoord-2' }, admin);
    const all = t.core.sqlite.prepare("SELECT old_value, new_value FROM audit_log WHERE field = 'passwordHash'").all();
    expect(all).toEqual([
      { old_value: null, new_value: '"[verborgen]"' },
      { old_value: '"[verborgen]"', new_value: '"[verborgen]"' },
    ]);
  });

  it('no procedure changes the audit trail, and the database itself refuses edits and deletes', async () => {
    await withAdmin(t);
    expect(() => t.core.sqlite.prepare("UPDATE audit_log SET new_value = '\"x\"'").run()).toThrow(/append-only/);
    expect(() => t.core.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    const { contracts } = await import('../contracts');
    const auditProcedures = Object.keys(contracts).filter((n) => n.startsWith('audit.'));
    expect(auditProcedures.sort()).toEqual(['audit.history', 'audit.search', 'audit.tables']);
  });

  it('the admin view filters by person, table and Dutch calendar period, newest first, in pages', async () => {
    const { admin, adminUser } = await withAdmin(t);
    const team = await t.ok('teams.create', { name: 'Servicedesk', managerId: adminUser.id }, admin);
    await t.ok('staff.create', { username: 'pieter', name: 'Pieter', roles: ['manager', 'admin'], teamId: team.id, password: 'tijdelijk-123', passwordRepeat: 'tijdelijk-123' }, admin);
    const pieterDesk = t.session();
    // 23:30 UTC on 21 November is already 22 November in Woerden.
    t.clock.set('2026-11-21T23:30:00Z');
    const pieter = await t.ok('auth.signIn', { username: 'pieter', password: 'tijdelijk-123' }, pieterDesk);
    await t.ok('auth.changePassword', { currentPassword: 'tijdelijk-123', newPassword: 'pieters-geheim', newPasswordRepeat: 'pieters-geheim' }, pieterDesk);
    await t.ok('teams.update', { id: team.id, name: 'Klantcontact', managerId: pieter.id }, pieterDesk);

    const byPieter = await t.ok('audit.search', { userId: pieter.id }, admin);
    expect(new Set(byPieter.entries.map((e) => e.tableName))).toEqual(new Set(['staff', 'teams']));
    expect(byPieter.entries.every((e) => e.userName === 'Pieter')).toBe(true);

    const teamsOn22nd = await t.ok('audit.search', { tableName: 'teams', from: '2026-11-22', to: '2026-11-22' }, admin);
    expect(teamsOn22nd.entries.map((e) => e.field).sort()).toEqual(['managerId', 'name']);
    const teamsOn20th = await t.ok('audit.search', { tableName: 'teams', from: '2026-11-20', to: '2026-11-21' }, admin);
    expect(teamsOn20th.entries.every((e) => e.op === 'insert')).toBe(true);

    const page1 = await t.ok('audit.search', { limit: 5 }, admin);
    expect(page1.entries).toHaveLength(5);
    const page2 = await t.ok('audit.search', { limit: 5, before: page1.nextBefore }, admin);
    expect(page2.entries[0]!.seq).toBeLessThan(page1.entries[4]!.seq);
    expect(page1.entries.map((e) => e.seq)).toEqual([...page1.entries.map((e) => e.seq)].sort((a, b) => b - a));

    expect(await t.ok('audit.tables', {}, admin)).toEqual(['organisation', 'staff', 'teams']);
  });

  it('refuses a period that ends before it starts', async () => {
    const { admin } = await withAdmin(t);
    const result = await t.core.call('audit.search', { from: '2026-11-21', to: '2026-11-01' }, admin);
    expect(result).toMatchObject({ ok: false, error: { fields: { to: 'De einddatum ligt vóór de begindatum' } } });
  });
});
