import { expect, type Locator, type Page } from '@playwright/test';
import { choose, labelled, picker } from './controls';

export interface NewEmployee {
  name: string;
  username: string;
  email?: string;
  jobTitle?: string;
  roles: string[];
  team: string;
  password: string;
}

const ROLE_LABELS = ['Medewerker servicedesk', 'Teammanager', 'Directeur', 'Beheerder'];

export class StaffPage {
  readonly table: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Medewerkers' });
    this.history = page.getByRole('region', { name: 'Geschiedenis' });
  }

  field(label: string): Locator {
    return labelled(this.page, label);
  }

  async startAdding(): Promise<void> {
    await this.page.getByRole('link', { name: 'Medewerker toevoegen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Medewerker toevoegen' })).toBeVisible();
  }

  async fillNewEmployee(employee: NewEmployee): Promise<void> {
    await this.field('Naam').fill(employee.name);
    if (employee.jobTitle) await this.field('Functie').fill(employee.jobTitle);
    if (employee.email) await this.field('E-mail').fill(employee.email);
    await choose(this.page, picker(this.page, 'Team'), employee.team);
    for (const role of ROLE_LABELS) {
      await this.page.getByRole('checkbox', { name: role }).setChecked(employee.roles.includes(role));
    }
    await this.field('Gebruikersnaam').fill(employee.username);
    await this.field('Wachtwoord').fill(employee.password);
    await this.field('Wachtwoord herhalen').fill(employee.password);
  }

  async submitNewEmployee(): Promise<void> {
    await this.page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
  }

  async expectDetailsOf(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async open(name: string): Promise<void> {
    await this.table.getByRole('link', { name, exact: true }).click();
    await this.expectDetailsOf(name);
  }
}
