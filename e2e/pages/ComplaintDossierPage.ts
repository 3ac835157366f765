import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { choose, labelled, picker } from './controls';

/** One complaint dossier (/klachten/:id): the step due now, the earlier steps, letters and timeline. */
export class ComplaintDossierPage {
  readonly currentStep: Locator;
  readonly earlierSteps: Locator;
  readonly deadlines: Locator;
  readonly documents: Locator;
  readonly timeline: Locator;

  constructor(private readonly page: Page) {
    this.currentStep = page.locator('section[data-current-step]');
    this.earlierSteps = page.getByRole('region', { name: 'Eerdere stappen' });
    this.deadlines = page.getByRole('table', { name: 'Openstaande termijnen' });
    this.documents = page.getByRole('table', { name: 'Documenten van dit dossier' });
    this.timeline = page.getByRole('region', { name: 'Tijdlijn' });
  }

  /** Opens the dossier by address, as a bookmark or a link from elsewhere would. */
  async open(id: string, dossierNumber?: string): Promise<void> {
    await this.page.goto(this.page.url().replace(/#.*$/, `#/klachten/${id}`));
    await expect(this.page.getByRole('heading', { level: 1, name: dossierNumber ? new RegExp(dossierNumber) : /K\d{4}-/ })).toBeVisible();
  }

  card(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async expectCurrentStep(name: string): Promise<void> {
    await expect(this.currentStep).toHaveAccessibleName(name);
  }

  /** K5: to a team, with the acknowledgement (T1) sent the way asked for. */
  async forward(team: string, via = 'Per post (afdrukken)'): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Doorsturen' });
    await choose(this.page, picker(form, 'Team'), team);
    await choose(this.page, picker(form, 'Ontvangstbevestiging versturen via'), via);
    await form.getByRole('button', { name: 'Doorsturen' }).click();
    await expect(this.earlierSteps).toContainText('Ontvangstbevestiging (T1) verzonden per post');
  }

  ownerField(): Locator {
    return picker(this.page.getByRole('form', { name: 'Dossierverantwoordelijke aanwijzen' }), 'Dossierverantwoordelijke');
  }

  /** K6; `expectSaved` false when a refusal is expected instead. */
  async assignOwner(name: string, expectSaved = true): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Dossierverantwoordelijke aanwijzen' });
    await choose(this.page, this.ownerField(), name);
    await form.getByRole('button', { name: 'Aanwijzen' }).click();
    if (expectSaved) await expect(this.earlierSteps).toContainText(`Dossierverantwoordelijke: ${name}.`);
  }

  /** K8: a call as it went, the moment left at now. */
  async logCall(outcome: string, reached = true): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Gesprek vastleggen' });
    const reachedBox = form.getByRole('checkbox', { name: 'Klager bereikt' });
    if (reached) await reachedBox.check();
    else await reachedBox.uncheck();
    await labelled(form, 'Uitkomst van het gesprek').fill(outcome);
    await form.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await expect(this.page.getByRole('table', { name: 'Telefoongesprekken' })).toContainText(outcome);
  }

  /** K10: the concept of the written answer, saved with Ctrl+Enter from the last field. */
  async draftAnswer(summary: string, solution: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Antwoord opstellen' });
    await labelled(form, 'De klacht, zoals u die samenvat').fill(summary);
    await labelled(form, 'Voorgestelde oplossing of maatregelen').fill(solution);
    await this.page.keyboard.press('Control+Enter');
    await expect(this.page.getByRole('button', { name: 'Voorbeeld van de brief' })).toBeVisible();
  }

  async previewAnswer(): Promise<{ dialog: Locator; letter: FrameLocator }> {
    await this.page.getByRole('button', { name: 'Voorbeeld van de brief' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Voorbeeld: schriftelijk antwoord (T3)' });
    await expect(dialog).toBeVisible();
    return { dialog, letter: dialog.frameLocator('iframe[title="Voorbeeld van het schriftelijk antwoord"]') };
  }

  async approve(): Promise<void> {
    await this.card('Schriftelijk antwoord').getByRole('button', { name: 'Goedkeuren' }).click();
  }

  async sendAnswer(via = 'Per post (afdrukken)'): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Antwoord versturen' });
    await choose(this.page, picker(form, 'Versturen via'), via);
    await form.getByRole('button', { name: 'Versturen' }).click();
    await expect(this.page.getByTestId('appeal-window')).toBeVisible();
  }

  /** K11: the appeal as received, with a proposed conversation (K12) in the acknowledgement. */
  async registerAppeal(appeal: { receivedOn: string; grounds: string; hearingAt?: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Bezwaar registreren' });
    const received = labelled(form, 'Bezwaar ontvangen op');
    await received.fill(appeal.receivedOn);
    await received.press('Tab');
    await labelled(form, 'Gronden van het bezwaar').fill(appeal.grounds);
    if (appeal.hearingAt) {
      await form.getByRole('checkbox', { name: /Gesprek voorstellen/ }).check();
      await labelled(form, 'Datum en tijd').fill(appeal.hearingAt);
    }
    await form.getByRole('button', { name: 'Bezwaar registreren' }).click();
    await expect(this.card('Bezwaar')).toContainText('Bezwaar ontvangen');
  }

  /** A letter of the dossier in the documents panel, by (the start of) its title. */
  letter(title: string | RegExp): Locator {
    return this.documents.getByRole('row').filter({ hasText: title });
  }
}
