import { expect, screenshot, test } from './fixtures';
import { expectFieldError } from './pages/controls';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';

test('organisation settings explain wrong IBAN, KvK and postcode in Dutch and keep a history of valid changes', async ({ page, app }) => {
  const admin = await app.givenAdmin();
  await app.open(page);
  await new SignInPage(page).signIn(admin);
  await new ShellPage(page).goTo('Instellingen');
  const settings = new SettingsPage(page);

  await settings.fill([
    ['IBAN', 'NL91 ABNA 0417 1643 01'],
    ['KvK-nummer', '1234'],
    ['Postcode', '123 AB', 'Bezoekadres'],
  ]);
  await settings.save();
  await expectFieldError(settings.field('IBAN'), 'Dit IBAN klopt niet; controleer het nummer');
  await expectFieldError(settings.field('KvK-nummer'), 'Een KvK-nummer heeft 8 cijfers');
  await expectFieldError(settings.field('Postcode', 'Bezoekadres'), 'Vul een postcode in als 1234 AB');
  await screenshot(page, 'settings-errors');

  await settings.fill([
    ['IBAN', 'NL91 ABNA 0417 1643 00'],
    ['KvK-nummer', '30123456'],
    ['Postcode', '3441ab', 'Bezoekadres'],
  ]);
  await settings.save();
  await settings.expectSaved();
  // Stored in the normal form, and shown so.
  await expect(settings.field('IBAN')).toHaveValue('NL91ABNA0417164300');
  await expect(settings.field('Postcode', 'Bezoekadres')).toHaveValue('3441 AB');

  await expect(settings.history).toContainText(admin.name);
  await expect(settings.history).toContainText('IBAN:');
  await expect(settings.history).toContainText('NL91ABNA0417164300');
  await expect(settings.history).toContainText('KvK-nummer:');
  await expect(settings.history).toContainText('30123456');
  await expect(settings.history).toContainText('Postcode bezoekadres:');
  await expect(settings.history).toContainText('3441 AB');
  await screenshot(page, 'settings');
});

test('a logo chosen in the settings stays when the organisation form is saved again, and can be removed', async ({ page, app }) => {
  const admin = await app.givenAdmin();
  await app.open(page);
  await new SignInPage(page).signIn(admin);
  await new ShellPage(page).goTo('Instellingen');
  const settings = new SettingsPage(page);

  await settings.chooseLogo({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1X1, 'base64') });
  await expect(settings.logo).toBeVisible();

  await settings.fill([['KvK-nummer', '30123456']]);
  await settings.save();
  await settings.expectSaved();
  await expect(settings.logo).toBeVisible();

  await page.getByRole('button', { name: 'Logo verwijderen' }).click();
  await expect(settings.logo).toHaveCount(0);
  await expect(page.getByText('Nog geen logo ingesteld.')).toBeVisible();
});

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
