import { expect, type Locator, type Page } from '@playwright/test';
import { choose, labelled, picker } from './controls';

export class TeamsPage {
  readonly table: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Teams' });
    this.history = page.getByRole('region', { name: 'Geschiedenis' });
  }

  async open(name: string): Promise<void> {
    await this.table.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Team ${name}` })).toBeVisible();
  }

  async addTeam(team: { name: string; description: string; manager: string }): Promise<void> {
    await this.page.getByRole('link', { name: 'Team toevoegen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Team toevoegen' })).toBeVisible();
    await labelled(this.page, 'Naam').fill(team.name);
    await choose(this.page, picker(this.page, 'Manager'), team.manager);
    const description = this.page.getByLabel('Omschrijving');
    await description.fill(team.description);
    // Keyboard users save from anywhere in a form, a multi-line field included.
    await description.press('Control+Enter');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
