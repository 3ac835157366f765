import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Account, Caller, ServicedeskApp } from './fixtures';
import { expect, screenshot, test } from './fixtures';
import { DocumentsPage, RECORD_PRINTS, type Letter } from './pages/DocumentsPage';
import { pdfContainsText } from './pages/DocumentsPdf';
import { ShellPage } from './pages/ShellPage';
import { ChangePasswordPage, SignInPage } from './pages/SignInPage';
import { StaffPage } from './pages/StaffPage';

const sanne = { name: 'Sanne Jansen', username: 'sanne', password: 'Sanne-wachtwoord-1' };
const sannesOwnPassword = 'Sanne-eigen-wachtwoord-2';

const letterToOmer: Letter = {
  name: 'Ömer Çelik-Brouwer',
  street: 'Kerkstraat 12',
  postcode: '3441 AB',
  city: 'Woerden',
  salutation: 'Geachte heer Çelik-Brouwer,',
  subject: 'Uw vraag over de ledenpas',
  yourReference: 'ÇB-2026-07',
  body: 'Dank voor uw vraag over de ledenpas. De nieuwe pas wordt deze week per post verzonden; u hoeft niets te doen.\n\nHeeft u nog vragen? Bel ons gerust.',
  enclosures: ['Folder Ledenpas 2027'],
};
const titleForOmer = 'Algemene brief aan Ömer Çelik-Brouwer';

function generalLetter(name: string, subject: string) {
  return {
    dossierKind: 'general',
    dossierId: 'algemeen',
    typeKey: 'general-letter',
    data: { addressee: { name, street: 'Molenstraat 3', postcode: '3441 CD', city: 'Woerden' }, subject, body: `Geachte heer/mevrouw,\n\n${subject}.` },
  } as const;
}

async function givenSanne(app: ServicedeskApp): Promise<{ admin: Account; asAdmin: Caller }> {
  const admin = await app.givenAdmin();
  const asAdmin = await app.signedInAs(admin);
  const adminId = (await asAdmin('auth.status', {})).user!.id;
  const team = await asAdmin('teams.create', { name: 'Servicedesk', description: null, managerId: adminId });
  await asAdmin('staff.create', { ...sanne, roles: ['servicedesk'], teamId: team.id, passwordRepeat: sanne.password });
  return { admin, asAdmin };
}

/** Sanne's first sign-in: she chooses her own password, then she is in. */
async function signInAsSanne(page: Page, app: ServicedeskApp): Promise<void> {
  await page.addInitScript({ content: RECORD_PRINTS });
  await app.open(page);
  await new SignInPage(page).signIn(sanne);
  await new ChangePasswordPage(page).chooseNewPassword(sanne.password, sannesOwnPassword);
  await new ShellPage(page).expectSignedInAs(sanne.name, 'Medewerker servicedesk');
}

