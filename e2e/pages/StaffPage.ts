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
  /** On the detail page: status, temporary password, (de)activation. */
  readonly account: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Medewerkers' });
    this.history = page.getByRole('region', { name: 'Geschiedenis' });
    this.account = page.getByRole('region', { name: 'Account' });
  }

  field(label: string): Locator {
    return labelled(this.page, label);
  }

  async startAdding(): Promise<void> {
    await this.page.getByRole('link', { name: 'Medewerker toevoegen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Medewerker toevoegen' })).toBeVisible();
  }

  async setRoles(roles: string[]): Promise<void> {
    for (const role of ROLE_LABELS) {
      await this.page.getByRole('checkbox', { name: role }).setChecked(roles.includes(role));
    }
  }

  async fillNewEmployee(employee: NewEmployee): Promise<void> {
    await this.field('Naam').fill(employee.name);
    if (employee.jobTitle) await this.field('Functie').fill(employee.jobTitle);
    if (employee.email) await this.field('E-mail').fill(employee.email);
    await choose(this.page, picker(this.page, 'Team'), employee.team);
    await this.setRoles(employee.roles);
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

  async saveDetails(): Promise<void> {
    await this.page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(this.page.getByText(/De gegevens van .* zijn opgeslagen\./)).toBeVisible();
  }

  async setTemporaryPassword(password: string): Promise<void> {
    await this.account.getByRole('button', { name: 'Wachtwoord opnieuw instellen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Wachtwoord opnieuw instellen' });
    await labelled(dialog, 'Tijdelijk wachtwoord').fill(password);
    await labelled(dialog, 'Tijdelijk wachtwoord herhalen').fill(password);
    await dialog.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Deactiveren or Heractiveren, confirmed in the dialog that asks. */
  async toggleActive(action: 'Deactiveren' | 'Heractiveren'): Promise<void> {
    await this.account.getByRole('button', { name: action }).click();
    const dialog = this.page.getByRole('dialog', { name: `Medewerker ${action.toLowerCase()}` });
    await dialog.getByRole('button', { name: action }).click();
    await expect(dialog).toBeHidden();
  }
}
