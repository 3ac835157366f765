import { expect, screenshot, test } from './fixtures';
import { sanne, givenOffice, signIn } from './pages/PersonsArrange';
import { PersonsPage } from './pages/PersonsPage';
import { SearchPage } from './pages/SearchPage';

test('search: Ctrl+K finds a caller by a phone number typed differently, by postcode and number, and by a name with tussenvoegsel', async ({ page, app }) => {
  const { callers } = await givenOffice(app);
  const asSanne = callers.sanne!;
  const base = { kind: 'persoon', preferredChannel: 'post' } as const;
  const jan = await asSanne('persons.create', {
    ...base,
    salutation: 'heer',
    firstName: 'Jan',
    infix: 'van der',
    lastName: 'Berg',
    street: 'Kerkstraat',
    houseNumber: 12,
    houseNumberAddition: 'a',
    postcode: '3441 AB',
    city: 'Woerden',
    phone: '06-12345678',
  });
  await asSanne('persons.create', { ...base, firstName: 'Fatma', lastName: 'Çelik', street: 'Rijnstraat', houseNumber: 5, postcode: '3442 CD', city: 'Woerden', phone: '0348 123 456' });
  await asSanne('persons.create', { ...base, firstName: 'Joost', lastName: 'Bergman', street: 'Molenweg', houseNumber: 3, postcode: '3443 EF', city: 'Harmelen' });

  // Jan is a member; his partner is found too, badged as his household member.
  const { member } = await asSanne('members.register', {
    personId: jan.id,
    startDate: '2026-01-01',
    household: [{ relation: 'partner', newPerson: { ...base, firstName: 'Els', infix: 'van der', lastName: 'Berg', street: 'Kerkstraat', houseNumber: 12, houseNumberAddition: 'a', postcode: '3441 AB', city: 'Woerden' } }],
  });

  await signIn(page, app, sanne);
  const search = new SearchPage(page);
  const persons = new PersonsPage(page);

  await test.step('a phone number entered as 06-12345678, asked for as +31 6 1234 5678', async () => {
    await search.openWithKeyboard();
    await search.type('+31 6 1234 5678');
    const hit = search.hit('Jan van der Berg');
    // The address and phone are shown, so the caller can be asked to confirm them.
    await expect(hit).toContainText('Kerkstraat 12a, 3441 AB Woerden');
    await expect(hit).toContainText('06-12345678');
    await expect(search.results.getByRole('option').filter({ hasText: 'Fatma' })).toHaveCount(0);
    await screenshot(page, 'relations-search');
    await search.openHit('Jan van der Berg');
    // A member opens on the member's page: that is what the caller is about.
    await persons.expectDetailsOf('Jan van der Berg');
    await expect(page.getByRole('region', { name: 'Lidmaatschap' })).toContainText(member.membershipNumber);
  });

  await test.step('postcode and house number, typed without spaces and in lower case', async () => {
    await search.openWithKeyboard();
    await search.type('3442cd5');
    // Enter straight after typing, before the answer is in: the first hit opens once it arrives.
    await search.input.press('Enter');
    await expect(search.dialog).toBeHidden();
    await persons.expectDetailsOf('Fatma Çelik');
  });

  await test.step('a name with tussenvoegsel, and a name without its special letters', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
    await search.openWithKeyboard();
    await search.type('van der berg');
    await expect(search.hit('Jan van der Berg')).toContainText(`Lid ${member.membershipNumber}`);
    await expect(search.hit('Els van der Berg')).toContainText('Huisgenoot');
    await expect(search.hit('Joost Bergman')).toHaveCount(0);
    await screenshot(page, 'relations-search-badges');
    await search.type('fatma celik');
    await expect(search.hit('Fatma Çelik')).toBeVisible();
    await search.type('jan berg');
    await search.openHit('Jan van der Berg');
    await persons.expectDetailsOf('Jan van der Berg');
  });

  await test.step('nobody fits: "Nieuwe persoon" starts the form with what was searched for', async () => {
    await search.openWithKeyboard();
    await search.type('Pietersen');
    await expect(search.dialog.getByTestId('search-nothing')).toBeVisible();
    await search.openHit('Nieuwe persoon "Pietersen" toevoegen');
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe persoon' })).toBeVisible();
    await expect(page.getByLabel(/^Achternaam/)).toHaveValue('Pietersen');
  });
});
