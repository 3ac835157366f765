import { expect, screenshot, test, type Caller } from './fixtures';
import { choose, expectFieldError, labelled } from './pages/controls';
import { IntakePage } from './pages/IntakePage';
import { givenOffice, sanne, signIn } from './pages/PersonsArrange';
import { WorklistPage } from './pages/WorklistPage';

/** The caller: Janneke de Vries, known by her mobile number. */
async function givenCaller(as: Caller) {
  return as('persons.create', {
    kind: 'persoon',
    salutation: 'mevrouw',
    initials: 'J.',
    firstName: 'Janneke',
    infix: 'de',
    lastName: 'Vries',
    street: 'Dorpsstraat',
    houseNumber: 12,
    postcode: '3441 AB',
    city: 'Woerden',
    phone: '06 12345678',
    email: 'j.devries@example.nl',
    preferredChannel: 'post',
  });
}

/** K15: one active choice in each list, as the administrator keeps them. */
async function givenImprovementLists(asAdmin: Caller) {
  await asAdmin('improvement.add', { list: 'categorie', name: 'Bereikbaarheid' });
  await asAdmin('improvement.add', { list: 'oorzaak', name: 'Planning' });
  await asAdmin('improvement.add', { list: 'maatregel', name: 'Excuses aangeboden' });
}

test('K1-K3: a servicedesk employee records a phone complaint with the keyboard only and lands on the dossier', async ({ page, app }) => {
  const { asAdmin, callers } = await givenOffice(app);
  await givenCaller(asAdmin);
  const shell = await signIn(page, app, sanne);
  const intake = new IntakePage(page);

  await test.step('Alt+N on the complaints list opens the intake with the caller search focused', async () => {
    await shell.goTo('Klachten');
    await page.keyboard.press('Alt+n');
    await intake.expectShown();
    await expect(intake.caller).toBeFocused();
    await expect(intake.choice('Binnengekomen via (K2)', 'Telefoon')).toBeChecked();
  });

  await test.step('the caller is found by phone number; the choices are made with Tab and the arrow keys', async () => {
    await intake.pickByKeyboard('0612345678', 'Janneke de Vries');
    await expect(intake.caller).toHaveValue('Janneke de Vries');
    await intake.tabTo(intake.choice('Soort melding', 'Klacht'));
    await page.keyboard.press('ArrowRight');
    await expect(intake.choice('Soort melding', 'Claim')).toBeChecked();
    await intake.tabTo(intake.choice('De klacht gaat over', 'Onze dienstverlening (algemeen)'));
    await page.keyboard.press('ArrowRight');
    await expect(intake.choice('De klacht gaat over', 'Een team')).toBeChecked();
    await intake.tabTo(intake.subject('Team'));
    await intake.pickByKeyboard('Servi', 'Servicedesk');
    await expect(intake.subject('Team')).toHaveValue('Servicedesk');
    await intake.tabTo(intake.description);
    await page.keyboard.type('De monteur kwam niet opdagen en niemand belde af.');
    await intake.tabTo(intake.remedy);
    await page.keyboard.type('Vergoeding van de vrije dag');
    // Enter in a single-line field does not save half a complaint.
    await intake.tabTo(intake.receivedAt);
    await page.keyboard.press('Enter');
    await expect(intake.form).toBeVisible();
    await intake.tabTo(intake.urgent);
    await page.keyboard.press('Space');
    await expect(intake.urgent).toBeChecked();
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'complaints-intake');
  });

  const id = await test.step('Ctrl+Enter saves: the dossier number is shown and the dossier page opens', async () => {
    await intake.saveWithKeyboard();
    await expect(page.getByText(/^Dossier K/)).toBeVisible();
    return intake.expectDossierPage();
  });

  await test.step('the dossier holds what was said on the phone', async () => {
    const complaint = await callers.sanne!('complaints.get', { id });
    expect(complaint).toMatchObject({
      kind: 'claim',
      reporterType: 'klant',
      channel: 'telefoon',
      concernsKind: 'team',
      concernsLabel: expect.stringContaining('Servicedesk'),
      description: 'De monteur kwam niet opdagen en niemand belde af.',
      requestedRemedy: 'Vergoeding van de vrije dag',
      urgent: true,
      status: 'geregistreerd',
    });
    expect(complaint.complainant.name).toContain('Vries');
  });

  await test.step('the complaints list shows it, urgent, and finds it by dossier number', async () => {
    const complaint = await callers.sanne!('complaints.get', { id });
    await shell.goTo('Klachten');
    const table = page.getByRole('table', { name: 'Klachten' });
    await page.getByRole('textbox', { name: 'Zoeken in klachten' }).fill(complaint.dossierNumber);
    const row = table.getByRole('row').filter({ hasText: complaint.dossierNumber });
    await expect(row).toContainText('Geregistreerd');
    await expect(row).toContainText('Urgent');
    await screenshot(page, 'complaints-list');
  });
});

