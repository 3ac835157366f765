import type { Page } from '@playwright/test';
import type { Account, Caller, ServicedeskApp } from '../fixtures';
import { ShellPage } from './ShellPage';
import { SignInPage } from './SignInPage';

export interface Colleague extends Account {
  roles: Array<'servicedesk' | 'manager' | 'director' | 'admin' | 'board'>;
}

export const sanne: Colleague = { name: 'Sanne Jansen', username: 'sanne', password: 'Sanne-eigen-wachtwoord-2', roles: ['servicedesk'] };
export const marco: Colleague = { name: 'Marco de Boer', username: 'marco', password: 'Marco-eigen-wachtwoord-2', roles: ['manager'] };

/**
 * An office with an administrator and the given colleagues, each past the first-sign-in password
 * change (arranged through the procedures: the screens for that are tested elsewhere).
 */
export async function givenOffice(app: ServicedeskApp, colleagues: Colleague[] = [sanne]): Promise<{ asAdmin: Caller; callers: Record<string, Caller> }> {
  const admin = await app.givenAdmin();
  const asAdmin = await app.signedInAs(admin);
  const adminId = (await asAdmin('auth.status', {})).user!.id;
  const team = await asAdmin('teams.create', { name: 'Servicedesk', description: null, managerId: adminId });
  const callers: Record<string, Caller> = {};
  for (const c of colleagues) {
    const temporary = `${c.password}-tijdelijk`;
    await asAdmin('staff.create', { name: c.name, username: c.username, email: null, jobTitle: null, roles: c.roles, teamId: team.id, password: temporary, passwordRepeat: temporary });
    const caller = await app.signedInAs({ ...c, password: temporary });
    await caller('auth.changePassword', { currentPassword: temporary, newPassword: c.password, newPasswordRepeat: c.password });
    callers[c.username] = caller;
  }
  return { asAdmin, callers };
}

export async function signIn(page: Page, app: ServicedeskApp, who: Colleague): Promise<ShellPage> {
  await app.open(page);
  await new SignInPage(page).signIn(who);
  const shell = new ShellPage(page);
  await shell.expectSignedInAs(who.name, who.roles.map((r) => ROLE_NAMES[r]).join(', '));
  return shell;
}

const ROLE_NAMES = { servicedesk: 'Medewerker servicedesk', manager: 'Teammanager', director: 'Directeur', admin: 'Beheerder', board: 'Bestuur keurmerk' } as const;
