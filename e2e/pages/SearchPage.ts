import { expect, type Locator, type Page } from '@playwright/test';

/** The search window in the header (Ctrl+K): type, see the hits, pick one with the keyboard. */
export class SearchPage {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly results: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Zoeken' });
    this.input = this.dialog.getByRole('combobox', { name: 'Zoekterm' });
    this.results = this.dialog.getByRole('listbox', { name: 'Zoekresultaten' });
  }

  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.dialog).toBeVisible();
    await expect(this.input).toBeFocused();
  }

  async type(text: string): Promise<void> {
    await this.input.fill('');
    await this.input.pressSequentially(text, { delay: 15 });
  }

  hit(title: string): Locator {
    return this.results.getByRole('option').filter({ hasText: title });
  }

  /** Waits until the hit for `title` is shown, then opens it with the arrow keys and Enter. */
  async openHit(title: string): Promise<void> {
    const hit = this.hit(title).first();
    await expect(hit).toBeVisible();
    const options = this.results.getByRole('option');
    const titles = await options.allInnerTexts();
    const index = titles.findIndex((t) => t.includes(title));
    for (let i = 0; i < index; i++) await this.input.press('ArrowDown');
    await expect(options.nth(index)).toHaveAttribute('aria-selected', 'true');
    await this.input.press('Enter');
    await expect(this.dialog).toBeHidden();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }
}
