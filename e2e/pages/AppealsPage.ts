import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { choose, labelled, picker } from './controls';

/** Bezwaren: the director's list of open appeals and, for the one chosen, the dossier and the decision. */
export class AppealsPage {
  readonly list: Locator;
  readonly hearing: Locator;
  readonly decision: Locator;
  readonly k7Refusal: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByRole('navigation', { name: 'Openstaande bezwaren' });
    this.hearing = page.getByRole('region', { name: 'Gesprek over het bezwaar' });
    this.decision = page.getByRole('region', { name: 'Uitspraak' });
    this.k7Refusal = page.getByTestId('k7-refusal');
  }

  async choose(dossierNumber: string): Promise<void> {
    await this.list.getByRole('button', { name: `Bezwaar ${dossierNumber}` }).click();
    await expect(this.page.getByRole('region', { name: 'Klacht' })).toContainText(dossierNumber);
  }

  /** The archived letter shown under one of the tabs (Schriftelijk antwoord, Gespreksverslag). */
  async letterUnder(tab: 'Schriftelijk antwoord (T3)' | 'Gespreksverslag (T5)'): Promise<FrameLocator> {
    await this.page.getByRole('tab', { name: tab }).click();
    const title = tab.startsWith('Schriftelijk') ? 'Voorbeeld van het schriftelijk antwoord' : 'Voorbeeld van het gespreksverslag';
    return this.page.frameLocator(`iframe[title="${title}"]`);
  }

  /** K12: the report of the conversation; its copy (T5) goes to the complainant. */
  async recordHearing(participants: string, report: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Gespreksverslag' });
    await labelled(form, 'Aanwezig').fill(participants);
    await labelled(form, 'Verslag').fill(report);
    await form.getByRole('button', { name: 'Verslag vastleggen' }).click();
    await expect(this.page.getByRole('region', { name: 'Bezwaar', exact: true })).toContainText(report);
  }

  /** K13: the decision, with the K15 choices that close the dossier. */
  async decide(decision: { outcome: 'Gegrond' | 'Deels gegrond' | 'Ongegrond'; reasons: string; measures?: string; category: string; cause: string; measure: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Uitspraak doen' });
    await form.getByRole('radio', { name: decision.outcome, exact: true }).check();
    await labelled(form, 'Motivering').fill(decision.reasons);
    if (decision.measures) await labelled(form, 'Maatregelen').fill(decision.measures);
    await choose(this.page, picker(form, 'Categorie'), decision.category);
    await choose(this.page, picker(form, 'Oorzaak'), decision.cause);
    await choose(this.page, picker(form, 'Maatregel'), decision.measure);
    await form.getByRole('button', { name: 'Uitspraak vastleggen' }).click();
  }
}
