import zlib from 'node:zlib';
import { addCalendarMonths, addDays } from '../core/calendar';
import { amsterdamDay, formatDate, formatLongDate } from '../core/contracts';
import { expect, screenshot, test, type Caller, type ServicedeskApp } from './fixtures';
import { DocumentsPage, RECORD_PRINTS } from './pages/DocumentsPage';
import { givenOffice, sanne, signIn, type Colleague } from './pages/PersonsArrange';
import { QualityPage } from './pages/QualityPage';
import { WorklistPage } from './pages/WorklistPage';

/** A member of the foundation's board (role board, "Bestuur keurmerk"). */
const ingrid: Colleague = { name: 'Ingrid Hoekstra', username: 'ingrid', password: 'Ingrid-eigen-wachtwoord-2', roles: ['board'] };

const PROVIDER = { name: 'Schildersbedrijf Verhoef', place: 'Woerden' };
/** The board's grounds: internal, never in a letter or on the blacklist (Q5 g). */
const REASONS = 'Twee van de drie klanten ontevreden over afwerking en communicatie; geen verbetering na ons gesprek.';
const VIOLATION = 'Keurmerksticker nog op de bestelbus gezien, Leidsestraatweg Woerden';

/**
 * An office with Sanne (servicedesk) and Ingrid (board), an approved provider that prefers post
 * (D2: screening done, so it may join, Q1) and three customers who review its jobs. Arranged through
 * the procedures: the screens for persons and providers are tested elsewhere.
 */
async function givenQualityOffice(app: ServicedeskApp, provider = PROVIDER) {
  const { asAdmin, callers } = await givenOffice(app, [sanne, ingrid]);
  const categories = await asAdmin('providers.addDefaultCategories', {});
  const asSanne = callers.sanne!;
  const approved = await approvedProvider(asAdmin, categories.find((c) => c.name === 'Schilderwerk')!.id, provider);
  for (const [initials, lastName] of [['A.', 'Mulder'], ['B.', 'Smit'], ['C.', 'Peters']] as const) {
    await asSanne('persons.create', { kind: 'persoon', salutation: 'mevrouw', initials, lastName, city: 'Woerden', preferredChannel: 'post' });
  }
  return { asSanne, asBoard: callers.ingrid!, provider: approved };
}

async function approvedProvider(asAdmin: Caller, categoryId: string, provider: { name: string; place: string }) {
  const registered = await asAdmin('providers.register', {
    providerType: 'bedrijf',
    newPerson: { kind: 'organisatie', organisationName: provider.name, street: 'Leidsestraatweg', houseNumber: 61, postcode: '3443 BS', city: provider.place, preferredChannel: 'post' },
    kvkNumber: '30234562',
    insurer: 'Centraal Beheer',
    policyNumber: 'AVB-34562',
    insuredUntil: addDays(today(), 365),
    branchOrganisation: 'Bouwend Nederland',
    services: [{ categoryId, experience: null }],
    regions: [{ from: '3440', to: '3449', place: null }],
  });
  for (const step of ['telefonisch_geselecteerd', 'bezocht', 'goedgekeurd'] as const) await asAdmin('providers.advanceScreening', { id: registered.id, step });
  return registered;
}

/** Today in Woerden, as the host's clock has it (the tests run on the real clock). */
function today(): string {
  return amsterdamDay(new Date());
}

/** A day `offset` days from today, as a person types it (dd-mm-jjjj). */
function typed(offset: number): string {
  return formatDate(addDays(today(), offset));
}

