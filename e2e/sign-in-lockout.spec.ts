import { expect, screenshot, test } from './fixtures';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { StaffPage } from './pages/StaffPage';

test('five wrong passwords in a row lock the account; then even the right password is refused', async ({ page, app }) => {
  const admin = await app.givenAdmin();
  const asAdmin = await app.signedInAs(admin);
  const team = await asAdmin('teams.create', { name: 'Servicedesk', description: null, managerId: (await asAdmin('auth.status', {})).user!.id });
  const sanne = { name: 'Sanne Jansen', username: 'sanne', password: 'Sanne-wachtwoord-1' };
  await asAdmin('staff.create', { ...sanne, roles: ['servicedesk'], teamId: team.id, passwordRepeat: sanne.password });

  await app.open(page);
  const signIn = new SignInPage(page);
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn.signIn({ username: sanne.username, password: `fout-${attempt}` });
    await signIn.expectRefusal('Gebruikersnaam of wachtwoord is onjuist.');
  }
  await signIn.signIn({ username: sanne.username, password: 'fout-5' });
  await signIn.expectRefusal(/geblokkeerd na te veel mislukte pogingen/);

  await signIn.signIn(sanne);
  await signIn.expectRefusal(/geblokkeerd na te veel mislukte pogingen\. Probeer het opnieuw om \d{2}:\d{2}/);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await screenshot(page, 'sign-in-locked');

  // The administrator sees why Sanne cannot get in.
  await signIn.signIn(admin);
  const shell = new ShellPage(page);
  await shell.goTo('Medewerkers');
  await expect(new StaffPage(page).row(sanne.name)).toContainText('Geblokkeerd');
});
