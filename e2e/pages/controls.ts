import { expect, type Locator, type Page } from '@playwright/test';

/** Picks an option in a Mantine Select the way a person does: open it, click the option. */
export async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(field).toHaveValue(option);
}

/** The message shown at a field (Mantine links it to the input with aria-describedby). */
export async function expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message instanceof RegExp ? message : new RegExp(escape(message)));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The input with exactly this label. Mantine adds " *" to the label of a required field, so a plain
 * exact match would miss it and a loose one would take "Gebruikersnaam" for "Naam".
 */
export function labelled(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));
}

/** A Mantine Select (a combobox) by its label. */
export function picker(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('combobox', { name: label, exact: true });
}