/** A small PNG "photo" (a yellow sticker on a white van), made here so the test needs no files. */
function stickerPhoto(): Buffer {
  const [width, height] = [160, 100];
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const sticker = x > 60 && x < 100 && y > 30 && y < 70;
      row.set(sticker ? [240, 190, 20] : [235, 235, 235], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

test('Q1-Q6: registered, reviewed until rule 1 fires, terminated by the board, seen with the sticker after 10 days and put on the blacklist', async ({ page, app }) => {
  test.setTimeout(120_000);
  const office = await givenQualityOffice(app);
  await page.addInitScript(RECORD_PRINTS);
  const quality = new QualityPage(page);
  const documents = new DocumentsPage(page);
  const worklist = new WorklistPage(page);

  // The host's clock cannot be moved: the participation started three weeks ago and the board ends
  // it as of 15 days ago, so the 10 days for the stickers (Q5 h-i) are over today.
  const startDay = -21;
  const terminationDay = -15;
  const terminationDate = addDays(today(), terminationDay);
  const stickerDeadline = addDays(terminationDate, 10);
  let number = '';

  await test.step('Q1: the servicedesk employee registers the approved provider; the registration number and the recognition letter (T14) appear', async () => {
    const shell = await signIn(page, app, sanne);
    await shell.goTo('Keurmerk');
    await quality.startRegistering();
    number = await quality.register({ provider: PROVIDER.name, startDate: typed(startDay) });
    expect(number).toMatch(/^KKV-\d{5}$/);
    await quality.expectParticipant(PROVIDER.name);
    await expect(quality.status()).toHaveText('Deelnemer');
    await expect(quality.sentLetter).toContainText('Erkenningsbrief keurmerk: per post');
    await expect(quality.sentLetterFrame().getByText(number).first()).toBeVisible();
    await expect(documents.row(`Erkenningsbrief keurmerk ${number} ${PROVIDER.name}`)).toContainText('Verzonden');
    await quality.closeSentLetter();
  });

  await test.step('Q2/Q3 rule 1: reviews are entered; the second insufficient one of three makes a finding with its evidence', async () => {
    await quality.addReview({ date: typed(startDay + 2), customer: 'Mulder', customerOption: /Mulder/, jobReference: 'OFF-2410' });
    await quality.addReview({ date: typed(startDay + 4), customer: 'Smit', customerOption: /Smit/, service: 'Onvoldoende', craftsmanship: 'Onvoldoende', notes: 'Verf loopt uit; niemand belde terug.' });
    await expect(quality.reviewRows()).toHaveCount(2);
    // One insufficient of two: rule 1 never fires below three reviews.
    await expect(quality.finding(1)).toHaveCount(0);
    await quality.addReview({ date: typed(startDay + 5), customer: 'Peters', customerOption: /Peters/, service: 'Onvoldoende', craftsmanship: 'Onvoldoende' });
    await expect(quality.reviewRows()).toHaveCount(3);
    const finding = quality.finding(1).first();
    await expect(finding).toBeVisible();
    await expect(finding.getByTestId('finding-evidence')).toContainText(`2 van 3 klantbeoordelingen onvoldoende tussen ${formatDate(addDays(addCalendarMonths(today(), -6), 1))} en ${formatDate(today())}`);
    await expect(finding).toContainText('Staffel: 2 onvoldoende nodig bij 3 beoordelingen');
    await expect(finding).toContainText('Het bestuur van de stichting besluit over deze bevinding.');
    await quality.showEvidence(1);
    await expect(quality.countedReviewRows()).toHaveCount(3);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'quality-participant-finding');
    await page.getByRole('link', { name: 'Terug naar het keurmerk' }).click();
    await quality.expectList();
    await expect(quality.row(PROVIDER.name)).toContainText(number);
    await screenshot(page, 'quality-list');
  });

  await test.step('Q3: the board member finds it in the Werkvoorraad and on the board list, and ends the participation with reasons (T15)', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
    const shell = await signIn(page, app, ingrid);
    await expect(worklist.item(worklist.card, number)).toContainText('Bevinding beoordelen (bestuur)');
    await shell.goTo('Werkvoorraad');
    await expect(worklist.item(page, number)).toContainText('Q3.1');
    await quality.openBoard();
    const item = quality.boardItems().filter({ hasText: PROVIDER.name });
    await expect(item).toContainText('2 van 3 klantbeoordelingen onvoldoende');
    await expect(item).toContainText(formatDate(today()));
    await screenshot(page, 'quality-board');
    await quality.openBoardItem(PROVIDER.name);
    await quality.decide(1, { outcome: 'Deelnemerschap beëindigen', reasons: REASONS, terminationDate: formatDate(terminationDate), via: 'Per post (afdrukken)' });
    await expect(quality.sentLetter).toContainText('Beëindiging deelnemerschap keurmerk: per post');
    await expect(quality.status()).toHaveText('Beëindigd');
    await expect(quality.terminationReason()).toContainText(REASONS);
    await expect(quality.stickerDeadline()).toHaveText(formatDate(stickerDeadline));
    await expect(quality.findings).toContainText('Geen open bevindingen');
    await expect(quality.decisions).toContainText(REASONS);
    await expect(quality.decisions).toContainText(ingrid.name);
  });

  await test.step('Q5 g: the printed termination letter states the end date and the sticker deadline, and not the board\'s reasons', async () => {
    const title = `Beëindiging deelnemerschap ${number} ${PROVIDER.name}`;
    const { dialog, letter } = await documents.openPreview(title);
    await expect(letter.getByText(`Het deelnemerschap is beëindigd op ${formatLongDate(terminationDate)}`).first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Afdrukken' }).click();
    await expect.poll(async () => (await documents.printed()).length).toBe(1);
    const printed = (await documents.printed())[0]!;
    expect(printed).toContain(`is beëindigd op ${formatLongDate(terminationDate)}`);
    expect(printed).toContain(`uiterlijk op ${formatLongDate(stickerDeadline)}`);
    expect(printed).not.toContain('Twee van de drie klanten');
    expect(printed).not.toContain('geen verbetering na ons gesprek');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(dialog).toBeHidden();
  });

  const seenOn = typed(-2);
  await test.step('Q5 h-j: after the 10 days the employee, from the Werkvoorraad, records the sticker still on the van, with a photo', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
    const shell = await signIn(page, app, sanne);
    await shell.goTo('Werkvoorraad');
    const check = worklist.item(worklist.group(page, 'Te laat'), number);
    await expect(check).toContainText('Stickers en promotiemateriaal controleren');
    await check.getByRole('link', { name: number }).click();
    await quality.expectParticipant(PROVIDER.name);
    await quality.recordViolation({ seenOn, description: VIOLATION, photos: [{ name: 'bestelbus.png', mimeType: 'image/png', buffer: stickerPhoto() }] });
    await expect(quality.violation(seenOn)).toContainText(VIOLATION);
    await expect(quality.violation(seenOn)).toContainText(`Vastgelegd door ${sanne.name}`);
    const photo = await quality.openEvidence(seenOn, 'bestelbus.png');
    await expect(photo.getByRole('img', { name: 'Foto: bestelbus.png' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(photo).toBeHidden();
    // Publishing is for the board, a manager or an administrator (Q6).
    await expect(quality.publishButton(seenOn)).toHaveCount(0);
    await shell.goTo('Werkvoorraad');
    await expect(worklist.item(page, number)).toHaveCount(0);
  });

  await test.step('Q6: the board member puts the violation on the blacklist; the letter (T16) appears', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Afmelden' }).click();
    const shell = await signIn(page, app, ingrid);
    // The decision closed the finding: nothing is left on the board's list.
    await quality.openBoard();
    await expect(page.getByTestId('no-open-findings')).toBeVisible();
    await shell.goTo('Keurmerk');
    await quality.filterStatus('Beëindigd');
    await quality.openParticipant(PROVIDER.name);
    await quality.publish(seenOn);
    await expect(quality.sentLetter).toContainText('Vermelding zwarte lijst keurmerk: per post');
    await expect(quality.sentLetterFrame().getByText(VIOLATION).first()).toBeVisible();
  });

  await test.step('Q6/Q5 g: the blacklist shows name, place, end date and violation; the HTML and CSV for the website have them and never the reason', async () => {
    await page.getByRole('link', { name: 'Terug naar het keurmerk' }).click();
    await quality.openBlacklist();
    const entry = quality.blacklistEntries().filter({ hasText: PROVIDER.name });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(PROVIDER.place);
    await expect(entry).toContainText(formatDate(terminationDate));
    await expect(entry).toContainText(VIOLATION);
    await expect(entry).not.toContainText('Twee van de drie klanten');
    await expect(quality.blacklistPreview().getByText(VIOLATION)).toBeVisible();
    await screenshot(page, 'quality-blacklist');
    const html = await quality.downloadBlacklist('HTML');
    const csv = await quality.downloadBlacklist('CSV');
    for (const text of [html, csv]) {
      expect(text).toContain(PROVIDER.name);
      expect(text).toContain(PROVIDER.place);
      expect(text).toContain(VIOLATION);
      expect(text).not.toContain('Twee van de drie klanten');
      expect(text).not.toContain('geen verbetering na ons gesprek');
    }
    expect(csv).toContain(formatDate(terminationDate));
  });
});

test('Q4: notice received less than a month before the year end is refused with the earliest end date; received in time it is accepted', async ({ page, app }) => {
  const office = await givenQualityOffice(app, { name: 'Hoveniersbedrijf Groen', place: 'Kamerik' });
  // The membership year ends five days from now: notice today is too late for it.
  const yearEnd = addDays(today(), 5);
  const deadline = addCalendarMonths(yearEnd, -1);
  const nextYearEnd = addCalendarMonths(yearEnd, 12);
  await office.asSanne('quality.register', { providerId: office.provider.id, startDate: addDays(deadline, -3), zelfstandigenBouw: false, yearEndMonthDay: yearEnd.slice(5), notes: null, via: 'post' });
  const quality = new QualityPage(page);
  const shell = await signIn(page, app, sanne);
  await shell.goTo('Keurmerk');
  await quality.openParticipant('Hoveniersbedrijf Groen');

  await test.step('Q4: received today, the notice is too late: the form shows the earliest end date and recording it is refused', async () => {
    await quality.startNotice(formatDate(today()));
    await expect(quality.noticeTerms()).toContainText(`Uiterlijk ${formatDate(deadline)} ontvangen voor einde per ${formatDate(yearEnd)}; vroegst mogelijke einddatum ${formatDate(nextYearEnd)}.`);
    await expect(quality.noticeTerms()).toContainText(`Te laat voor ${formatDate(yearEnd)}`);
    await quality.submitNotice();
    await expect(quality.refusal).toContainText(
      `Te laat opgezegd voor ${formatDate(yearEnd)}: dat kon uiterlijk ${formatDate(deadline)} (een maand voor het eind van het lidmaatschapsjaar, Q4). De vroegst mogelijke einddatum is ${formatDate(nextYearEnd)}.`,
    );
    await expect(quality.status()).toHaveText('Deelnemer');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'quality-notice-too-late');
  });

  await test.step('Q4: received on the last day, a month before the year end, the notice ends the participation on that year end (T15)', async () => {
    await quality.noticeReceivedOn(formatDate(deadline));
    await expect(quality.refusal).toHaveCount(0);
    await expect(quality.noticeTerms()).toContainText(`vroegst mogelijke einddatum ${formatDate(yearEnd)}.`);
    await expect(quality.noticeTerms()).not.toContainText('Te laat');
    await quality.submitNotice();
    await expect(quality.sentLetter).toContainText('Beëindiging deelnemerschap keurmerk: per post');
    await expect(quality.status()).toHaveText('Opgezegd');
    await expect(quality.header).toContainText(formatDate(yearEnd));
    await expect(quality.sentLetterFrame().getByText(`eindigt op ${formatLongDate(yearEnd)}`).first()).toBeVisible();
  });
});
