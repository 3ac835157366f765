import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

type FilePayload = { name: string; mimeType: string; buffer: Buffer };
import { choose, labelled, picker } from './controls';

type Judgement = 'Voldoende' | 'Onvoldoende';
type SendVia = 'Volgens voorkeur van de ontvanger' | 'Per post (afdrukken)' | 'Per e-mail';

export interface ReviewEntry {
  /** dd-mm-jjjj */
  date: string;
  /** Typed into the customer search; `customerOption` is the option to take (defaults to `customer`). */
  customer: string;
  customerOption?: string | RegExp;
  guarantee?: Judgement;
  service?: Judgement;
  craftsmanship?: Judgement;
  /** Only when it must differ from what the three judgements give. */
  overall?: Judgement;
  /** The complaint's dossier number, from the participant's complaints. */
  complaint?: string;
  jobReference?: string;
  notes?: string;
}

export interface AdviceEntry {
  date: string;
  expert: string;
  outcome: 'Positief' | 'Negatief';
  dispute: string;
  complaint?: string;
  notes?: string;
}

/** A field of a server-search picker: type, wait for the option, take it. */
async function search(page: Page, field: Locator, text: string, option: string | RegExp = text): Promise<void> {
  await field.fill(text);
  const choice = page.getByRole('option', { name: option }).first();
  await expect(choice).toBeVisible();
  await choice.click();
}

/** A date field (dd-mm-jjjj): typed and left with Tab, as a person does. */
async function typeDate(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Tab');
  await expect(field).toHaveValue(value);
}

/**
 * Keurmerk (Q1-Q7): the participants list, registering a participant, a participant's page with its
 * reviews, advices, findings and decisions, the ending (notice, rule 6, violations, blacklist), the
 * board's list, the blacklist page, the contributions and the settings.
 */
export class QualityPage {
  readonly table: Locator;
  readonly header: Locator;
  readonly findings: Locator;
  readonly contributions: Locator;
  readonly reviews: Locator;
  readonly advices: Locator;
  readonly complaints: Locator;
  readonly decisions: Locator;
  readonly notice: Locator;
  readonly boardTermination: Locator;
  readonly afterTermination: Locator;
  readonly documents: Locator;
  readonly sentLetter: Locator;
  /** A refusal by a rule of the register (Q4 notice too late, Q5 h-i too early, a pending hardship request). */
  readonly refusal: Locator;
  private readonly main: Locator;

  constructor(private readonly page: Page) {
    this.main = page.getByRole('main');
    this.table = page.getByRole('table', { name: 'Deelnemers' });
    this.header = page.getByRole('region', { name: 'Deelnemer', exact: true });
    this.findings = page.getByRole('region', { name: 'Bevindingen' });
    this.contributions = page.getByRole('region', { name: 'Contributie', exact: true });
    this.reviews = page.getByRole('region', { name: 'Klantbeoordelingen' });
    this.advices = page.getByRole('region', { name: 'Bindende adviezen' });
    this.complaints = page.getByRole('region', { name: 'Klachten', exact: true });
    this.decisions = page.getByRole('region', { name: 'Besluiten' });
    this.notice = page.getByRole('region', { name: 'Opzeggen door deelnemer' });
    this.boardTermination = page.getByRole('region', { name: 'Beëindigen door het bestuur' });
    this.afterTermination = page.getByRole('region', { name: 'Na beëindiging' });
    this.documents = page.getByRole('region', { name: 'Documenten' });
    this.sentLetter = page.getByRole('region', { name: 'Verzonden brief' });
    this.refusal = page.getByTestId('quality-refusal');
  }

  // ---- The list -------------------------------------------------------------------------------

  async expectList(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Keurmerk', exact: true })).toBeVisible();
  }

  async searchList(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Zoeken in deelnemers' }).fill(text);
  }

  async filterStatus(status: 'Deelnemer' | 'Opgezegd' | 'Beëindigd' | 'Alle statussen'): Promise<void> {
    await choose(this.page, picker(this.page, 'Status'), status);
  }