test('a servicedesk employee writes a letter, finalises, saves, prints, makes a PDF and corrects it', async ({ page, app }) => {
  await givenSanne(app);
  await signInAsSanne(page, app);
  const shell = new ShellPage(page);
  const documents = new DocumentsPage(page);

  await test.step('Correspondentie → Nieuwe brief, with a live preview of what she types', async () => {
    await shell.goTo('Correspondentie');
    await documents.startNewLetter();
    await documents.fillLetter(letterToOmer);
    await documents.expectPreviewToShow('Ömer Çelik-Brouwer');
    await documents.expectPreviewToShow(letterToOmer.subject);
    await documents.expectPreviewToShow('De nieuwe pas wordt deze week per post verzonden');
    // The whole form, from the top: a full-page picture of a scrolled page misplaces the fixed header.
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'documents-letter-form');
    await documents.save('Opslaan als concept');
    await expect(page.getByRole('heading', { level: 1, name: 'Correspondentie' })).toBeVisible();
    await documents.expectStatus(titleForOmer, 1, 'Concept');
  });

  await test.step('a concept is not printed; finalising makes it Definitief', async () => {
    const menu = await documents.actionsOf(titleForOmer, 1);
    await expect(menu.getByRole('menuitem', { name: 'Bewerken' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Afdrukken' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await documents.finalize(titleForOmer, 1);
  });

  await test.step('Voorbeeld shows the archived letter as it prints', async () => {
    const { dialog, letter } = await documents.openPreview(titleForOmer, 1);
    await expect(letter.getByText(letterToOmer.subject, { exact: true })).toBeVisible();
    await expect(letter.getByText('Geachte heer Çelik-Brouwer,', { exact: true })).toBeVisible();
    await screenshot(page, 'documents-preview');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('Opslaan als .docx downloads the archived Word file', async () => {
    const download = await documents.saveDocx(titleForOmer, 1);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  let printedHtml = '';
  await test.step('Afdrukken sends the letter to the print dialog', async () => {
    await documents.act(titleForOmer, 1, 'Afdrukken');
    await expect.poll(async () => (await documents.printed()).length).toBe(1);
    printedHtml = (await documents.printed())[0]!;
    expect(printedHtml).toContain(letterToOmer.subject);
  });

  await test.step('PDF: the browser offers "Opslaan als PDF" in the print dialog; Chromium makes a real PDF of it', async () => {
    await documents.act(titleForOmer, 1, 'PDF');
    await expect(page.getByText('Kies in het afdrukvenster "Opslaan als PDF" als bestemming.')).toBeVisible();
    await expect.poll(async () => (await documents.printed()).length).toBe(2);
    const pdfPage = await page.context().newPage();
    await pdfPage.setContent((await documents.printed())[1]!, { waitUntil: 'load' });
    const pdf = await pdfPage.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    await pdfPage.close();
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdfContainsText(pdf, letterToOmer.subject)).toBe(true);
    expect(pdfContainsText(pdf, 'Ömer Çelik-Brouwer')).toBe(true);
  });

  await test.step('Correctie makes version 2 as a concept; version 1 stays definitief and cannot be edited', async () => {
    await documents.act(titleForOmer, 1, 'Correctie (nieuwe versie)');
    await documents.expectStatus(titleForOmer, 2, 'Concept');
    await documents.expectStatus(titleForOmer, 1, 'Definitief');
    const menu = await documents.actionsOf(titleForOmer, 1);
    await expect(menu.getByRole('menuitem', { name: 'Bewerken' })).toHaveCount(0);
    await expect(menu.getByRole('menuitem', { name: 'Correctie (nieuwe versie)' })).toHaveCount(0);
    await page.keyboard.press('Escape');
  });
});

test('a concept is edited and then finalised; an edited letter shows the new text', async ({ page, app }) => {
  const { asAdmin } = await givenSanne(app);
  await asAdmin('documents.create', generalLetter('Fam. Van der Berg', 'Uw verhuizing'));
  await signInAsSanne(page, app);
  const documents = new DocumentsPage(page);
  await new ShellPage(page).goTo('Correspondentie');

  await documents.edit('Algemene brief aan Fam. Van der Berg');
  await page.getByRole('textbox', { name: 'Betreft' }).fill('Uw verhuizing naar Utrecht');
  await documents.expectPreviewToShow('Uw verhuizing naar Utrecht');
  await documents.save('Concept opslaan');
  await documents.finalize('Algemene brief aan Fam. Van der Berg', 1);

  await documents.act('Algemene brief aan Fam. Van der Berg', 1, 'Afdrukken');
  await expect.poll(async () => (await documents.printed()).at(-1) ?? '').toContain('Uw verhuizing naar Utrecht');
});

test('sending: recorded as sent by post, or sent by e-mail through the outbox with the letter attached', async ({ page, app }) => {
  const { asAdmin } = await givenSanne(app);
  for (const name of ['Dhr. E. Post', 'Mevr. F. Mail']) {
    const created = await asAdmin('documents.create', generalLetter(name, `Bevestiging voor ${name}`));
    await asAdmin('documents.finalize', { id: created.id });
  }
  await signInAsSanne(page, app);
  const documents = new DocumentsPage(page);
  const shell = new ShellPage(page);
  await shell.goTo('Correspondentie');

  await documents.act('Algemene brief aan Dhr. E. Post', 1, 'Verzonden per post');
  await documents.expectStatus('Algemene brief aan Dhr. E. Post', 1, 'Verzonden');
  await expect(documents.row('Algemene brief aan Dhr. E. Post', 1)).toContainText('Per post');

  await documents.emailFrom('Algemene brief aan Mevr. F. Mail', 1, { to: 'f.mail@example.nl', subject: 'Uw bevestiging' });
  await documents.expectStatus('Algemene brief aan Mevr. F. Mail', 1, 'Verzonden');
  await expect(documents.row('Algemene brief aan Mevr. F. Mail', 1)).toContainText('Per e-mail');

  await shell.goTo('Uitgaande e-mail');
  const outbox = page.getByRole('table', { name: 'Uitgaande e-mail' });
  await expect(outbox.getByRole('row').filter({ hasText: 'Uw bevestiging' })).toContainText('f.mail@example.nl');
  // No PDF maker in a browser without asking: the archived Word file goes along.
  await expect(outbox.getByRole('row').filter({ hasText: 'Uw bevestiging' })).toContainText('.docx');
});

test('batch: three letters printed as one document, with progress to "3 van 3"', async ({ page, app }) => {
  const { asAdmin } = await givenSanne(app);
  for (const name of ['Dhr. A. Bakker', 'Mevr. B. de Groot', 'Fam. C. Öztürk']) {
    const created = await asAdmin('documents.create', generalLetter(name, `Herinnering contributie voor ${name}`));
    await asAdmin('documents.finalize', { id: created.id });
  }
  await asAdmin('documents.create', generalLetter('Mevr. D. Concept', 'Nog niet af'));
  await signInAsSanne(page, app);
  const documents = new DocumentsPage(page);
  await new ShellPage(page).goTo('Correspondentie');

  await expect(documents.row('Algemene brief aan Mevr. D. Concept').getByRole('checkbox')).toBeDisabled();
  for (const name of ['Dhr. A. Bakker', 'Mevr. B. de Groot', 'Fam. C. Öztürk']) await documents.choose(`Algemene brief aan ${name}`);

  // Annuleren stops the run: hold the second letter, cancel, let it come in; nothing more is fetched.
  let previews = 0;
  let releaseSecond!: () => void;
  const secondHeld = new Promise<void>((resolve) => (releaseSecond = resolve));
  await page.route('**/api/documents.preview', async (route) => {
    previews += 1;
    if (previews === 2) await secondHeld;
    await route.continue();
  });
  const cancelled = await documents.printChosenAsOnePdf();
  await expect(cancelled.getByTestId('batch-progress')).toHaveText('1 van 3');
  await cancelled.getByRole('button', { name: 'Annuleren' }).click();
  await expect(cancelled).toBeHidden();
  const secondAnswered = page.waitForResponse('**/api/documents.preview');
  releaseSecond();
  await secondAnswered;

  const dialog = await documents.printChosenAsOnePdf();
  await expect(dialog.getByTestId('batch-progress')).toHaveText('3 van 3');
  expect(previews).toBe(2 + 3);
  await screenshot(page, 'documents-batch-progress');
  await dialog.getByRole('button', { name: 'Afdrukken' }).click();
  await expect.poll(async () => (await documents.printed()).length).toBe(1);
  const combined = (await documents.printed())[0]!;
  for (const name of ['Dhr. A. Bakker', 'Mevr. B. de Groot', 'Fam. C. Öztürk']) expect(combined).toContain(`Herinnering contributie voor ${name}`);
  expect(combined.match(/class="sd-batch-letter"/g)).toHaveLength(3);

  // One PDF with the three letters, each starting on a page of its own.
  const pdfPage = await page.context().newPage();
  await pdfPage.setContent(combined, { waitUntil: 'load' });
  const pdf = await pdfPage.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await pdfPage.close();
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(3);
  expect(pdfContainsText(pdf, 'Fam. C. Öztürk')).toBe(true);
});

test('in a staff dossier: a letter for anyone, and a missing archive file is shown, never made again', async ({ page, app }) => {
  const admin = await app.givenAdmin();
  await page.addInitScript({ content: RECORD_PRINTS });
  await app.open(page);
  await new SignInPage(page).signIn(admin);
  await new ShellPage(page).goTo('Medewerkers');
  const staff = new StaffPage(page);
  await staff.open(admin.name);
  const panel = page.getByRole('region', { name: 'Documenten' });
  const documents = new DocumentsPage(page);

  await documents.startNewLetter(panel);
  await documents.fillLetter({ ...letterToOmer, name: 'Stichting Zorg & Welzijn', attention: 'mevrouw J. van Dijk', salutation: 'Geachte mevrouw Van Dijk,', subject: 'Uw aanvraag' });
  await documents.expectPreviewToShow('t.a.v. mevrouw J. van Dijk');
  await documents.save('Opslaan als concept');
  await staff.expectDetailsOf(admin.name);
  await documents.finalize('Algemene brief aan Stichting Zorg & Welzijn');
  await expect(documents.row('Algemene brief aan Stichting Zorg & Welzijn')).toContainText(`door ${admin.name}`);
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, 'documents-dossier-list');

  const { file_path } = app.core.sqlite.prepare('select file_path from documents').get() as { file_path: string };
  fs.rmSync(path.join(app.core.documentsDir, file_path));
  await documents.act('Algemene brief aan Stichting Zorg & Welzijn', 1, 'Afdrukken');
  const row = documents.row('Algemene brief aan Stichting Zorg & Welzijn');
  await expect(row.getByRole('alert')).toContainText('Het bestand van dit document ontbreekt');
  expect(await documents.printed()).toEqual([]);
});
