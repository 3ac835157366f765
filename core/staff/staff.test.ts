import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

const PASSWORD = { password: 'tijdelijk-123', passwordRepeat: 'tijdelijk-123' };

async function office() {
  const { admin, adminUser } = await withAdmin(t);
  const team = await t.ok('teams.create', { name: 'Servicedesk', description: 'Telefoon en post', managerId: adminUser.id }, admin);
  return { admin, adminUser, team };
}

describe('S1/S2: staff and teams', () => {
  it('S1: a person can hold several roles', async () => {
    const { admin, team } = await office();
    const pieter = await t.ok('staff.create', { username: 'pieter', name: 'Pieter van den Berg', roles: ['manager', 'director'], teamId: team.id, ...PASSWORD }, admin);
    expect(pieter).toMatchObject({ roles: ['manager', 'director'], teamName: 'Servicedesk', active: true, mustChangePassword: true });
  });

  it('S2: every employee belongs to a team; only a pure administrator account may stand outside one', async () => {
    const { admin } = await office();
    const withoutTeam = await t.core.call('staff.create', { username: 'sanne', name: 'Sanne', roles: ['servicedesk'], teamId: null, ...PASSWORD }, admin);
    expect(withoutTeam).toMatchObject({ ok: false, error: { code: 'staff.team_required', fields: { teamId: 'Kies het team van deze medewerker.' } } });
    const adminOnly = await t.core.call('staff.create', { username: 'it', name: 'ICT Beheer', roles: ['admin'], teamId: null, ...PASSWORD }, admin);
    expect(adminOnly.ok).toBe(true);
  });

  it('S2: every team has a manager, who must be an active employee', async () => {
    const { admin } = await office();
    const noManager = await t.core.call('teams.create', { name: 'Dienstverlening', managerId: null }, admin);
    expect(noManager).toMatchObject({ ok: false, error: { kind: 'invalid_input', fields: { managerId: 'Kies de manager van dit team' } } });
    const unknown = await t.core.call('teams.create', { name: 'Dienstverlening', managerId: '0190a000-0000-7000-8000-000000000000' }, admin);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'team.manager_unknown' } });
  });

  it('team names are unique, ignoring case', async () => {
    const { admin, adminUser } = await office();
    const dup = await t.core.call('teams.create', { name: 'servicedesk', managerId: adminUser.id }, admin);
    expect(dup).toMatchObject({ ok: false, error: { code: 'team.name_taken', fields: { name: 'Er is al een team met de naam "servicedesk".' } } });
  });

  it('lists teams with their manager and number of active members', async () => {
    const { admin, team } = await office();
    await t.ok('staff.create', { username: 'sanne', name: 'Sanne Jansen', roles: ['servicedesk'], teamId: team.id, ...PASSWORD }, admin);
    expect(await t.ok('teams.list', {}, admin)).toEqual([
      expect.objectContaining({ name: 'Servicedesk', managerName: 'Anna de Beheerder', memberCount: 1 }),
    ]);
  });

  it('user names are unique and stored in lower case', async () => {
    const { admin, team } = await office();
    await t.ok('staff.create', { username: 'Sanne', name: 'Sanne Jansen', roles: ['servicedesk'], teamId: team.id, ...PASSWORD }, admin);
    const dup = await t.core.call('staff.create', { username: 'sanne', name: 'Sanne de Wit', roles: ['servicedesk'], teamId: team.id, ...PASSWORD }, admin);
    expect(dup).toMatchObject({ ok: false, error: { code: 'staff.username_taken', fields: { username: 'De gebruikersnaam "sanne" is al in gebruik.' } } });
  });

  it('staff are deactivated, never deleted, and can be reactivated', async () => {
    const { admin, team } = await office();
    const sanne = await t.ok('staff.create', { username: 'sanne', name: 'Sanne Jansen', roles: ['servicedesk'], teamId: team.id, ...PASSWORD }, admin);
    expect(await t.ok('staff.deactivate', { id: sanne.id }, admin)).toMatchObject({ active: false });
    expect(t.core.sqlite.prepare('SELECT count(*) AS n FROM staff WHERE id = ?').get(sanne.id)).toEqual({ n: 1 });
    expect((await t.ok('staff.list', { includeInactive: false }, admin)).map((s) => s.username)).toEqual(['beheer']);
    expect(await t.ok('staff.reactivate', { id: sanne.id }, admin)).toMatchObject({ active: true });
  });

  it('the last active administrator cannot lose the role, nor can an administrator deactivate themselves', async () => {
    const { admin, adminUser } = await office();
    const demote = await t.core.call('staff.update', { id: adminUser.id, name: adminUser.name, roles: ['manager'], teamId: null }, admin);
    expect(demote).toMatchObject({ ok: false, error: { code: 'staff.team_required' } });
    const { team } = { team: (await t.ok('teams.list', {}, admin))[0]! };
    const demoteInTeam = await t.core.call('staff.update', { id: adminUser.id, name: adminUser.name, roles: ['manager'], teamId: team.id }, admin);
    expect(demoteInTeam).toMatchObject({ ok: false, error: { code: 'staff.last_admin' } });
    expect(await t.core.call('staff.deactivate', { id: adminUser.id }, admin)).toMatchObject({ ok: false, error: { code: 'staff.self_deactivate' } });
  });

  it('a team manager cannot be deactivated until the team has another manager', async () => {
    const { admin, team } = await office();
    const pieter = await t.ok('staff.create', { username: 'pieter', name: 'Pieter', roles: ['manager'], teamId: team.id, ...PASSWORD }, admin);
    await t.ok('teams.update', { id: team.id, name: team.name, description: team.description, managerId: pieter.id }, admin);
    expect(await t.core.call('staff.deactivate', { id: pieter.id }, admin)).toMatchObject({ ok: false, error: { code: 'staff.manages_team', message: expect.stringContaining('Servicedesk') } });
  });

  it('a reset password unlocks the account and must be changed at the next sign-in', async () => {
    const { admin, team } = await office();
    const sanne = await t.ok('staff.create', { username: 'sanne', name: 'Sanne', roles: ['servicedesk'], teamId: team.id, ...PASSWORD }, admin);
    for (let i = 0; i < 5; i++) await t.core.call('auth.signIn', { username: 'sanne', password: 'fout' }, t.session());
    expect((await t.ok('staff.get', { id: sanne.id }, admin)).locked).toBe(true);
    const reset = await t.ok('staff.resetPassword', { id: sanne.id, password: 'opnieuw-welkom', passwordRepeat: 'opnieuw-welkom' }, admin);
    expect(reset).toMatchObject({ locked: false, mustChangePassword: true });
    expect(await t.ok('auth.signIn', { username: 'sanne', password: 'opnieuw-welkom' }, t.session())).toMatchObject({ mustChangePassword: true });
  });

  it('role changes take effect at once, without signing in again', async () => {
    const { admin, team } = await office();
    const pieter = await t.ok('staff.create', { username: 'pieter', name: 'Pieter', roles: ['servicedesk'], teamId: team.id, ...PASSWORD }, admin);
    const desk = t.session();
    await t.ok('auth.signIn', { username: 'pieter', password: PASSWORD.password }, desk);
    await t.ok('auth.changePassword', { currentPassword: PASSWORD.password, newPassword: 'pieters-geheim', newPasswordRepeat: 'pieters-geheim' }, desk);
    expect(await t.core.call('staff.list', {}, desk)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    await t.ok('staff.update', { id: pieter.id, name: 'Pieter', roles: ['servicedesk', 'admin'], teamId: team.id }, admin);
    expect((await t.core.call('staff.list', {}, desk)).ok).toBe(true);
  });
});
