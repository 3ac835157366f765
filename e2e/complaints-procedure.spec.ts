import type { Page } from '@playwright/test';
import { amsterdamDay, amsterdamLocal, formatDate, type ProcedureInput } from '../core/contracts';
import { expect, screenshot, test, type Caller, type ServicedeskApp } from './fixtures';
import { AppealsPage } from './pages/AppealsPage';
import { ComplaintDossierPage } from './pages/ComplaintDossierPage';
import { expectFieldError } from './pages/controls';
import { RECORD_PRINTS } from './pages/DocumentsPage';
import { givenOffice, marco, sanne, signIn, type Colleague } from './pages/PersonsArrange';
import { WorklistPage } from './pages/WorklistPage';

const dirk: Colleague = { name: 'Dirk Visser', username: 'dirk', password: 'Dirk-eigen-wachtwoord-2', roles: ['director'] };
const kees: Colleague = { name: 'Kees Kok', username: 'kees', password: 'Kees-eigen-wachtwoord-2', roles: ['servicedesk'] };

const DAY = 24 * 60 * 60 * 1000;

/** A moment `days` from now in Woerden, as the contracts take it ('yyyy-mm-ddThh:mm'). */
function moment(days: number, time?: string): string {
  const local = amsterdamLocal(new Date(Date.now() + days * DAY));
  return time ? `${local.slice(0, 10)}T${time}` : local;
}

