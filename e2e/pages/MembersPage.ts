import { expect, type Locator, type Page } from '@playwright/test';
import { labelled } from './controls';

/** Leden: the list, "Lid inschrijven" with household and mandate, and a member's page. */
export class MembersPage {
  readonly table: Locator;
  readonly household: Locator;
  readonly mandates: Locator;
  readonly membership: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Leden' });
    this.household = page.getByRole('region', { name: 'Huisgenoten' });
    this.mandates = page.getByRole('region', { name: 'Machtigingen' });
    this.membership = page.getByRole('region', { name: 'Lidmaatschap' });
  }

  get registerForm(): Locator {
    return this.page.getByRole('form', { name: 'Lid inschrijven' });
  }

  async startRegistering(): Promise<void> {
    await this.page.getByRole('link', { name: 'Lid inschrijven' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Lid inschrijven' })).toBeVisible();
  }

  /** A new huisgenoot in the registration form: relation and name; the address is the member's. */
  async addHouseholdMember(relation: string, person: { firstName?: string; lastName: string }): Promise<void> {
    const form = this.registerForm;
    await form.getByRole('button', { name: 'Huisgenoot toevoegen' }).click();
    const entry = form.getByRole('group', { name: /^Huisgenoot \d+$/ }).last();
    await entry.getByRole('combobox', { name: /^Relatie huisgenoot/ }).click();
    await this.page.getByRole('option', { name: relation, exact: true }).click();
    if (person.firstName) await labelled(entry, 'Voornaam').fill(person.firstName);
    await labelled(entry, 'Achternaam').fill(person.lastName);
  }

  async fillMandate(mandate: { iban: string; signedOn?: string }): Promise<void> {
    const form = this.registerForm;
    await form.getByRole('checkbox', { name: 'Machtiging vastleggen (het IBAN is bekend)' }).check();
    await labelled(form, 'IBAN').fill(mandate.iban);
    if (mandate.signedOn) {
      await form.getByRole('checkbox', { name: 'Ondertekend formulier ontvangen' }).check();
      await labelled(form, 'Ondertekend op').fill(mandate.signedOn);
      await labelled(form, 'Ondertekend op').press('Tab');
    }
  }

  async membershipNumber(): Promise<string> {
    const number = this.membership.getByTestId('membership-number');
    await expect(number).toHaveText(/\S+/);
    return (await number.textContent())!.trim();
  }

  mandateRow(text: string): Locator {
    return this.mandates.getByRole('row').filter({ hasText: text });
  }
}
