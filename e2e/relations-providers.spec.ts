import { expect, screenshot, test } from './fixtures';
import { labelled } from './pages/controls';
import { givenOffice, sanne, signIn } from './pages/PersonsArrange';
import { ProvidersPage } from './pages/ProvidersPage';

function today(): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date()).map((p) => [p.type, p.value]),
  );
  return `${parts.day}-${parts.month}-${parts.year}`;
}

test('D1/D2: a business provider is registered and screened; approval is refused, listing what is missing, until it is filled in', async ({ page, app }) => {
  const { asAdmin } = await givenOffice(app);
  await asAdmin('providers.addDefaultCategories', {});
  const shell = await signIn(page, app, sanne);
  const providers = new ProvidersPage(page);

  await test.step('register a business: the organisation, a new contact person, a service and a region', async () => {
    await shell.goTo('Dienstverleners');
    await providers.startRegistering();
    await providers.chooseType('Bedrijf');
    const form = providers.registerForm;
    await expect(labelled(form, 'VOG ontvangen op')).toHaveCount(0);
    await labelled(form, 'Naam organisatie').fill('Klusbedrijf De Vries B.V.');
    await labelled(form, 'Postcode').fill('3441 CD');
    await labelled(form, 'Huisnummer').fill('7');
    await labelled(form, 'Straat').fill('Industrieweg');
    await labelled(form, 'Plaats').fill('Woerden');
    await labelled(form, 'Telefoon').fill('0348-123456');
    await form.getByRole('button', { name: 'Nieuwe contactpersoon…' }).click();
    const contact = page.getByRole('dialog', { name: 'Nieuwe contactpersoon' });
    await labelled(contact, 'Voorletters').fill('P.');
    await labelled(contact, 'Tussenvoegsel').fill('de');
    await labelled(contact, 'Achternaam').fill('Vries');
    await labelled(contact, 'Telefoon').fill('06-98765432');
    await contact.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(contact).toBeHidden();
    await expect(labelled(form, 'Contactpersoon')).toHaveValue('P. de Vries');
    await providers.addService(form, 'Schilderwerk');
    await providers.addRegions(form, ['Woerden', '3440-3449']);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'relations-provider-register');
    await form.getByRole('button', { name: 'Dienstverlener aanmelden' }).click();
    await providers.expectDetailsOf('Klusbedrijf De Vries B.V.');
  });

  await test.step('approval is not possible yet: the missing items are listed in Dutch', async () => {
    await expect(providers.steps).toHaveCount(1);
    await expect(providers.steps.first()).toContainText('Aangemeld');
    await expect(providers.steps.first()).toContainText(`${today()} · Sanne Jansen`);
    await expect(providers.approveButton()).toBeDisabled();
    for (const item of ['KvK-nummer', 'Verzekeraar van de bedrijfsaansprakelijkheidsverzekering', 'Polisnummer van de bedrijfsaansprakelijkheidsverzekering', 'Telefonische selectie', 'Persoonlijk bezoek']) {
      await expect(providers.missing).toContainText(item);
    }
  });

  await test.step('phone selection and visit, each with who and when', async () => {
    await providers.recordStep('Telefonische selectie vastleggen', 'Gebeld met de heer De Vries; maakt een goede indruk.');
    await providers.recordStep('Bezoek vastleggen', 'Werkplaats bezocht.');
    await expect(providers.steps).toHaveCount(3);
    await expect(providers.steps.nth(1)).toContainText('Telefonisch geselecteerd');
    await expect(providers.steps.nth(1)).toContainText(`${today()} · Sanne Jansen`);
    await expect(providers.steps.nth(1)).toContainText('maakt een goede indruk');
    await expect(providers.steps.nth(2)).toContainText('Bezocht');
    await expect(providers.missing).not.toContainText('Persoonlijk bezoek');
    await expect(providers.missing).toContainText('KvK-nummer');
    await expect(providers.approveButton()).toBeDisabled();
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'relations-provider-screening');
  });

  await test.step('with KvK number and insurance filled in, approval goes through', async () => {
    await labelled(providers.details, 'KvK-nummer').fill('12345678');
    await labelled(providers.details, 'Verzekeraar').fill('Nationale Verzekeraar');
    await labelled(providers.details, 'Polisnummer').fill('BA-2026-991');
    await labelled(providers.details, 'Verzekerd tot en met').fill('31-12-2030');
    await labelled(providers.details, 'Verzekerd tot en met').press('Tab');
    await providers.saveDetails();
    await expect(providers.missing).toHaveCount(0);
    await expect(providers.approveButton()).toBeEnabled();
    await providers.recordStep('Goedkeuren');
    await expect(page.getByText('Goedgekeurd', { exact: true }).first()).toBeVisible();
    await expect(providers.steps).toHaveCount(4);
    await expect(providers.steps.nth(3)).toContainText('Goedgekeurd');
    await expect(providers.steps.nth(3)).toContainText(`${today()} · Sanne Jansen`);
    await expect(providers.screening.getByRole('button', { name: 'Goedkeuren' })).toHaveCount(0);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'relations-provider-detail');
  });

  await test.step('the list shows the approved business; filters by screening status', async () => {
    await shell.goTo('Dienstverleners');
    await expect(providers.table).toContainText('Klusbedrijf De Vries B.V.');
    await expect(providers.table).toContainText('Goedgekeurd');
    await screenshot(page, 'relations-providers-list');
  });
});
