import { expect, screenshot, test } from './fixtures';
import { sanne, givenOffice, signIn } from './pages/PersonsArrange';
import { PersonsPage } from './pages/PersonsPage';

test('a new person at the same postcode and number is flagged as a possible duplicate, and the two are merged', async ({ page, app }) => {
  const { callers } = await givenOffice(app);
  await callers.sanne!('persons.create', {
    kind: 'persoon',
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
    preferredChannel: 'post',
  });
  const shell = await signIn(page, app, sanne);
  const persons = new PersonsPage(page);

  await test.step('typing the postcode and number shows who already lives there, with a link', async () => {
    await shell.goTo('Personen');
    await expect(persons.table.getByRole('row')).toHaveCount(2);
    await persons.startNew();
    await persons.fill({ initials: 'J.', lastName: 'Berg', postcode: '3441ab', houseNumber: '12', addition: 'A' });
    await expect(persons.duplicateWarning).toBeVisible();
    await expect(persons.candidate('Jan van der Berg')).toContainText('Kerkstraat 12a, 3441 AB Woerden');
    await expect(persons.candidate('Jan van der Berg').getByRole('link', { name: 'Jan van der Berg' })).toBeVisible();
    await screenshot(page, 'relations-person-new');
  });

  await test.step('added anyway, the new person\'s page says it may be a duplicate', async () => {
    await page.getByRole('button', { name: 'Toch toevoegen' }).click();
    await persons.expectDetailsOf('J. Berg');
    await expect(persons.candidate('Jan van der Berg')).toBeVisible();
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'relations-person-detail');
  });

  await test.step('merge: both records side by side, the older one is kept', async () => {
    const dialog = await persons.merge('Jan van der Berg', 'Jan van der Berg');
    await expect(dialog.getByRole('table', { name: 'Beide personen naast elkaar' })).toContainText('06-12345678');
    await expect(dialog).toContainText('J. Berg verdwijnt uit de lijsten');
    await screenshot(page, 'relations-merge');
    await dialog.getByRole('button', { name: 'Samenvoegen' }).click();
    await expect(dialog).toBeHidden();
    await persons.expectDetailsOf('Jan van der Berg');
    await expect(persons.duplicateWarning).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Samengevoegd' })).toContainText('Berg, J.');
  });

  await test.step('the list has one Berg left', async () => {
    await shell.goTo('Personen');
    await expect(persons.table.getByRole('row')).toHaveCount(2);
    await expect(persons.table).toContainText('Berg, Jan van der');
    await screenshot(page, 'relations-persons-list');
  });
});
