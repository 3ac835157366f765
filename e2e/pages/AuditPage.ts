import { expect, type Locator, type Page } from '@playwright/test';
import { choose, picker } from './controls';

export interface ExpectedChange {
  when: string;
  who: string;
  /** The record in words: a person's or team's name, or "Organisatie". */
  what: string;
  action: 'Toegevoegd' | 'Gewijzigd' | 'Verwijderd';
  field: string;
  newValue?: string;
}

/** Audittrail: one row per save of one record, listing the fields it changed. */
export class AuditPage {
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Audittrail' });
  }

  rows(): Locator {
    return this.table.getByRole('row');
  }

  change(expected: ExpectedChange): Locator {
    let line = this.page.getByRole('listitem').filter({ hasText: `${expected.field}:` });
    if (expected.newValue) line = line.filter({ hasText: expected.newValue });
    return [expected.when, expected.who, expected.what, expected.action]
      .reduce((rows, text) => rows.filter({ hasText: text }), this.rows())
      .filter({ has: line });
  }

  async expectChange(expected: ExpectedChange): Promise<void> {
    await expect(this.change(expected).first()).toBeVisible();
  }

  async filterByPerson(name: string): Promise<void> {
    await choose(this.page, picker(this.page, 'Persoon'), name);
  }

  /** Types the period as dd-mm-jjjj, the way the fields show it. */
  async filterByPeriod(from: string, to: string): Promise<void> {
    for (const [label, value] of [['Van', from], ['Tot en met', to]] as const) {
      const field = this.page.getByRole('textbox', { name: label, exact: true });
      await field.fill(value);
      await field.press('Tab');
      await expect(field).toHaveValue(value);
    }
  }

  async filterByPart(label: string): Promise<void> {
    await choose(this.page, picker(this.page, 'Onderdeel'), label);
  }
}
