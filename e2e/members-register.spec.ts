import { expect, screenshot, test } from './fixtures';
import { labelled } from './pages/controls';
import { DocumentsPage, RECORD_PRINTS } from './pages/DocumentsPage';
import { MembersPage } from './pages/MembersPage';
import { givenOffice, sanne, signIn } from './pages/PersonsArrange';
import { PersonsPage } from './pages/PersonsPage';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';

function today(): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date()).map((p) => [p.type, p.value]),
  );
  return `${parts.day}-${parts.month}-${parts.year}`;
}

test('L1-L3: a member is registered with a household member and a mandate; the membership letter is previewed and printed', async ({ page, app }) => {
  await givenOffice(app);
  await page.addInitScript({ content: RECORD_PRINTS });
  const shell = await signIn(page, app, sanne);
  const members = new MembersPage(page);
  const persons = new PersonsPage(page);
  const documents = new DocumentsPage(page);

  await test.step('Lid inschrijven: new person, a partner, a mandate with a signed form', async () => {
    await shell.goTo('Leden');
    await members.startRegistering();
    const form = members.registerForm;
    await persons.fill(
      { initials: 'M.', firstName: 'Maria', infix: 'de', lastName: 'Groot', postcode: '3441ef', houseNumber: '21', street: 'Rijnstraat', city: 'Woerden', phone: '06-11122233' },
      form,
    );
    await members.addHouseholdMember('Partner', { firstName: 'Kees', lastName: 'Groot' });
    await members.fillMandate({ iban: 'nl91 abna 0417 1643 00', signedOn: today() });
    await expect(labelled(form, 'Rekeninghouder')).toHaveValue('M. de Groot');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'relations-member-register');
    await form.getByRole('button', { name: 'Lid inschrijven' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Maria de Groot' })).toBeVisible();
  });

  const number = await members.membershipNumber();
  const letterTitle = `Ledenbrief ${number} Maria de Groot`;

  await test.step('the member page: number, household, mandate, and the membership letter in the documents', async () => {
    await expect(members.household).toContainText('Kees Groot');
    await expect(members.household).toContainText('Partner');
    await expect(members.household).toContainText('Rijnstraat 21, 3441 EF Woerden');
    await expect(members.mandateRow('NL91 ABNA 0417 1643 00')).toContainText('Actief');
    await expect(members.mandateRow('NL91 ABNA 0417 1643 00')).toContainText(today());
    await documents.expectStatus(letterTitle, 1, 'Concept');
  });

  await test.step('another IBAN is an amendment: the old mandate stays as "Gewijzigd"', async () => {
    await members.mandateRow('NL91 ABNA 0417 1643 00').getByRole('button', { name: /^Acties voor machtiging/ }).click();
    await page.getByRole('menuitem', { name: 'Ander rekeningnummer…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ander rekeningnummer' });
    await labelled(dialog, 'Nieuw IBAN').fill('NL44RABO0123456789');
    await dialog.getByRole('button', { name: 'Wijziging vastleggen' }).click();
    await expect(dialog).toBeHidden();
    await expect(members.mandateRow('NL44 RABO 0123 4567 89')).toContainText('Actief');
    await expect(members.mandateRow('NL91 ABNA 0417 1643 00')).toContainText('Gewijzigd');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'relations-member-detail');
  });

  await test.step('L2: the membership letter is finalised, previewed and printed; it carries the membership number', async () => {
    await documents.finalize(letterTitle);
    const { dialog, letter } = await documents.openPreview(letterTitle);
    await expect(letter.getByText(number, { exact: false }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await documents.act(letterTitle, 1, 'Afdrukken');
    await expect.poll(async () => (await documents.printed()).length).toBe(1);
    expect((await documents.printed())[0]).toContain(number);
  });

  await test.step('the list finds the member by number', async () => {
    await shell.goTo('Leden');
    await page.getByRole('textbox', { name: 'Zoeken in leden' }).fill(number);
    await expect(members.table.getByRole('row')).toHaveCount(2);
    await expect(members.table).toContainText('Groot, Maria de');
    await screenshot(page, 'relations-members-list');
  });
});

test('L1: an administrator sets the contribution for next year; the registration form shows the amount for its year', async ({ page, app }) => {
  const admin = await app.givenAdmin();
  await app.open(page);
  await new SignInPage(page).signIn(admin);
  const shell = new ShellPage(page);
  await shell.goTo('Leden');
  await page.getByRole('button', { name: 'Contributie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Contributie per kalenderjaar' });
  await expect(dialog).toContainText('standaardbedrag van € 23,50');
  const nextYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date())) + 1;
  await labelled(dialog, 'Jaar').fill(String(nextYear));
  await labelled(dialog, 'Bedrag').fill('24,75');
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog.getByRole('table', { name: 'Contributie per jaar' })).toContainText(`${nextYear}€ 24,75`);
  await page.keyboard.press('Escape');

  const members = new MembersPage(page);
  await members.startRegistering();
  await expect(members.registerForm).toContainText(/Contributie \d{4}: € 23,50/);
  await labelled(members.registerForm, 'Lid vanaf').fill(`01-01-${nextYear}`);
  await labelled(members.registerForm, 'Lid vanaf').press('Tab');
  await expect(members.registerForm).toContainText(`Contributie ${nextYear}: € 24,75 per jaar`);
});
