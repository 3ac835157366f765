import { expect, type Locator, type Page } from '@playwright/test';

/** Werkvoorraad: the card at the top of the start page and the page of its own, both grouped Te laat / Vandaag / Binnen vijf werkdagen. */
export class WorklistPage {
  readonly card: Locator;

  constructor(private readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Werkvoorraad' });
  }

  /** The group (Te laat, Vandaag, Binnen vijf werkdagen) in the card or on the page. */
  group(scope: Locator | Page, name: 'Te laat' | 'Vandaag' | 'Binnen vijf werkdagen'): Locator {
    return scope.getByRole('region', { name, exact: true });
  }

  /** The row of a dossier's item in a scope. */
  item(scope: Locator | Page, dossierNumber: string): Locator {
    return scope.getByTestId('worklist-item').filter({ hasText: dossierNumber });
  }

  async chooseScope(scope: Locator | Page, label: 'Mijn werk' | 'Mijn team'): Promise<void> {
    await scope.getByRole('radiogroup', { name: 'Werkvoorraad van' }).getByText(label, { exact: true }).click();
  }

  async expectEmpty(scope: Locator | Page): Promise<void> {
    await expect(scope.getByTestId('worklist-empty')).toBeVisible();
  }
}