test('K4: a complaint resolved on the phone is closed at once with its solution, category, cause and measure', async ({ page, app }) => {
  const { asAdmin, callers } = await givenOffice(app);
  await givenImprovementLists(asAdmin);
  await signIn(page, app, sanne);
  const intake = new IntakePage(page);
  await page.goto(page.url().replace(/#.*$/, '#/klachten/nieuw'));
  await intake.expectShown();

  await test.step('a new caller: what was searched for is carried into the new person', async () => {
    await page.keyboard.type('06 99887766');
    await expect(page.getByText('Niemand gevonden')).toBeVisible();
    await intake.tabTo(intake.form.getByRole('button', { name: 'Nieuwe persoon' }));
    await page.keyboard.press('Enter');
    await expect(intake.form.getByRole('textbox', { name: 'Telefoon' })).toHaveValue('06 99887766');
    await labelled(intake.form, 'Voorletters').fill('P.');
    await labelled(intake.form, 'Achternaam').fill('Bakker');
  });

  await test.step('direct opgelost: solution and the K15 choices', async () => {
    await intake.choice('De klacht gaat over', 'Onze dienstverlening (algemeen)').check();
    await intake.description.fill('Kon de openingstijden niet vinden op de website.');
    await intake.resolved.check();
    await intake.solution.fill('Openingstijden telefonisch doorgegeven.');
    await choose(page, intake.improvement('Categorie'), 'Bereikbaarheid');
    await choose(page, intake.improvement('Oorzaak'), 'Planning');
    await choose(page, intake.improvement('Maatregel'), 'Excuses aangeboden');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'complaints-intake-resolved');
    await intake.solution.focus();
    await intake.saveWithKeyboard();
  });

  await test.step('the dossier is closed as resolved at intake, filed under the three choices', async () => {
    const id = await intake.expectDossierPage();
    const complaint = await callers.sanne!('complaints.get', { id });
    expect(complaint.status).toBe('afgesloten');
    expect(complaint.resolution).toBe('direct_opgelost');
    expect(complaint.resolutionText).toBe('Openingstijden telefonisch doorgegeven.');
    expect([complaint.category?.name, complaint.cause?.name, complaint.measure?.name]).toEqual(['Bereikbaarheid', 'Planning', 'Excuses aangeboden']);
    expect(complaint.complainant.name).toContain('Bakker');
  });
});

test('K1-K4: every error shows at its field, in Dutch', async ({ page, app }) => {
  const { asAdmin } = await givenOffice(app);
  await givenCaller(asAdmin);
  await signIn(page, app, sanne);
  const intake = new IntakePage(page);
  await page.goto(page.url().replace(/#.*$/, '#/klachten/nieuw'));
  await intake.expectShown();

  await test.step('an empty form: caller, subject and description', async () => {
    await intake.saveWithKeyboard();
    await expectFieldError(intake.caller, 'Zoek de melder of voeg een nieuwe persoon toe');
    await expectFieldError(intake.description, 'Vul de omschrijving in');
    await expect(intake.form.getByRole('radiogroup', { name: 'De klacht gaat over' })).toHaveAccessibleDescription('Kies waar de klacht over gaat');
  });

  await test.step('a team, a date that does not exist, and K4 without its solution', async () => {
    await intake.choice('De klacht gaat over', 'Een team').check();
    await intake.receivedAt.fill('31-02-2026 10:00');
    await intake.resolved.check();
    await intake.saveWithKeyboard();
    await expectFieldError(intake.subject('Team'), 'Kies het team');
    await expectFieldError(intake.receivedAt, 'Vul datum en tijd in als dd-mm-jjjj uu:mm');
    await expectFieldError(intake.solution, 'Beschrijf de oplossing');
    await expectFieldError(intake.improvement('Categorie'), 'Kies een categorie');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'complaints-intake-errors');
  });

  await test.step('the back end refuses a moment in the future, at the field', async () => {
    await intake.resolved.uncheck();
    await intake.caller.click();
    await intake.pickByKeyboard('0612345678', 'Janneke de Vries');
    await intake.choice('De klacht gaat over', 'Onze dienstverlening (algemeen)').check();
    await intake.description.fill('Niemand nam op.');
    const nextYear = new Date().getFullYear() + 1;
    await intake.receivedAt.fill(`01-03-${nextYear} 10:00`);
    await intake.saveWithKeyboard();
    await expectFieldError(intake.receivedAt, 'Het moment van ontvangst ligt in de toekomst.');
    await expect(intake.receivedAt).toBeFocused();
  });
});

test('K8: a forwarded complaint is on the work list of the team, with its rule and a link to the dossier', async ({ page, app }) => {
  const { asAdmin, callers } = await givenOffice(app);
  const caller = await givenCaller(asAdmin);
  const teamId = (await asAdmin('teams.list', {}))[0]!.id;
  const complaint = await callers.sanne!('complaints.intake', {
    complainantId: caller.id,
    kind: 'klacht',
    reporterType: 'klant',
    channel: 'telefoon',
    receivedAt: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(new Date()).replace(' ', 'T'),
    concernsKind: 'team',
    concernsTeamId: teamId,
    description: 'De monteur kwam niet opdagen.',
    urgent: true,
  });
  await callers.sanne!('complaints.forward', { id: complaint.id, teamId });
  await signIn(page, app, sanne);
  const worklist = new WorklistPage(page);

  await test.step('the start page card: Mijn team shows the first call, urgent, with K8', async () => {
    await worklist.chooseScope(worklist.card, 'Mijn team');
    const row = worklist.item(worklist.card, complaint.dossierNumber);
    await expect(row).toContainText('Eerste telefonisch contact');
    await expect(row).toContainText('K8');
    await expect(row).toContainText('Urgent');
    await screenshot(page, 'worklist-start');
  });

  await test.step('the work list page keeps the scope; the dossier number opens the dossier', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Werkvoorraad' })).toBeVisible();
    const row = worklist.item(page, complaint.dossierNumber);
    await expect(row).toContainText('Eerste telefonisch contact');
    await screenshot(page, 'worklist-page');
    await row.getByRole('link', { name: complaint.dossierNumber }).click();
    await expect(page).toHaveURL(new RegExp(`#/klachten/${complaint.id}$`));
  });

  await test.step('Mijn werk of someone with nothing assigned is a friendly empty list', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkvoorraad' }).click();
    await worklist.chooseScope(page, 'Mijn werk');
    await worklist.expectEmpty(page);
  });
});

