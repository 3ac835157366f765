import { labelled } from './controls';
import { expect, type Locator, type Page } from '@playwright/test';

export class SetupPage {
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Eerste start' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText('Er bestaat geen standaardwachtwoord')).toBeVisible();
  }

  async createFirstAdministrator(details: { organisationName: string; name: string; username: string; password: string }): Promise<void> {
    await this.page.getByLabel('Naam van de organisatie').fill(details.organisationName);
    await this.page.getByLabel('Uw naam').fill(details.name);
    await this.page.getByLabel('Gebruikersnaam').fill(details.username);
    await labelled(this.page, 'Wachtwoord').fill(details.password);
    await this.page.getByLabel('Wachtwoord herhalen').fill(details.password);
    await this.page.getByRole('button', { name: 'Beheerder aanmaken en beginnen' }).click();
  }
}
