import { expect, type Locator, type Page } from '@playwright/test';
import { labelled } from './controls';

/** Dienstverleners: the list, "Dienstverlener aanmelden", and a provider's page with its screening. */
export class ProvidersPage {
  readonly table: Locator;
  readonly screening: Locator;
  readonly steps: Locator;
  readonly missing: Locator;
  readonly details: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Dienstverleners' });
    this.screening = page.getByRole('region', { name: 'Screening' });
    this.steps = this.screening.locator('.mantine-Timeline-item');
    this.missing = this.screening.getByTestId('missing-for-approval');
    this.details = page.getByRole('form', { name: 'Gegevens van de dienstverlener' });
  }

  get registerForm(): Locator {
    return this.page.getByRole('form', { name: 'Dienstverlener aanmelden' });
  }

  async startRegistering(): Promise<void> {
    await this.page.getByRole('link', { name: 'Dienstverlener aanmelden' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Dienstverlener aanmelden' })).toBeVisible();
  }

  async chooseType(type: 'Particulier' | 'Bedrijf'): Promise<void> {
    await this.registerForm.getByText(type, { exact: true }).click();
  }

  async addService(scope: Locator, service: string, experience?: string): Promise<void> {
    await labelled(scope, 'Dienst toevoegen').click();
    await this.page.getByRole('option', { name: service, exact: true }).click();
    if (experience) await scope.getByLabel(`Werkervaring ${service}`).fill(experience);
  }

  async addRegions(scope: Locator, regions: string[]): Promise<void> {
    const input = labelled(scope, 'Plaatsen en postcodegebieden');
    for (const region of regions) {
      await input.fill(region);
      await input.press('Enter');
    }
  }

  async expectDetailsOf(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  approveButton(): Locator {
    return this.screening.getByRole('button', { name: 'Goedkeuren', exact: true });
  }

  /** A next step from the screening card, recorded in its dialog with an optional note. */
  async recordStep(button: string, note?: string): Promise<void> {
    await this.screening.getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    if (note) await labelled(dialog, 'Notitie').fill(note);
    await dialog.getByRole('button', { name: /^(Vastleggen|Goedkeuren)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  async saveDetails(): Promise<void> {
    await this.details.getByRole('button', { name: 'Opslaan' }).click();
    await expect(this.page.getByText(/De gegevens van .* zijn opgeslagen\./)).toBeVisible();
  }
}
