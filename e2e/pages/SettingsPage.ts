import { labelled } from './controls';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Instellingen: the organisation's details. Address fields live in their own group. The mail server
 * card shares the page (and has its own "Opslaan"), so everything here is found within the form.
 */
export class SettingsPage {
  readonly history: Locator;
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.history = page.getByRole('region', { name: 'Geschiedenis' });
    this.form = page.getByRole('form', { name: 'Gegevens van de organisatie' });
  }

  field(label: string, group?: 'Bezoekadres' | 'Postadres'): Locator {
    const scope = group ? this.form.getByRole('group', { name: group }) : this.form;
    return labelled(scope, label);
  }

  async fill(values: Array<[label: string, value: string, group?: 'Bezoekadres' | 'Postadres']>): Promise<void> {
    for (const [label, value, group] of values) await this.field(label, group).fill(value);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Opslaan' }).click();
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByText('De gegevens van de organisatie zijn opgeslagen.')).toBeVisible();
  }

  /** Chooses a logo file as a person would with the file picker. */
  async chooseLogo(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /logo kiezen/i }).click();
    await (await chooser).setFiles(file);
  }

  get logo(): Locator {
    return this.page.getByRole('img', { name: 'Huidig logo' });
  }
}
