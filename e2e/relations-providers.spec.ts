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

function isoDayFromNow(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * 86_400_000));
}

test('D1/D2: a private provider shows the VOG, is rejected with a reason; an insurance about to end is on the Start work list', async ({ page, app }) => {
  const { asAdmin, callers } = await givenOffice(app);
  await asAdmin('providers.addDefaultCategories', {});
  const categories = await asAdmin('providers.listCategories', {});
  const gardening = categories.find((c) => c.name === 'Tuinonderhoud')!;
  await callers.sanne!('providers.register', {
    providerType: 'bedrijf',
    newPerson: { kind: 'organisatie', organisationName: 'Groenbedrijf Linschoten', postcode: '3461 AA', houseNumber: 3, street: 'Dorpstraat', city: 'Linschoten', phone: '0348-555000', preferredChannel: 'post' },
    kvkNumber: '87654321',
    insurer: 'Achmea',
    policyNumber: 'AVB-778',
    insuredUntil: isoDayFromNow(12),
    services: [{ categoryId: gardening.id }],
    regions: [{ place: 'Linschoten' }],
  });
  const shell = await signIn(page, app, sanne);
  const providers = new ProvidersPage(page);

  await test.step('Start: "Verzekering verloopt" lists the business whose insurance ends in 12 days', async () => {
    const worklist = page.getByRole('region', { name: 'Verzekering verloopt' });
    await expect(worklist).toContainText('Groenbedrijf Linschoten');
    await expect(worklist).toContainText('nog 12 dagen');
    await screenshot(page, 'relations-start-worklist');
  });

  await test.step('a particulier: VOG instead of KvK; work experience per service', async () => {
    await shell.goTo('Dienstverleners');
    await providers.startRegistering();
    const form = providers.registerForm;
    await expect(labelled(form, 'VOG ontvangen op')).toBeVisible();
    await expect(labelled(form, 'KvK-nummer')).toHaveCount(0);
    await labelled(form, 'Voornaam').fill('Henk');
    await labelled(form, 'Achternaam').fill('Bakker');
    await labelled(form, 'Telefoon').fill('06-44455566');
    await providers.addService(form, 'Tuinonderhoud', '');
    await providers.addRegions(form, ['Woerden']);
    await form.getByRole('button', { name: 'Dienstverlener aanmelden' }).click();
    await providers.expectDetailsOf('Henk Bakker');
    await expect(providers.missing).toContainText('Werkervaring voor Tuinonderhoud');
    await expect(providers.missing).toContainText('Verklaring omtrent het gedrag (VOG)');
  });

  await test.step('rejection needs a reason, and shows it', async () => {
    await providers.screening.getByRole('button', { name: 'Afwijzen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afwijzen' });
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();
    await expect(labelled(dialog, 'Reden van afwijzing')).toHaveAttribute('aria-invalid', 'true');
    await labelled(dialog, 'Reden van afwijzing').fill('Geen werkervaring in tuinonderhoud; referenties niet bereikbaar.');
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();
    await expect(dialog).toBeHidden();
    await expect(providers.screening).toContainText('Reden van afwijzing');
    await expect(providers.screening).toContainText('referenties niet bereikbaar');
    await expect(providers.steps.last()).toContainText('Afgewezen');
    await expect(providers.approveButton()).toHaveCount(0);
  });

  await test.step('the list filtered on "Afgewezen", exported to CSV for Excel', async () => {
    await shell.goTo('Dienstverleners');
    await page.getByRole('combobox', { name: 'Screening' }).click();
    await page.getByRole('option', { name: 'Afgewezen', exact: true }).click();
    await expect(providers.table.getByRole('row')).toHaveCount(2);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren naar CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^dienstverleners \d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await import('node:fs')).readFileSync(await file.path(), 'utf8');
    expect(text.startsWith('\uFEFFNaam;Soort;KvK-nummer;Plaats;Telefoon;Screening')).toBe(true);
    expect(text).toContain('\r\nBakker, Henk;Particulier;');
    expect(text).toContain(';Afgewezen;');
    expect(text).not.toContain('Groenbedrijf');
  });
});