test('admin adds a closing day and a K15 category on the procedure settings', async ({ page, app }) => {
  await givenOffice(app, []);
  const admin = { name: 'Anneke de Vries', username: 'beheer', password: 'Beheer-wachtwoord-1', roles: ['admin' as const] };
  const shell = await signIn(page, app, admin);
  const year = new Date().getFullYear();
  // A working day between Christmas and New Year, so the office calendar has something to skip.
  const closingDay = [28, 29, 30, 31].map((d) => new Date(Date.UTC(year, 11, d))).find((d) => d.getUTCDay() >= 1 && d.getUTCDay() <= 5)!;
  const closingText = `${String(closingDay.getUTCDate())}-12-${year}`;

  await test.step('from Instellingen to the procedure settings', async () => {
    await shell.goTo('Instellingen');
    await page.getByRole('link', { name: 'Instellingen klachtenprocedure' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Klachtenprocedure' })).toBeVisible();
  });

  await test.step('a closing day is added, listed and counted among the days off', async () => {
    const card = page.getByRole('region', { name: 'Sluitingsdagen' });
    await card.getByRole('button', { name: 'Toevoegen' }).click();
    await expectFieldError(labelled(card, 'Omschrijving'), 'Vul een omschrijving in');
    await labelled(card, 'Datum').fill(closingText);
    await labelled(card, 'Omschrijving').fill('Kerstsluiting');
    await card.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(card.getByRole('table', { name: 'Sluitingsdagen' })).toContainText(closingText);
    await expect(card.getByRole('table', { name: 'Sluitingsdagen' })).toContainText('Kerstsluiting');
    await expect(page.getByRole('table', { name: `Vrije dagen ${year}` })).toContainText('Kerstsluiting');
  });

  await test.step('a K15 category is added, a double is refused at the field, and it can be switched off', async () => {
    const categories = page.getByRole('region', { name: 'Categorieën' });
    const input = categories.getByRole('textbox', { name: 'Nieuwe categorie' });
    await input.fill('Bereikbaarheid');
    await input.press('Enter');
    await expect(categories.getByTestId('improvement-option').filter({ hasText: 'Bereikbaarheid' })).toBeVisible();
    await input.fill('Bereikbaarheid');
    await input.press('Enter');
    await expectFieldError(input, 'Deze naam staat al in de lijst.');
    await categories.getByRole('button', { name: 'Bereikbaarheid uitzetten' }).click();
    await expect(categories.getByTestId('improvement-option').filter({ hasText: 'Bereikbaarheid' })).toContainText('uit');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'complaints-procedure-settings');
  });
});

test('K15: the report counts the year’s complaints per month, category and channel', async ({ page, app }) => {
  const { asAdmin, callers } = await givenOffice(app);
  await givenImprovementLists(asAdmin);
  const caller = await givenCaller(asAdmin);
  const options = await asAdmin('improvement.list', {});
  const idOf = (name: string) => options.find((o) => o.name === name)!.id;
  const now = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(new Date()).replace(' ', 'T');
  for (const [channel, resolved] of [['telefoon', true], ['email', true], ['telefoon', false]] as const) {
    await callers.sanne!('complaints.intake', {
      complainantId: caller.id,
      kind: 'klacht',
      reporterType: 'klant',
      channel,
      receivedAt: now,
      concernsKind: 'organisatie',
      description: 'Lang in de wacht gestaan.',
      resolvedAtIntake: resolved,
      solution: resolved ? 'Excuses gemaakt.' : null,
      improvement: resolved ? { categoryId: idOf('Bereikbaarheid'), causeId: idOf('Planning'), measureId: idOf('Excuses aangeboden') } : null,
    });
  }
  const admin = { name: 'Anneke de Vries', username: 'beheer', password: 'Beheer-wachtwoord-1', roles: ['admin' as const] };
  const shell = await signIn(page, app, admin);
  await shell.goTo('Klachtenrapportage');

  const figures = page.getByRole('list', { name: 'Kerncijfers' });
  await expect(figures.getByRole('listitem', { name: 'Ontvangen: 3' })).toBeVisible();
  await expect(figures.getByRole('listitem', { name: 'Afgesloten: 2' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Per categorie' })).toContainText('Bereikbaarheid');
  await expect(page.getByRole('region', { name: 'Per kanaal' })).toContainText('Telefoon');
  await expect(page.getByRole('region', { name: 'Klachten per maand' }).locator('.recharts-bar-rectangle path').first()).toBeVisible();
  await screenshot(page, 'complaints-report');

  await test.step('a period that ends before it starts is refused at the field', async () => {
    await labelled(page, 'Tot en met').fill(`01-01-${new Date().getFullYear() - 1}`);
    await labelled(page, 'Tot en met').press('Tab');
    await expectFieldError(labelled(page, 'Tot en met'), 'De einddatum ligt vóór de begindatum');
  });
});
