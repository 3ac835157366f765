import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, createTestCore, withAdmin, type TestCore } from '../testing/harness';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

async function addEmployee(admin: ReturnType<TestCore['session']>, adminId: string, username = 'sanne') {
  const team = await t.ok('teams.create', { name: `Team ${username}`, managerId: adminId }, admin);
  return t.ok('staff.create', { username, name: 'Sanne Jansen', roles: ['servicedesk'], teamId: team.id, password: 'welkom-sanne-1', passwordRepeat: 'welkom-sanne-1' }, admin);
}

describe('S1: first start and sign-in', () => {
  it('a new database asks for the first administrator; there is no default account', async () => {
    expect(await t.ok('auth.status', {}, t.session())).toEqual({ needsSetup: true, user: null });
    expect((await t.core.call('auth.signIn', { username: 'admin', password: 'admin' }, t.session())).ok).toBe(false);
    expect(t.core.sqlite.prepare('SELECT count(*) AS n FROM staff').get()).toEqual({ n: 0 });
  });

  it('setup creates the administrator, signs them in and fills the organisation', async () => {
    const { admin, adminUser } = await withAdmin(t);
    expect(adminUser).toMatchObject({ username: ADMIN.username, roles: ['admin'], mustChangePassword: false });
    expect(await t.ok('auth.status', {}, admin)).toEqual({ needsSetup: false, user: adminUser });
    const org = await t.ok('settings.getOrganisation', {}, admin);
    expect(org).toMatchObject({ name: 'Servicedesk Woerden', visitingStreet: 'Korenmolenlaan 2', visitingPostcode: '3477 GG', visitingCity: 'Woerden', phone: '0900 - 20 20 505' });
  });

  it('S3: the first administrator is recorded as the author of the first start', async () => {
    const { adminUser } = await withAdmin(t);
    const authors = t.core.sqlite.prepare('SELECT DISTINCT user_id, table_name FROM audit_log ORDER BY table_name').all();
    expect(authors).toEqual([
      { user_id: adminUser.id, table_name: 'organisation' },
      { user_id: adminUser.id, table_name: 'staff' },
    ]);
    expect(t.core.sqlite.prepare('SELECT created_by FROM staff').get()).toEqual({ created_by: adminUser.id });
  });

  it('setup can run only once', async () => {
    await withAdmin(t);
    const again = await t.core.call('auth.setup', { organisationName: 'X', name: 'Y', username: 'tweede', password: 'een-wachtwoord', passwordRepeat: 'een-wachtwoord' }, t.session());
    expect(again).toMatchObject({ ok: false, error: { code: 'auth.setup_done' } });
  });

  it('passwords are stored as scrypt hashes, never as text', async () => {
    await withAdmin(t);
    const row = t.core.sqlite.prepare('SELECT password_hash FROM staff').get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(row.password_hash).not.toContain(ADMIN.password);
  });

  it('each person signs in on their own session of a shared desktop, and signs out', async () => {
    const { admin, adminUser } = await withAdmin(t);
    await addEmployee(admin, adminUser.id);
    const desk = t.session();
    const signedIn = await t.ok('auth.signIn', { username: 'Sanne', password: 'welkom-sanne-1' }, desk);
    expect(signedIn).toMatchObject({ username: 'sanne', mustChangePassword: true });
    expect((await t.ok('auth.status', {}, admin)).user?.username).toBe('beheer');
    await t.ok('auth.signOut', {}, desk);
    expect(await t.ok('auth.status', {}, desk)).toEqual({ needsSetup: false, user: null });
  });

  it('a wrong password is refused with one message that does not reveal whether the name exists', async () => {
    await withAdmin(t);
    const wrong = await t.core.call('auth.signIn', { username: 'beheer', password: 'fout' }, t.session());
    const unknown = await t.core.call('auth.signIn', { username: 'niemand', password: 'fout' }, t.session());
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'auth.invalid_credentials', fields: { password: 'Gebruikersnaam of wachtwoord is onjuist.' } } });
  });

  it('S1: five wrong passwords lock the account for 15 minutes, even against the right password', async () => {
    await withAdmin(t);
    for (let i = 0; i < 4; i++) {
      expect(await t.core.call('auth.signIn', { username: 'beheer', password: 'fout' }, t.session())).toMatchObject({ error: { code: 'auth.invalid_credentials' } });
    }
    const fifth = await t.core.call('auth.signIn', { username: 'beheer', password: 'fout' }, t.session());
    expect(fifth).toMatchObject({ ok: false, error: { code: 'auth.locked', message: expect.stringContaining('10:15') } });
    t.clock.advance(14 * 60_000);
    expect(await t.core.call('auth.signIn', ADMIN, t.session())).toMatchObject({ ok: false, error: { code: 'auth.locked' } });
    t.clock.advance(60_000);
    expect((await t.core.call('auth.signIn', ADMIN, t.session())).ok).toBe(true);
    const row = t.core.sqlite.prepare('SELECT failed_attempts, locked_until FROM staff').get();
    expect(row).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it('S1: five wrong passwords sent at once still lock the account', async () => {
    await withAdmin(t);
    await Promise.all(Array.from({ length: 5 }, () => t.core.call('auth.signIn', { username: 'beheer', password: 'fout' }, t.session())));
    expect(await t.core.call('auth.signIn', ADMIN, t.session())).toMatchObject({ ok: false, error: { code: 'auth.locked' } });
  });

  it('a successful sign-in resets the count of failed attempts', async () => {
    await withAdmin(t);
    for (let i = 0; i < 4; i++) await t.core.call('auth.signIn', { username: 'beheer', password: 'fout' }, t.session());
    await t.ok('auth.signIn', ADMIN, t.session());
    for (let i = 0; i < 4; i++) await t.core.call('auth.signIn', { username: 'beheer', password: 'fout' }, t.session());
    expect((await t.core.call('auth.signIn', ADMIN, t.session())).ok).toBe(true);
  });

  it('an employee with a password set by an administrator must choose their own before anything else', async () => {
    const { admin, adminUser } = await withAdmin(t);
    await addEmployee(admin, adminUser.id);
    const desk = t.session();
    await t.ok('auth.signIn', { username: 'sanne', password: 'welkom-sanne-1' }, desk);
    expect(await t.core.call('teams.list', {}, desk)).toMatchObject({ ok: false, error: { code: 'auth.password_change_required' } });
    const same = await t.core.call('auth.changePassword', { currentPassword: 'welkom-sanne-1', newPassword: 'welkom-sanne-1', newPasswordRepeat: 'welkom-sanne-1' }, desk);
    expect(same).toMatchObject({ ok: false, error: { code: 'auth.same_password', fields: { newPassword: expect.any(String) } } });
    const changed = await t.ok('auth.changePassword', { currentPassword: 'welkom-sanne-1', newPassword: 'mijn-eigen-geheim', newPasswordRepeat: 'mijn-eigen-geheim' }, desk);
    expect(changed.mustChangePassword).toBe(false);
    expect((await t.core.call('teams.list', {}, desk)).ok).toBe(true);
    expect((await t.core.call('auth.signIn', { username: 'sanne', password: 'welkom-sanne-1' }, t.session())).ok).toBe(false);
    expect((await t.core.call('auth.signIn', { username: 'sanne', password: 'mijn-eigen-geheim' }, t.session())).ok).toBe(true);
  });

  it('changing the own password needs the current one', async () => {
    const { admin } = await withAdmin(t);
    const result = await t.core.call('auth.changePassword', { currentPassword: 'niet-goed', newPassword: 'nieuw-wachtwoord', newPasswordRepeat: 'nieuw-wachtwoord' }, admin);
    expect(result).toMatchObject({ ok: false, error: { code: 'auth.wrong_password', fields: { currentPassword: 'Het huidige wachtwoord is onjuist.' } } });
  });

  it('a deactivated employee cannot sign in, and an open session of theirs ends at once', async () => {
    const { admin, adminUser } = await withAdmin(t);
    const sanne = await addEmployee(admin, adminUser.id);
    const desk = t.session();
    await t.ok('auth.signIn', { username: 'sanne', password: 'welkom-sanne-1' }, desk);
    await t.ok('staff.deactivate', { id: sanne.id }, admin);
    expect(await t.core.call('auth.changePassword', { currentPassword: 'welkom-sanne-1', newPassword: 'nieuw-wachtwoord', newPasswordRepeat: 'nieuw-wachtwoord' }, desk)).toMatchObject({
      ok: false,
      error: { kind: 'unauthenticated' },
    });
    expect(await t.core.call('auth.signIn', { username: 'sanne', password: 'welkom-sanne-1' }, t.session())).toMatchObject({ ok: false, error: { code: 'auth.inactive' } });
  });
});
