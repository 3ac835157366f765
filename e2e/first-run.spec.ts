import { formatDate } from '../core/contracts/format';
import { expect, screenshot, test } from './fixtures';
import { AuditPage } from './pages/AuditPage';
import { ADMIN_AREAS, MANAGEMENT_AREAS, ShellPage, STAFF_AREAS } from './pages/ShellPage';
import { SetupPage } from './pages/SetupPage';
import { ChangePasswordPage, SignInPage } from './pages/SignInPage';
import { StaffPage } from './pages/StaffPage';
import { TeamsPage } from './pages/TeamsPage';

const admin = { organisationName: 'Servicedesk Woerden', name: 'Anneke de Vries', username: 'beheer', password: 'Korenmolen-2026' };
const employee = {
  name: 'Sanne Jansen',
  username: 'sanne',
  email: 'sanne@servicedesk-woerden.nl',
  jobTitle: 'Medewerker servicedesk',
  roles: ['Medewerker servicedesk'],
  team: 'Servicedesk',
  password: 'Tijdelijk-123',
};
const sannesOwnPassword = 'Sanne-eigen-wachtwoord';

test('an office starts from nothing: first administrator, a team, an employee, and a trail of who did what', async ({ page, app }) => {
  const today = formatDate(new Date());
  const shell = new ShellPage(page);
  const signIn = new SignInPage(page);

  await test.step('the first administrator sets up the office', async () => {
    await app.open(page);
    const setup = new SetupPage(page);
    await setup.expectShown();
    await screenshot(page, 'setup');
    await setup.createFirstAdministrator(admin);
    await expect(page.getByRole('heading', { level: 1, name: /Anneke/ })).toBeVisible();
    await shell.expectSignedInAs(admin.name, 'Beheerder');
    await expect(page.getByTestId('organisation-name')).toHaveText(admin.organisationName);
    await shell.expectMenu(['Start', ...STAFF_AREAS, ...MANAGEMENT_AREAS, ...ADMIN_AREAS]);
    await screenshot(page, 'start');
  });

  await test.step('she creates the team Servicedesk and manages it herself', async () => {
    await shell.goTo('Teams');
    const teams = new TeamsPage(page);
    await teams.addTeam({ name: 'Servicedesk', description: 'Telefoon, post en e-mail', manager: admin.name });
    await expect(teams.row('Servicedesk')).toContainText(admin.name);
    await screenshot(page, 'teams');
    await teams.open('Servicedesk');
    await expect(teams.history).toContainText(`Manager: ${admin.name}`);
    await screenshot(page, 'team-detail');
  });

  await test.step('she adds Sanne to that team with a temporary password', async () => {
    await shell.goTo('Medewerkers');
    const staff = new StaffPage(page);
    await staff.startAdding();
    await staff.fillNewEmployee(employee);
    await screenshot(page, 'staff-form');
    await staff.submitNewEmployee();
    await staff.expectDetailsOf(employee.name);
    await expect(staff.history).toContainText(admin.name);
    await expect(staff.history).toContainText('Toegevoegd');
    await expect(page.getByText('Kiest bij de volgende aanmelding een eigen wachtwoord.')).toBeVisible();
    await screenshot(page, 'staff-detail');

    await shell.goTo('Medewerkers');
    await expect(staff.row(employee.name)).toContainText('Servicedesk');
    await expect(staff.row(employee.name)).toContainText('Medewerker servicedesk');
    await expect(staff.row(employee.name)).toContainText('Actief');
    await screenshot(page, 'staff-list');
  });

  await test.step('Sanne signs in and must first choose her own password', async () => {
    await shell.signOut();
    await signIn.expectShown();
    await screenshot(page, 'sign-in');
    await signIn.signIn(employee);
    const change = new ChangePasswordPage(page);
    await change.expectShown();
    await screenshot(page, 'forced-password-change');
    await change.chooseNewPassword(employee.password, sannesOwnPassword);
    await shell.expectSignedInAs(employee.name, 'Medewerker servicedesk');
    await expect(page.getByText('team Servicedesk')).toBeVisible();
    await screenshot(page, 'start-servicedesk');
  });

  await test.step('Sanne does not see or reach the administrator screens', async () => {
    await shell.expectMenu(['Start', ...STAFF_AREAS]);
    for (const path of ['/medewerkers', '/audittrail', '/instellingen']) {
      await shell.openPath(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
    }
    await screenshot(page, 'no-access');
  });

  await test.step('the administrator finds all of it in the audit trail, with who and when', async () => {
    await shell.signOut();
    await signIn.signIn(admin);
    await shell.goTo('Audittrail');
    const audit = new AuditPage(page);
    await audit.expectChange({ when: today, who: admin.name, what: 'Servicedesk', action: 'Toegevoegd', field: 'Manager', newValue: admin.name });
    await audit.expectChange({ when: today, who: admin.name, what: employee.name, action: 'Toegevoegd', field: 'Gebruikersnaam', newValue: 'sanne' });
    await audit.expectChange({ when: today, who: admin.name, what: employee.name, action: 'Toegevoegd', field: 'Rollen', newValue: 'Medewerker servicedesk' });
    await audit.expectChange({ when: today, who: employee.name, what: employee.name, action: 'Gewijzigd', field: 'Wachtwoord', newValue: '[verborgen]' });
    await audit.expectChange({ when: today, who: employee.name, what: employee.name, action: 'Gewijzigd', field: 'Moet wachtwoord wijzigen', newValue: 'Nee' });
    await screenshot(page, 'audit');

    await audit.filterByPerson(employee.name);
    await audit.filterByPeriod(today, today);
    await expect(audit.rows().filter({ hasText: admin.name })).toHaveCount(0);
    await audit.expectChange({ when: today, who: employee.name, what: employee.name, action: 'Gewijzigd', field: 'Wachtwoord' });
  });
});
