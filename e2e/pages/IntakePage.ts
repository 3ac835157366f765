import { expect, type Locator, type Page } from '@playwright/test';
import { labelled, picker } from './controls';

/**
 * "Klacht vastleggen" (K1-K4) as the servicedesk does it on the phone: from the keyboard. `tabTo`
 * presses Tab until the field has the focus, so a test proves the field can be reached without a mouse.
 */
export class IntakePage {
  readonly form: Locator;
  readonly caller: Locator;
  readonly description: Locator;
  readonly remedy: Locator;
  readonly receivedAt: Locator;
  readonly urgent: Locator;
  readonly resolved: Locator;
  readonly solution: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Klacht vastleggen' });
    this.caller = picker(this.form, 'Melder');
    this.description = labelled(this.form, 'Omschrijving');
    this.remedy = this.form.getByRole('textbox', { name: 'Gewenste oplossing' });
    this.receivedAt = labelled(this.form, 'Ontvangen op');
    this.urgent = this.form.getByRole('checkbox', { name: /^Urgent/ });
    this.resolved = this.form.getByRole('checkbox', { name: /^Direct opgelost/ });
    this.solution = labelled(this.form, 'Oplossing');
  }

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Klacht vastleggen' })).toBeVisible();
  }

  /** A radio of one of the choice groups (Wie meldt, Soort melding, Binnengekomen via, De klacht gaat over). */
  choice(group: string, option: string): Locator {
    return this.form.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true });
  }

  subject(label: string): Locator {
    return picker(this.form, label);
  }

  improvement(label: 'Categorie' | 'Oorzaak' | 'Maatregel'): Locator {
    return picker(this.form, label);
  }

  /** Tab (forward) until `target` has the focus; fails when it is not reachable within `limit` presses. */
  async tabTo(target: Locator, limit = 40): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  /** Types in the focused searchable picker and takes the option that comes up, with arrow and Enter. */
  async pickByKeyboard(text: string, option: string | RegExp): Promise<void> {
    await this.page.keyboard.type(text);
    await expect(this.page.getByRole('option', { name: option })).toBeVisible();
    await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
  }

  /** Ctrl+Enter from wherever the cursor is. */
  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
  }

  async expectDossierPage(): Promise<string> {
    await expect(this.page).toHaveURL(/#\/klachten\/[0-9a-f-]{36}$/);
    return this.page.url().split('/').at(-1)!;
  }
}
