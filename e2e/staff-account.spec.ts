import type { Page } from '@playwright/test';
import type { Account, Caller } from './fixtures';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { ChangePasswordPage, SignInPage } from './pages/SignInPage';
import { StaffPage } from './pages/StaffPage';

const sanne = { name: 'Sanne Jansen', username: 'sanne', password: 'Sanne-wachtwoord-1' };

async function givenSanneInTeamServicedesk(asAdmin: Caller): Promise<void> {
  const adminId = (await asAdmin('auth.status', {})).user!.id;
  const team = await asAdmin('teams.create', { name: 'Servicedesk', description: null, managerId: adminId });
  await asAdmin('staff.create', { ...sanne, roles: ['servicedesk'], teamId: team.id, passwordRepeat: sanne.password });
}

async function signInAndOpenSanne(page: Page, admin: Account): Promise<StaffPage> {
  await new SignInPage(page).signIn(admin);
  await new ShellPage(page).goTo('Medewerkers');
  const staff = new StaffPage(page);
  await staff.open(sanne.name);
  return staff;
}

test('an administrator changes roles, lifts a lock with a temporary password, and deactivates an account', async ({ page, app }) => {
  const admin = await app.givenAdmin();
  await givenSanneInTeamServicedesk(await app.signedInAs(admin));
  await app.open(page);
  const signIn = new SignInPage(page);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn.signIn({ username: sanne.username, password: `fout-${attempt}` });
    await expect(signIn.heading).toBeVisible();
  }
  await signIn.expectRefusal(/geblokkeerd/);

  const staff = await signInAndOpenSanne(page, admin);
  await expect(staff.account).toContainText('Geblokkeerd');

  await staff.setRoles(['Medewerker servicedesk', 'Teammanager']);
  await staff.saveDetails();
  await expect(staff.history).toContainText('Rollen: Medewerker servicedesk → Medewerker servicedesk, Teammanager');

  await staff.setTemporaryPassword('Tijdelijk-456');
  await expect(staff.account).toContainText('Actief');
  await expect(staff.account).toContainText('Kiest bij de volgende aanmelding een eigen wachtwoord.');

  await staff.toggleActive('Deactiveren');
  await expect(staff.account).toContainText('Gedeactiveerd');
  const shell = new ShellPage(page);
  await shell.signOut();
  await signIn.signIn({ username: sanne.username, password: 'Tijdelijk-456' });
  await signIn.expectRefusal('Dit account is gedeactiveerd. Neem contact op met een beheerder.');

  await signInAndOpenSanne(page, admin);
  await staff.toggleActive('Heractiveren');
  await expect(staff.account).toContainText('Actief');
  await shell.signOut();
  await signIn.signIn({ username: sanne.username, password: 'Tijdelijk-456' });
  await new ChangePasswordPage(page).expectShown();
});

test('a signed-in person changes their own password from the user menu', async ({ page, app }) => {
  const admin = await app.givenAdmin();
  await app.open(page);
  const signIn = new SignInPage(page);
  await signIn.signIn(admin);
  const shell = new ShellPage(page);
  await shell.changeOwnPassword(admin.password, 'Een-nieuw-wachtwoord');
  await shell.signOut();

  await signIn.signIn(admin);
  await signIn.expectRefusal('Gebruikersnaam of wachtwoord is onjuist.');
  await signIn.signIn({ username: admin.username, password: 'Een-nieuw-wachtwoord' });
  await shell.expectSignedInAs(admin.name, 'Beheerder');
});
