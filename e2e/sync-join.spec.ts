import { expect, screenshot, test } from './fixtures';
import { expectFieldError, labelled } from './pages/controls';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';

/**
 * A second computer for an office that already works with Servicedesk: at its first start nobody
 * creates a new administrator; it is linked with the admin's code, waits for approval, fetches the
 * office's data and accounts, and the colleague signs in with the account they already have.
 */
test('a new computer joins the office at its first start and its user signs in with an existing account', async ({ page, app, syncOffice }) => {
  test.setTimeout(90_000);
  const office = await syncOffice.desktop('Balie 1');
  await office.asAdmin('sync.register', { serverUrl: syncOffice.url, code: await syncOffice.registrationCode({ autoApprove: true }), name: 'Balie 1' });
  await office.asAdmin('persons.create', { kind: 'persoon', initials: 'M.', lastName: 'Verhoeven', city: 'Woerden' });
  await office.asAdmin('sync.now', {});
  const { code } = await office.asAdmin('sync.createCode', { approveAtOnce: false });

  await app.open(page);
  await expect(page.getByRole('heading', { name: 'Eerste start' })).toBeVisible();
  await page.getByRole('button', { name: 'Deze computer koppelen aan het kantoor' }).click();
  const form = page.getByRole('form', { name: 'Koppelen aan het kantoor' });
  await expect(form).toBeVisible();

  // A code typed wrong is refused at its field, in Dutch; nothing is linked.
  await labelled(form, 'Adres van de syncserver').fill(syncOffice.url);
  await labelled(form, 'Koppelcode').fill('ABCD-EFGH-JKLM-NPQR');
  await labelled(form, 'Naam van deze computer').fill('Balie 2');
  await form.getByRole('button', { name: 'Koppelen en gegevens ophalen' }).click();
  await expectFieldError(labelled(form, 'Koppelcode'), 'Deze registratiecode is onbekend, verlopen of al gebruikt.');
  await screenshot(page, 'sync-join-form');

  await labelled(form, 'Koppelcode').fill(code);
  await form.getByRole('button', { name: 'Koppelen en gegevens ophalen' }).click();
  await expect(page.getByText('Wacht op goedkeuring')).toBeVisible();
  await expect(page.getByText(/Vraag een beheerder hem toe te laten/)).toBeVisible();
  await screenshot(page, 'sync-join-waiting');

  const joining = (await office.asAdmin('sync.devices', {})).find((d) => d.name === 'Balie 2')!;
  await office.asAdmin('sync.approveDevice', { id: joining.id });
  await page.getByRole('button', { name: 'Opnieuw controleren' }).click();

  // The office's accounts are here now: the sign-in screen replaces the first start.
  const signIn = new SignInPage(page);
  await signIn.expectShown();
  await signIn.signIn({ username: 'beheer.balie-1', password: 'Beheer-wachtwoord-2' });
  await expect(page.getByRole('status', { name: 'Synchronisatie' })).toContainText(/Bijgewerkt om \d{2}:\d{2}/);
  await new ShellPage(page).goTo('Personen');
  await expect(page.getByText(/Verhoeven/).first()).toBeVisible();
});
