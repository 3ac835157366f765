import { expect, test } from './fixtures';
import { expectFieldError } from './pages/controls';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { StaffPage } from './pages/StaffPage';

test('adding an employee explains missing fields and a user name that is already taken, at the field', async ({ page, app }) => {
  const admin = await app.givenAdmin();
  const asAdmin = await app.signedInAs(admin);
  const team = await asAdmin('teams.create', { name: 'Servicedesk', description: null, managerId: (await asAdmin('auth.status', {})).user!.id });
  await asAdmin('staff.create', {
    name: 'Sanne Jansen',
    username: 'sanne',
    roles: ['servicedesk'],
    teamId: team.id,
    password: 'Sanne-wachtwoord-1',
    passwordRepeat: 'Sanne-wachtwoord-1',
  });

  await app.open(page);
  await new SignInPage(page).signIn(admin);
  await new ShellPage(page).goTo('Medewerkers');
  const staff = new StaffPage(page);
  await staff.startAdding();

  await staff.submitNewEmployee();
  await expectFieldError(staff.field('Naam'), 'Vul de naam in');
  await expectFieldError(staff.field('Wachtwoord'), 'Een wachtwoord heeft minstens 10 tekens');

  await staff.fillNewEmployee({
    name: 'Sanne de Boer',
    username: 'sanne',
    roles: ['Medewerker servicedesk'],
    team: 'Servicedesk',
    password: 'Welkom-bij-de-servicedesk',
  });
  await staff.field('Wachtwoord herhalen').fill('iets anders');
  await staff.submitNewEmployee();
  await expectFieldError(staff.field('Wachtwoord herhalen'), 'De wachtwoorden zijn niet gelijk');

  await staff.field('Wachtwoord herhalen').fill('Welkom-bij-de-servicedesk');
  await staff.submitNewEmployee();
  await expectFieldError(staff.field('Gebruikersnaam'), 'De gebruikersnaam "sanne" is al in gebruik.');
  await expect(staff.field('Gebruikersnaam')).toBeFocused();

  await staff.field('Gebruikersnaam').fill('s.deboer');
  await staff.submitNewEmployee();
  await staff.expectDetailsOf('Sanne de Boer');
});
