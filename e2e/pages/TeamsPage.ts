import { expect, type Locator, type Page } from '@playwright/test';
import { choose, labelled, picker } from './controls';

export class TeamsPage {
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Teams' });
  }

  async addTeam(team: { name: string; description: string; manager: string }): Promise<void> {
    await this.page.getByRole('link', { name: 'Team toevoegen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Team toevoegen' })).toBeVisible();
    await labelled(this.page, 'Naam').fill(team.name);
    await this.page.getByLabel('Omschrijving').fill(team.description);
    await choose(this.page, picker(this.page, 'Manager'), team.manager);
    await this.page.getByRole('button', { name: 'Team toevoegen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
