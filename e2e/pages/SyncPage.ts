import { expect, type Locator, type Page } from '@playwright/test';
import { labelled } from './controls';
import { ShellPage } from './ShellPage';

/**
 * Synchronisation as a person meets it: the indicator in the header, Instellingen › Synchronisatie
 * (administrators) and the Conflicten page.
 */
export class SyncPage {
  /** The header's status: "Bijgewerkt om 14:32", "Offline" with what waits, "Synchroniseren…". */
  readonly indicator: Locator;
  readonly form: Locator;
  readonly devices: Locator;
  readonly reports: Locator;

  constructor(private readonly page: Page) {
    this.indicator = page.getByRole('banner').getByRole('status', { name: 'Synchronisatie' });
    this.form = page.getByRole('form', { name: 'Deze computer koppelen' });
    this.devices = page.getByRole('table', { name: 'Gekoppelde computers' });
    this.reports = page.getByRole('region', { name: 'Meldingen' });
  }

  async openSettings(): Promise<void> {
    await new ShellPage(this.page).goTo('Instellingen');
    await this.page.getByRole('link', { name: 'Synchronisatie', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Synchronisatie' })).toBeVisible();
  }

  field(label: 'Adres van de syncserver' | 'Koppelcode' | 'Naam van deze computer'): Locator {
    return labelled(this.form, label);
  }

  async link(values: { serverUrl: string; code: string; name: string }): Promise<void> {
    await this.field('Adres van de syncserver').fill(values.serverUrl);
    await this.field('Koppelcode').fill(values.code);
    await this.field('Naam van deze computer').fill(values.name);
    await this.form.getByRole('button', { name: 'Koppelen' }).click();
  }

  fact(label: string): Locator {
    return this.page.getByRole('region', { name: 'Stand van de synchronisatie' }).getByLabel(label, { exact: true });
  }

  /** Makes a one-time code and reads it off the dialog, as an admin copies it to the new computer. */
  async createCode(onShown?: () => Promise<void>): Promise<string> {
    await this.page.getByRole('button', { name: 'Koppelcode maken' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Koppelcode voor een nieuwe computer' });
    const code = (await dialog.getByTestId('registration-code').textContent())!.trim();
    await expect(dialog).toContainText('geldig tot');
    await onShown?.();
    await dialog.getByRole('button', { name: 'Overgenomen' }).click();
    await expect(dialog).toBeHidden();
    return code;
  }

  device(name: string): Locator {
    return this.devices.getByRole('row').filter({ hasText: name });
  }

  async approve(name: string): Promise<void> {
    await this.device(name).getByRole('button', { name: 'Toelaten' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Computer toelaten' });
    await dialog.getByRole('button', { name: 'Toelaten' }).click();
    await expect(dialog).toBeHidden();
  }

  /** "Nu synchroniseren" from the indicator's details, waiting for the round's answer. */
  async syncNow(): Promise<void> {
    await this.indicator.getByRole('button').first().click();
    const details = this.details;
    const answer = this.page.waitForResponse((r) => r.url().endsWith('/api/sync.now'));
    await details.getByRole('button', { name: 'Nu synchroniseren' }).click();
    await answer;
  }

  async closeDetails(): Promise<void> {
    await this.indicator.getByRole('button').first().click();
    await expect(this.details).toBeHidden();
  }

  /** The indicator's details (named after the status it shows): the reason, what waits, "Nu synchroniseren". */
  get details(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByRole('button', { name: 'Nu synchroniseren' }) });
  }

  async openConflicts(): Promise<void> {
    await new ShellPage(this.page).goTo('Conflicten');
  }

  conflict(rowName: string, field: string): Locator {
    return this.page.getByRole('article', { name: `Conflict: ${rowName}, ${field}` });
  }

  value(conflict: Locator, which: 'Huidige waarde' | 'Andere waarde'): Locator {
    return conflict.getByLabel(which, { exact: true });
  }
}