  /** The toggles "Open bevindingen" and "Achterstallige contributie". */
  async toggleFilter(label: 'Open bevindingen' | 'Achterstallige contributie'): Promise<void> {
    await this.page.getByRole('checkbox', { name: label, exact: true }).click();
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  async openParticipant(name: string): Promise<void> {
    await this.row(name).getByRole('link').first().click();
    await this.expectParticipant(name);
  }

  async expectParticipant(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** KKV-00001 */
  registrationNumber(): Locator {
    return this.header.getByTestId('registration-number');
  }

  status(): Locator {
    return this.page.getByTestId('participant-status').first();
  }

  // ---- Registering (Q1) -----------------------------------------------------------------------

  get registerForm(): Locator {
    return this.page.getByRole('form', { name: 'Deelnemer registreren' });
  }

  async startRegistering(): Promise<void> {
    await this.main.getByRole('link', { name: 'Deelnemer registreren' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Deelnemer registreren' })).toBeVisible();
  }

  /** Q1: an approved provider becomes a participant; afterwards the page shows T14. Returns the registration number. */
  async register(entry: { provider: string; providerOption?: string | RegExp; startDate?: string; zelfstandigenBouw?: boolean; yearEnd?: string; notes?: string; via?: SendVia }): Promise<string> {
    const form = this.registerForm;
    await search(this.page, form.getByRole('combobox', { name: /^Dienstverlener/ }), entry.provider, entry.providerOption ?? entry.provider);
    if (entry.startDate) await typeDate(labelled(form, 'Startdatum'), entry.startDate);
    if (entry.yearEnd) await labelled(form, 'Einde lidmaatschapsjaar').fill(entry.yearEnd);
    if (entry.zelfstandigenBouw) await form.getByRole('checkbox', { name: /Zelfstandigen Bouw/ }).check();
    if (entry.notes) await labelled(form, 'Notities').fill(entry.notes);
    if (entry.via) await choose(this.page, picker(form, 'Erkenningsbrief (T14) versturen via'), entry.via);
    await form.getByRole('button', { name: 'Registreren' }).click();
    await expect(this.sentLetter).toBeVisible();
    return (await this.registrationNumber().textContent()) ?? '';
  }

  /** Read: the letter goes from the top of the page (it stays under Documenten). */
  async closeSentLetter(): Promise<void> {
    await this.sentLetter.getByRole('button', { name: 'Sluiten' }).click();
    await expect(this.sentLetter).toBeHidden();
  }

  /** The letter a step just produced (T14, T15, T16), as it printed. */
  sentLetterFrame(): FrameLocator {
    return this.page.frameLocator('iframe[title="Voorbeeld van de verzonden brief"]');
  }

  // ---- Contribution (Q7) ----------------------------------------------------------------------

  contribution(year: number): Locator {
    return this.contributions.getByTestId(`contribution-${year}`);
  }

  /** Q7: paid on a day (dd-mm-jjjj; today when left out). */
  async markPaid(year: number, paidOn?: string): Promise<void> {
    const row = this.contribution(year);
    if (paidOn) await typeDate(row.getByRole('textbox', { name: `Betaaldatum ${year}` }), paidOn);
    await row.getByRole('switch', { name: `Betaald ${year}` }).check();
    await expect(row.getByRole('switch', { name: `Betaald ${year}` })).toBeChecked();
  }

  async markUnpaid(year: number): Promise<void> {
    const toggle = this.contribution(year).getByRole('switch', { name: `Betaald ${year}` });
    await toggle.uncheck();
    await expect(toggle).not.toBeChecked();
  }

  // ---- Reviews and advices (Q2) ---------------------------------------------------------------

  reviewRows(): Locator {
    return this.reviews.getByTestId('review-row');
  }

  /** The reviews the shown finding counted (marked in the table). */
  countedReviewRows(): Locator {
    return this.reviews.locator('[data-testid="review-row"][data-counted]');
  }

  async addReview(entry: ReviewEntry): Promise<void> {
    await this.reviews.getByRole('button', { name: 'Beoordeling toevoegen' }).click();
    const form = this.reviews.getByRole('form', { name: 'Beoordeling toevoegen' });
    await typeDate(labelled(form, 'Datum beoordeling'), entry.date);
    await search(this.page, form.getByRole('combobox', { name: /^Klant/ }), entry.customer, entry.customerOption ?? entry.customer);
    const judge = async (group: string, value: Judgement | undefined) => {
      if (value) await form.getByRole('radiogroup', { name: group }).getByText(value, { exact: true }).click();
    };
    await judge('Garantie', entry.guarantee);
    await judge('Service', entry.service);
    await judge('Vakmanschap', entry.craftsmanship);
    await judge('Eindoordeel', entry.overall);
    if (entry.complaint) {
      await picker(form, 'Bij klacht').click();
      await this.page.getByRole('option', { name: new RegExp(`^${entry.complaint}`) }).click();
    }
    if (entry.jobReference) await labelled(form, 'Opdracht (referentie)').fill(entry.jobReference);
    if (entry.notes) await labelled(form, 'Notities').fill(entry.notes);
    await form.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await expect(form).toBeHidden();
  }

  /** The overall judgement the review form has now (it follows the three until chosen by hand). */
  overallJudgement(): Locator {
    return this.reviews.getByRole('form', { name: 'Beoordeling toevoegen' }).getByRole('radiogroup', { name: 'Eindoordeel' }).getByRole('radio', { checked: true });
  }

  adviceRows(): Locator {
    return this.advices.getByTestId('advice-row');
  }

  async addAdvice(entry: AdviceEntry): Promise<void> {
    await this.advices.getByRole('button', { name: 'Advies toevoegen' }).click();
    const form = this.advices.getByRole('form', { name: 'Bindend advies toevoegen' });
    await typeDate(labelled(form, 'Datum advies'), entry.date);
    await labelled(form, 'Deskundige').fill(entry.expert);
    await form.getByRole('radio', { name: entry.outcome, exact: true }).check();
    await labelled(form, 'Geschil').fill(entry.dispute);
    if (entry.complaint) {
      await picker(form, 'Bij klacht').click();
      await this.page.getByRole('option', { name: new RegExp(`^${entry.complaint}`) }).click();
    }
    if (entry.notes) await labelled(form, 'Notities').fill(entry.notes);
    await form.getByRole('button', { name: 'Advies vastleggen' }).click();
    await expect(form).toBeHidden();
  }

  // ---- Findings and the board (Q3) ------------------------------------------------------------

  /** The findings of a rule, open first ("Bevinding regel 1 van 21-11-2026"). */
  finding(rule: number): Locator {
    return this.findings.getByRole('article', { name: new RegExp(`^Bevinding regel ${rule} `) });
  }

  /** Marks a finding's counted reviews and advices in the tables. */
  async showEvidence(rule: number): Promise<void> {
    const button = this.finding(rule).first().getByRole('button', { name: /in de tabellen/ });
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  async invokeHardship(rule: number, entry: { date: string; argument: string }): Promise<void> {
    const finding = this.finding(rule).first();
    await finding.getByRole('button', { name: 'Beroep op hardheidsclausule' }).click();
    const form = finding.getByRole('form', { name: 'Beroep op hardheidsclausule' });
    await typeDate(labelled(form, 'Ontvangen op'), entry.date);
    await labelled(form, 'Onderbouwing').fill(entry.argument);
    await form.getByRole('button', { name: 'Beroep vastleggen' }).click();
    await expect(form).toBeHidden();
  }

  /** The board's decision on the hardship request (role board). */
  async decideHardship(rule: number, outcome: 'Toegewezen: niet beëindigen' | 'Afgewezen', reasons: string): Promise<void> {
    const form = this.finding(rule).first().getByRole('form', { name: 'Besluit op de hardheidsclausule' });
    await form.getByRole('radio', { name: outcome, exact: true }).check();
    await labelled(form, 'Motivering').fill(reasons);
    await form.getByRole('button', { name: 'Besluit op beroep vastleggen' }).click();
    await expect(form).toBeHidden();
  }

  /** The board's decision on a finding (role board). Ending it shows the T15 letter. */
  async decide(rule: number, entry: { outcome: 'Deelnemerschap beëindigen' | 'Niet beëindigen'; reasons: string; terminationDate?: string; via?: SendVia }): Promise<void> {
    const form = this.finding(rule).first().getByRole('form', { name: 'Besluit over de bevinding' });
    await form.getByRole('radio', { name: entry.outcome, exact: true }).check();
    await labelled(form, 'Motivering').fill(entry.reasons);
    if (entry.terminationDate) await typeDate(labelled(form, 'Einddatum'), entry.terminationDate);
    if (entry.via) await choose(this.page, picker(form, 'Beëindigingsbrief (T15) versturen via'), entry.via);
    await form.getByRole('button', { name: /^Besluit vastleggen/ }).click();
  }

  /** Rule 6: the board ends the participation without a finding and without giving the reason. */
  async terminateWithoutReason(entry: { reasons: string; terminationDate?: string; via?: SendVia }): Promise<void> {
    await this.boardTermination.getByRole('button', { name: 'Beëindigen zonder opgaaf van reden' }).click();
    const form = this.boardTermination.getByRole('form', { name: 'Beëindigen zonder opgaaf van reden' });
    await labelled(form, 'Motivering (intern)').fill(entry.reasons);
    if (entry.terminationDate) await typeDate(labelled(form, 'Einddatum'), entry.terminationDate);
    if (entry.via) await choose(this.page, picker(form, 'Beëindigingsbrief (T15) versturen via'), entry.via);
    await form.getByRole('button', { name: 'Deelnemerschap beëindigen' }).click();
  }

  // ---- Notice by the participant (Q4) ---------------------------------------------------------

  get noticeForm(): Locator {
    return this.notice.getByRole('form', { name: 'Opzegging door de deelnemer' });
  }

  /** "Uiterlijk … ontvangen voor einde per …; vroegst mogelijke einddatum …", live for the date typed. */
  noticeTerms(): Locator {
    return this.noticeForm.getByTestId('notice-terms');
  }

  async startNotice(receivedOn: string): Promise<void> {
    await this.notice.getByRole('button', { name: 'Opzegging vastleggen' }).click();
    await typeDate(labelled(this.noticeForm, 'Opzegging ontvangen op'), receivedOn);
  }

  /** Another day in the open notice form: the terms follow it, an earlier refusal goes away. */
  async noticeReceivedOn(receivedOn: string): Promise<void> {
    await typeDate(labelled(this.noticeForm, 'Opzegging ontvangen op'), receivedOn);
  }

  async submitNotice(): Promise<void> {
    await this.noticeForm.getByRole('button', { name: 'Opzegging vastleggen' }).click();
  }

  /** Q4: records the notice; when it comes too late `refusal` shows the Dutch message instead. */
  async giveNotice(entry: { receivedOn: string; reason?: string; via?: SendVia }): Promise<void> {
    await this.startNotice(entry.receivedOn);
    if (entry.reason) await labelled(this.noticeForm, 'Reden van de deelnemer').fill(entry.reason);
    if (entry.via) await choose(this.page, picker(this.noticeForm, 'Bevestiging (T15) versturen via'), entry.via);
    await this.submitNotice();
  }

  /** Q5 g: the reason, shown to staff only. */
  terminationReason(): Locator {
    return this.header.getByTestId('termination-reason');
  }

  // ---- After the termination (Q5 h-j, Q6) -----------------------------------------------------

  stickerDeadline(): Locator {
    return this.afterTermination.getByTestId('sticker-deadline');
  }

  async recordCheck(entry: { checkedOn: string; note?: string }): Promise<void> {
    await this.afterTermination.getByRole('button', { name: 'Controle gedaan, geen overtreding' }).click();
    const form = this.afterTermination.getByRole('form', { name: 'Controle stickers en promotiemateriaal' });
    await typeDate(labelled(form, 'Gecontroleerd op'), entry.checkedOn);
    if (entry.note) await labelled(form, 'Toelichting').fill(entry.note);
    await form.getByRole('button', { name: 'Controle vastleggen' }).click();
    await expect(form).toBeHidden();
  }

  /** Q5 j: what was seen after the 10 days, with photos (file paths, or files made by the test). */
  async recordViolation(entry: { seenOn: string; description: string; photos?: string[] | FilePayload[] }): Promise<void> {
    await this.afterTermination.getByRole('button', { name: 'Overtreding vastleggen' }).click();
    const form = this.afterTermination.getByRole('form', { name: 'Overtreding vastleggen' });
    await typeDate(labelled(form, 'Gezien op'), entry.seenOn);
    await labelled(form, 'Wat is er gezien').fill(entry.description);
    if (entry.photos?.length) await form.getByLabel("Foto's").setInputFiles(entry.photos);
    await form.getByRole('button', { name: 'Overtreding vastleggen' }).click();
    await expect(form).toBeHidden();
  }

  violation(seenOn: string): Locator {
    return this.afterTermination.getByRole('article', { name: `Overtreding ${seenOn}` });
  }

  /** Opens a photo of a violation in its window (images) or saves it (other files). */
  async openEvidence(seenOn: string, fileName: string): Promise<Locator> {
    await this.violation(seenOn).getByRole('button', { name: new RegExp(`^${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    const dialog = this.page.getByRole('dialog', { name: fileName });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  publishButton(seenOn: string): Locator {
    return this.violation(seenOn).getByRole('button', { name: 'Op zwarte lijst zetten' });
  }

  /** Q6: on the blacklist; the T16 letter shows. */
  async publish(seenOn: string, via?: SendVia): Promise<void> {
    const form = this.violation(seenOn).getByRole('form', { name: /op de zwarte lijst zetten$/ });
    if (via) await choose(this.page, picker(form, 'Brief (T16) versturen via'), via);
    await this.publishButton(seenOn).click();
    await expect(this.violation(seenOn).getByText('Op de zwarte lijst', { exact: true })).toBeVisible();
  }

  // ---- Other pages ----------------------------------------------------------------------------

  async openBoard(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bestuur keurmerk', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Bestuur keurmerk' })).toBeVisible();
  }

  boardItems(): Locator {
    return this.page.getByRole('table', { name: 'Open bevindingen' }).getByTestId('board-item');
  }

  /** From the board's list to the finding on the participant's page. */
  async openBoardItem(name: string): Promise<void> {
    await this.boardItems().filter({ hasText: name }).first().getByRole('link', { name: /Beoordelen|Beroep beoordelen/ }).click();
    await this.expectParticipant(name);
  }

  /** From the Keurmerk list (its "Zwarte lijst" button). */
  async openBlacklist(): Promise<void> {
    await this.main.getByRole('link', { name: 'Zwarte lijst', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Zwarte lijst' })).toBeVisible();
  }

  blacklistEntries(): Locator {
    return this.page.getByRole('table', { name: 'Zwarte lijst' }).getByTestId('blacklist-entry');
  }

  /** The public page as it will be published (sandboxed frame). */
  blacklistPreview(): FrameLocator {
    return this.page.frameLocator('iframe[title="Zwarte lijst als webpagina"]');
  }

  async downloadBlacklist(kind: 'HTML' | 'CSV'): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: kind === 'HTML' ? 'Webpagina downloaden (HTML)' : 'CSV downloaden' }).click(),
    ]);
    const path = await download.path();
    const fs = await import('node:fs');
    return fs.readFileSync(path, 'utf8');
  }

  async withdrawFromBlacklist(name: string, reason: string): Promise<void> {
    await this.blacklistEntries().filter({ hasText: name }).getByRole('button', { name: 'Van de lijst halen' }).click();
    const dialog = this.page.getByRole('dialog');
    await labelled(dialog, 'Reden').fill(reason);
    await dialog.getByRole('button', { name: 'Van de lijst halen' }).click();
    await expect(dialog).toBeHidden();
  }

  async openContributions(): Promise<void> {
    await this.main.getByRole('link', { name: 'Contributie', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Contributie keurmerk' })).toBeVisible();
  }

  contributionRow(name: string): Locator {
    return this.page.getByTestId('contribution-row').filter({ hasText: name });
  }

  async chargeYear(year: number): Promise<void> {
    await choose(this.page, this.page.getByRole('combobox', { name: 'Jaar', exact: true }), String(year));
    await this.page.getByRole('button', { name: `Contributie ${year} in rekening brengen` }).click();
  }

  async openSettings(): Promise<void> {
    // The page's own button, not the administrators' "Instellingen" in the menu.
    await this.main.getByRole('link', { name: 'Instellingen', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Instellingen keurmerk' })).toBeVisible();
  }

  /** A cell of the staffel: `column` Van / Tot en met / Onvoldoende nodig, `row` from 1. */
  staffelCell(column: 'Van' | 'Tot en met' | 'Onvoldoende nodig', row: number): Locator {
    return this.page.getByRole('textbox', { name: `${column}, regel ${row}` });
  }
}