/** The same moment as a person types it: dd-mm-jjjj uu:mm. */
function typed(local: string): string {
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/**
 * Team Servicedesk with manager Marco, employees Sanne and Kees, director Dirk, the K15 lists, and a
 * complainant who prefers post. Arranged through the procedures: their own screens are tested elsewhere.
 */
async function givenComplaintOffice(app: ServicedeskApp) {
  const { asAdmin, callers } = await givenOffice(app, [sanne, marco, dirk, kees]);
  const staff = await asAdmin('staff.list', {});
  const staffId = (who: Colleague) => staff.find((s) => s.username === who.username)!.id;
  const [team] = await asAdmin('teams.list', {});
  await asAdmin('teams.update', { id: team!.id, name: team!.name, description: team!.description, managerId: staffId(marco) });
  await asAdmin('improvement.add', { list: 'categorie', name: 'Bereikbaarheid' });
  await asAdmin('improvement.add', { list: 'oorzaak', name: 'Planning' });
  await asAdmin('improvement.add', { list: 'maatregel', name: 'Werkinstructie aangepast' });
  const complainant = await callers.sanne!('persons.create', {
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
  const intake = (overrides: Partial<ProcedureInput<'complaints.intake'>>) =>
    callers.sanne!('complaints.intake', {
      complainantId: complainant.id,
      kind: 'klacht',
      reporterType: 'klant',
      channel: 'telefoon',
      receivedAt: moment(0),
      concernsKind: 'team',
      concernsTeamId: team!.id,
      description: 'De monteur kwam niet opdagen en niemand belde af.',
      urgent: false,
      ...overrides,
    });
  return { callers, team: team!, staffId, intake, as: (who: Colleague): Caller => callers[who.username]! };
}

async function switchTo(page: Page, app: ServicedeskApp, who: Colleague) {
  await page.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
  return signIn(page, app, who);
}

test('K5-K13: a complaint about an employee is forwarded, owned (K7 refused for its subject), called, answered, appealed and decided by the director', async ({ page, app }) => {
  test.setTimeout(180_000);
  const office = await givenComplaintOffice(app);
  const complaint = await office.intake({ concernsKind: 'medewerker', concernsStaffId: office.staffId(kees), concernsTeamId: null });
  await page.addInitScript(RECORD_PRINTS);
  const dossier = new ComplaintDossierPage(page);

  await test.step('K5: the servicedesk employee forwards it to team Servicedesk; the acknowledgement (T1) goes by post', async () => {
    await signIn(page, app, sanne);
    await dossier.open(complaint.id, complaint.dossierNumber);
    await dossier.expectCurrentStep('Doorsturen');
    await screenshot(page, 'complaint-dossier-new');
    await dossier.forward('Servicedesk');
    await expect(dossier.letter('Ontvangstbevestiging klacht')).toContainText('Verzonden');
    await expect(dossier.deadlines).toContainText('Eerste telefonisch contact');
    await expect(dossier.deadlines).toContainText('K8');
  });

  await test.step('K6/K7: the manager cannot make the employee complained about the owner; the refusal is at the field', async () => {
    await switchTo(page, app, marco);
    await dossier.open(complaint.id);
    await dossier.expectCurrentStep('Dossierverantwoordelijke');
    await dossier.assignOwner(kees.name, false);
    await expectFieldError(dossier.ownerField(), `Deze klacht gaat over ${kees.name}. Kies een ander als dossierverantwoordelijke (K7).`);
    await screenshot(page, 'complaint-dossier-owner-refused');
    await dossier.assignOwner(sanne.name);
  });

  await test.step('K8/K10: the owner logs the first call and drafts the written answer; the letter can be read before approval', async () => {
    await switchTo(page, app, sanne);
    await dossier.open(complaint.id);
    await dossier.expectCurrentStep('Telefonisch contact');
    await dossier.logCall('Mevrouw De Vries gesproken; zij wil een schriftelijk antwoord.');
    const calls = page.getByRole('table', { name: 'Telefoongesprekken' });
    await expect(calls).toContainText(sanne.name);
    await expect(calls).toContainText('Dossierverantwoordelijke');
    await expect(calls).toContainText('Bereikt');
    await dossier.expectCurrentStep('Schriftelijk antwoord');
    await dossier.draftAnswer('U meldde dat de monteur niet kwam en niemand afbelde.', 'Wij plannen een nieuwe afspraak en vergoeden de voorrijkosten.');
    await expect(dossier.card('Schriftelijk antwoord')).toContainText('Een manager of de directeur keurt het antwoord goed');
    const { dialog, letter } = await dossier.previewAnswer();
    await expect(letter.getByText('Wij plannen een nieuwe afspraak en vergoeden de voorrijkosten.')).toBeVisible();
    await screenshot(page, 'complaint-dossier-answer-preview');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('K10: the manager approves the answer', async () => {
    await switchTo(page, app, marco);
    await dossier.open(complaint.id);
    await dossier.approve();
    await expect(dossier.card('Schriftelijk antwoord')).toContainText(`Goedgekeurd door ${marco.name}`);
  });

  const appealWindow = await test.step('K10/K11: the owner sends it by post; the appeal window starts and an appeal is registered', async () => {
    await switchTo(page, app, sanne);
    await dossier.open(complaint.id);
    await dossier.sendAnswer();
    const sent = await office.as(sanne)('complaints.get', { id: complaint.id });
    expect(sent.appealWindowEnds).not.toBeNull();
    await expect(page.getByTestId('appeal-window')).toHaveText(`Bezwaar mogelijk tot en met ${formatDate(sent.appealWindowEnds!)} (K11)`);
    await expect(dossier.letter('Schriftelijk antwoord')).toContainText('Verzonden');
    await dossier.expectCurrentStep('Bezwaar');
    await dossier.registerAppeal({ receivedOn: formatDate(amsterdamDay(new Date())), grounds: 'De vergoeding van de voorrijkosten is te weinig.', hearingAt: typed(moment(2, '10:00')) });
    await expect(dossier.card('Bezwaar')).toContainText('Gesprek gepland');
    await expect(page.getByTestId('late-appeal')).toHaveCount(0);
    await expect(dossier.letter('Ontvangstbevestiging bezwaar')).toBeVisible();
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'complaint-dossier-appeal');
    return sent.appealWindowEnds!;
  });
  expect(appealWindow > amsterdamDay(new Date())).toBe(true);

  const appeals = new AppealsPage(page);
  await test.step('K12/K13: the director reads the answer, records the hearing (T5) and decides (T6)', async () => {
    const shell = await switchTo(page, app, dirk);
    await shell.goTo('Bezwaren');
    await appeals.choose(complaint.dossierNumber);
    await expect((await appeals.letterUnder('Schriftelijk antwoord (T3)')).getByText('Wij plannen een nieuwe afspraak')).toBeVisible();
    await appeals.recordHearing(`${dirk.name}, mevrouw De Vries`, 'Mevrouw De Vries lichtte toe dat zij een vrije dag opnam.');
    await expect((await appeals.letterUnder('Gespreksverslag (T5)')).getByText('vrije dag opnam')).toBeVisible();
    await expect(appeals.k7Refusal).toHaveCount(0);
    await screenshot(page, 'appeals-director');
    await appeals.decide({
      outcome: 'Deels gegrond',
      reasons: 'De voorrijkosten worden vergoed; de vrije dag niet.',
      measures: 'Monteurs bellen af als zij later komen.',
      category: 'Bereikbaarheid',
      cause: 'Planning',
      measure: 'Werkinstructie aangepast',
    });
    await expect(page.getByTestId('no-open-appeals')).toBeVisible();
  });

  await test.step('the dossier is closed with the decision, its letter and the whole history; it prints as one document', async () => {
    await dossier.open(complaint.id);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(complaint.dossierNumber);
    await expect(dossier.card('Bezwaar').getByTestId('appeal-decision')).toContainText('Uitspraak: Deels gegrond');
    await expect(dossier.card('Afgesloten')).toContainText('Bereikbaarheid');
    await expect(dossier.letter('Uitspraak op uw bezwaar')).toContainText('Verzonden');
    await expect(dossier.letter('Gespreksverslag')).toBeVisible();
    await expect(dossier.timeline).toContainText('Uitspraak');
    await dossier.timeline.scrollIntoViewIfNeeded();
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'complaint-dossier-closed');
    await page.getByRole('button', { name: 'Dossier afdrukken' }).click();
    await expect.poll(async () => ((await page.evaluate('window.__printed')) as string[]).length).toBe(1);
    const [printed] = (await page.evaluate('window.__printed')) as string[];
    expect(printed).toContain(complaint.dossierNumber);
    expect(printed).toContain('Wij plannen een nieuwe afspraak');
  });
});

test('K7: the director cannot decide an appeal against a complaint about himself, and is told so', async ({ page, app }) => {
  const office = await givenComplaintOffice(app);
  const complaint = await office.intake({ concernsKind: 'medewerker', concernsStaffId: office.staffId(dirk), concernsTeamId: null });
  await office.as(sanne)('complaints.forward', { id: complaint.id, teamId: office.team.id, via: 'post' });
  await office.as(marco)('complaints.assignOwner', { id: complaint.id, ownerId: office.staffId(sanne) });
  await office.as(sanne)('complaints.draftAnswer', { id: complaint.id, answerSummary: 'U vond de directeur onvriendelijk.', answerSolution: 'Wij bieden onze excuses aan.' });
  await office.as(marco)('complaints.approveAnswer', { id: complaint.id });
  await office.as(sanne)('complaints.sendAnswer', { id: complaint.id, via: 'post' });
  await office.as(sanne)('appeals.register', { complaintId: complaint.id, receivedOn: amsterdamDay(new Date()), grounds: 'Excuses zijn niet genoeg.', via: 'post' });

  const shell = await signIn(page, app, dirk);
  await shell.goTo('Bezwaren');
  const appeals = new AppealsPage(page);
  await appeals.choose(complaint.dossierNumber);
  await expect(appeals.k7Refusal).toContainText('U kunt hier niet over beslissen: deze klacht gaat over u. Iemand anders moet dit doen (K7).');
  await expect(appeals.decision.getByRole('button', { name: 'Uitspraak vastleggen' })).toBeDisabled();
  await appeals.k7Refusal.scrollIntoViewIfNeeded();
  await screenshot(page, 'appeals-director-k7');
});

test('K10: a complaint received seven weeks ago has an overdue written answer, in red on the dossier and under Te laat on the work list', async ({ page, app }) => {
  const office = await givenComplaintOffice(app);
  const complaint = await office.intake({ receivedAt: moment(-49, '09:15'), urgent: true });
  await office.as(sanne)('complaints.forward', { id: complaint.id, teamId: office.team.id, via: 'post' });

  const shell = await signIn(page, app, marco);
  const dossier = new ComplaintDossierPage(page);
  await dossier.open(complaint.id, complaint.dossierNumber);
  const overdue = dossier.deadlines.locator('tr[data-overdue]');
  await expect(overdue).toHaveCount(1);
  await expect(overdue).toContainText('Schriftelijk antwoord versturen');
  await expect(overdue).toContainText('te laat');
  await expect(overdue).toContainText('K10');

  await shell.goTo('Werkvoorraad');
  const worklist = new WorklistPage(page);
  await worklist.chooseScope(page, 'Mijn team');
  await expect(worklist.item(worklist.group(page, 'Te laat'), complaint.dossierNumber)).toContainText('Schriftelijk antwoord');
  await screenshot(page, 'complaints-worklist-overdue');
});
