import { expect, screenshot, test } from './fixtures';
import { expectFieldError } from './pages/controls';
import { PersonsPage } from './pages/PersonsPage';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { SyncPage } from './pages/SyncPage';

const BERG = { kind: 'persoon' as const, initials: 'J.', lastName: 'Berg', city: 'Woerden' };

test('an admin links this computer, lets a second one in, a conflict is settled on Conflicten, and offline shows what waits', async ({ page, app, syncOffice }) => {
  test.setTimeout(120_000);
  const admin = await app.givenAdmin();
  const asAdmin = await app.signedInAs(admin);
  // Work done before the link goes up with it.
  const berg = await asAdmin('persons.create', BERG);

  await app.open(page);
  await new SignInPage(page).signIn(admin);
  const sync = new SyncPage(page);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Synchronisatie instellen' })).toBeVisible();
  await sync.openSettings();
  await screenshot(page, 'sync-settings-unlinked');

  // A code the server does not know is refused at the code field, in Dutch.
  await sync.link({ serverUrl: syncOffice.url, code: 'ABCD-EFGH-JKLM-NPQR', name: 'Balie 1' });
  await expectFieldError(sync.field('Koppelcode'), 'Deze registratiecode is onbekend, verlopen of al gebruikt.');
  await screenshot(page, 'sync-settings-wrong-code');

  await sync.field('Koppelcode').fill(await syncOffice.registrationCode({ autoApprove: true }));
  await sync.form.getByRole('button', { name: 'Koppelen' }).click();
  await expect(sync.indicator).toContainText(/Bijgewerkt om \d{2}:\d{2}/);
  await expect(sync.fact('Syncserver')).toHaveText(syncOffice.url);
  await expect(sync.fact('Naam van deze computer')).toHaveText('Balie 1');
  await expect(sync.fact('Nummerprefix')).not.toHaveText('—');
  await expect(sync.fact('Wachtende wijzigingen')).toHaveText('Geen');
  await expect(sync.device('Balie 1')).toContainText('deze computer');
  await expect(sync.device('Balie 1')).toContainText('Toegelaten');

  // The code for the second computer, typed there by its administrator.
  const code = await sync.createCode(() => screenshot(page, 'sync-registration-code'));
  const balie2 = await syncOffice.desktop('Balie 2');
  const registered = await balie2.asAdmin('sync.register', { serverUrl: syncOffice.url, code, name: 'Balie 2' });
  expect(registered.status).toBe('wacht_op_goedkeuring');
  await page.reload();
  await expect(sync.device('Balie 2')).toContainText('Wacht op goedkeuring');
  await screenshot(page, 'sync-settings-linked');
  await sync.approve('Balie 2');
  await expect(sync.device('Balie 2')).toContainText('Toegelaten');
  expect((await balie2.asAdmin('sync.now', {})).status).toBe('bijgewerkt');
  expect((await balie2.asAdmin('persons.get', { id: berg.id })).city).toBe('Woerden');

  // A colleague's new person appears in the open list after a timed round, without a reload.
  const persons = new PersonsPage(page);
  await new ShellPage(page).goTo('Personen');
  await balie2.asAdmin('persons.create', { ...BERG, lastName: 'Dijkstra' });
  await balie2.asAdmin('sync.now', {});
  await expect(page.getByText('Dijkstra', { exact: false })).toHaveCount(0);
  await app.core.sync!.syncNow(); // what the minute timer does
  await expect(page.getByText(/Dijkstra/).first()).toBeVisible({ timeout: 15_000 });
  // Its history here says who made it on Balie 2, and with what.
  await page.getByText(/Dijkstra/).first().click();
  await persons.expectDetailsOf('J. Dijkstra');
  await expect(persons.history).toContainText('Toegevoegd');
  await expect(persons.history).toContainText('Beheer Balie 2');
  await expect(persons.history).toContainText('Achternaam');
  await expect(persons.history).toContainText('Dijkstra');
  await screenshot(page, 'sync-pulled-person-history');

  // Both computers change Berg's city: here first (not yet sent), then Balie 2, which syncs first and so wins.
  await asAdmin('persons.update', { ...BERG, id: berg.id, city: 'Utrecht' });
  await balie2.asAdmin('persons.update', { ...BERG, id: berg.id, city: 'Gouda' });
  await balie2.asAdmin('sync.now', {});
  await sync.syncNow();
  await sync.closeDetails();
  await expect(sync.indicator).toContainText(/Bijgewerkt om/);
  await expect(sync.indicator.getByRole('link', { name: /aandacht: 1 conflict/ })).toBeVisible();
  await screenshot(page, 'sync-indicator-attention');

  await sync.openConflicts();
  const conflict = sync.conflict('Berg, J.', 'Plaats');
  await expect(sync.value(conflict, 'Huidige waarde')).toContainText('Gouda');
  await expect(sync.value(conflict, 'Huidige waarde')).toContainText('van Balie 2');
  await expect(sync.value(conflict, 'Andere waarde')).toContainText('Utrecht');
  await expect(sync.value(conflict, 'Andere waarde')).toContainText('van Balie 1');
  await expect(sync.reports).toContainText('Overschreven door een gelijktijdige wijziging');
  await screenshot(page, 'sync-conflicts');

  await conflict.getByRole('button', { name: 'Andere waarde terugzetten' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(page.getByText('Er zijn geen open conflicten.')).toBeVisible();
  await sync.syncNow();
  await sync.closeDetails();
  await expect.poll(async () => (await balie2.asAdmin('sync.now', {}), (await balie2.asAdmin('persons.get', { id: berg.id })).city)).toBe('Utrecht');
  expect((await asAdmin('persons.get', { id: berg.id })).city).toBe('Utrecht');

  const report = sync.reports.getByRole('row').filter({ hasText: 'Berg, J.' });
  await report.getByRole('button', { name: 'Gezien' }).click();
  await expect(sync.reports).toContainText('Geen nieuwe meldingen.');
  await expect(sync.indicator.getByRole('link', { name: /aandacht/ })).toHaveCount(0);

  // The server goes away: work goes on here and waits.
  await syncOffice.stopServer();
  await asAdmin('persons.update', { ...BERG, id: berg.id, city: 'Montfoort' });
  const waiting = (await asAdmin('sync.status', {})).unsent;
  expect(waiting).toBeGreaterThan(0);
  await sync.syncNow();
  await expect(sync.indicator).toContainText('Offline');
  await expect(sync.indicator).toContainText(waiting === 1 ? '1 wijziging wacht' : `${waiting} wijzigingen wachten`);
  await expect(sync.details).toContainText('De syncserver is niet bereikbaar');
  await screenshot(page, 'sync-indicator-offline');
  await sync.closeDetails();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Open conflicten' })).toContainText('De syncserver is niet bereikbaar');
  await screenshot(page, 'sync-conflicts-offline');
});
