import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from './testing/harness';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

describe('dispatch', () => {
  it('answers an unknown procedure with its own code', async () => {
    const result = await t.core.dispatch('staff.explode', {}, t.session());
    expect(result).toEqual({ ok: false, error: { kind: 'unknown_procedure', code: 'unknown_procedure', message: 'Deze functie bestaat niet.' } });
  });

  it('does not treat Object.prototype members as procedures', async () => {
    const result = await t.core.dispatch('toString', {}, t.session());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('unknown_procedure');
  });

  it('refuses invalid input with Dutch messages per field', async () => {
    const result = await t.core.dispatch('auth.setup', { organisationName: '', name: 'A', username: 'A B', password: 'kort', passwordRepeat: 'x' }, t.session());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid_input');
    expect(result.error.fields).toMatchObject({
      organisationName: 'Vul de naam van de organisatie in',
      password: 'Een wachtwoord heeft minstens 10 tekens',
    });
    expect(result.error.fields?.username).toMatch(/kleine letters/);
  });

  it('asks for sign-in before a signed-in procedure', async () => {
    await withAdmin(t);
    const result = await t.core.dispatch('teams.list', {}, t.session());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('unauthenticated');
  });

  it('S1: refuses a procedure to a role that is not allowed, as forbidden', async () => {
    const { admin } = await withAdmin(t);
    const team = await t.ok('teams.create', { name: 'Servicedesk', managerId: (await t.ok('auth.status', {}, admin)).user!.id }, admin);
    await t.ok('staff.create', { username: 'sanne', name: 'Sanne Jansen', roles: ['servicedesk'], teamId: team.id, password: 'welkom-sanne-1', passwordRepeat: 'welkom-sanne-1' }, admin);
    const employee = t.session();
    await t.ok('auth.signIn', { username: 'sanne', password: 'welkom-sanne-1' }, employee);
    await t.ok('auth.changePassword', { currentPassword: 'welkom-sanne-1', newPassword: 'eigen-geheim-99', newPasswordRepeat: 'eigen-geheim-99' }, employee);

    const result = await t.core.dispatch('staff.list', {}, employee);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'forbidden', message: 'U heeft geen toegang tot deze functie.' });
    expect((await t.core.dispatch('teams.list', {}, employee)).ok).toBe(true);
  });

  it('returns domain errors with their code and Dutch message', async () => {
    const { admin } = await withAdmin(t);
    const result = await t.core.dispatch('auth.setup', { organisationName: 'X', name: 'Tweede', username: 'tweede', password: 'nog-een-wachtwoord', passwordRepeat: 'nog-een-wachtwoord' }, admin);
    expect(result).toEqual({ ok: false, error: { kind: 'domain', code: 'auth.setup_done', message: 'De eerste beheerder is al aangemaakt. Meld u aan.' } });
  });

  it('hides unexpected failures behind a generic message and logs them', async () => {
    const { admin } = await withAdmin(t);
    t.core.sqlite.exec('DROP TABLE teams');
    const result = await t.core.dispatch('teams.list', {}, admin);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('internal');
    expect(t.errors).toHaveLength(1);
  });
});
