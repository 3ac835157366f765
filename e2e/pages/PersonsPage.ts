import { expect, type Locator, type Page } from '@playwright/test';
import { labelled } from './controls';

export interface NewPerson {
  salutation?: string;
  initials?: string;
  firstName?: string;
  infix?: string;
  lastName: string;
  postcode?: string;
  houseNumber?: string;
  addition?: string;
  street?: string;
  city?: string;
  phone?: string;
  email?: string;
}

/** Personen: the list, "Nieuwe persoon" with its duplicate warning, a person's page and the merge. */
export class PersonsPage {
  readonly table: Locator;
  readonly duplicateWarning: Locator;
  readonly roles: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Personen' });
    this.duplicateWarning = page.getByTestId('duplicate-warning');
    this.roles = page.getByRole('region', { name: 'Rollen' });
    this.history = page.getByRole('region', { name: 'Geschiedenis' });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Nieuwe persoon' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Nieuwe persoon' })).toBeVisible();
  }

  async fill(person: NewPerson, scope: Page | Locator = this.page): Promise<void> {
    if (person.initials) await labelled(scope, 'Voorletters').fill(person.initials);
    if (person.firstName) await labelled(scope, 'Voornaam').fill(person.firstName);
    if (person.infix) await labelled(scope, 'Tussenvoegsel').fill(person.infix);
    await labelled(scope, 'Achternaam').fill(person.lastName);
    if (person.postcode) await labelled(scope, 'Postcode').fill(person.postcode);
    if (person.houseNumber) await labelled(scope, 'Huisnummer').fill(person.houseNumber);
    if (person.addition) await labelled(scope, 'Toevoeging').fill(person.addition);
    if (person.street) await labelled(scope, 'Straat').fill(person.street);
    if (person.city) await labelled(scope, 'Plaats').fill(person.city);
    if (person.phone) await labelled(scope, 'Telefoon').fill(person.phone);
    if (person.email) await labelled(scope, 'E-mail').fill(person.email);
  }

  async expectDetailsOf(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  candidate(name: string): Locator {
    return this.duplicateWarning.getByTestId('duplicate-candidate').filter({ hasText: name });
  }

  /** From the duplicate warning on a person's page: both side by side, keep one, confirm. */
  async merge(candidateName: string, keep: string): Promise<Locator> {
    await this.candidate(candidateName).getByRole('button', { name: 'Samenvoegen…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Personen samenvoegen' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: `Bewaar ${keep}` }).check();
    return dialog;
  }
}
