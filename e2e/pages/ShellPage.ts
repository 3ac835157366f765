import { labelled } from './controls';
import { expect, type Locator, type Page } from '@playwright/test';

/** Areas every signed-in person has, after Start. */
export const STAFF_AREAS = ['Werkvoorraad', 'Klachten', 'Personen', 'Leden', 'Dienstverleners', 'Keurmerk', 'Correspondentie', 'Uitgaande e-mail'] as const;
/** Managers, the director and administrators: appeals (K13) and the K15 report. */
export const MANAGEMENT_AREAS = ['Bezwaren', 'Klachtenrapportage'] as const;
/** The board of the quality mark (Q3): its work list of findings, after the management areas. */
export const BOARD_AREAS = ['Bestuur keurmerk'] as const;
/** Administrators also see the board's list (they keep the register's settings), then their own areas. */
export const ADMIN_AREAS = [...BOARD_AREAS, 'Medewerkers', 'Teams', 'Instellingen', 'Audittrail'] as const;

/** The frame around every screen: header with the signed-in person, the main menu. */
export class ShellPage {
  readonly menu: Locator;
  readonly header: Locator;

  constructor(private readonly page: Page) {
    this.menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    this.header = page.getByRole('banner');
  }

  async expectSignedInAs(name: string, roles: string): Promise<void> {
    await expect(this.header.getByTestId('user-name')).toHaveText(name);
    await expect(this.header.getByTestId('user-roles')).toHaveText(roles);
  }

  async goTo(area: string): Promise<void> {
    // Exact: "Keurmerk" is also part of "Bestuur keurmerk".
    await this.menu.getByRole('link', { name: area, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: area })).toBeVisible();
  }

  /** Types an address in the address bar, as someone trying a bookmark or a guessed link would. */
  async openPath(path: string): Promise<void> {
    const url = new URL(this.page.url());
    await this.page.goto(`${url.origin}/#${path}`);
  }

  async expectMenu(items: readonly string[]): Promise<void> {
    await expect(this.menu.getByRole('link')).toHaveText([...items]);
  }

  async signOut(): Promise<void> {
    await this.header.getByRole('button', { name: 'Afmelden' }).click();
  }

  async changeOwnPassword(current: string, next: string): Promise<void> {
    await this.header.getByRole('button', { name: /Gebruikersmenu/ }).click();
    await this.page.getByRole('menuitem', { name: 'Wachtwoord wijzigen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Wachtwoord wijzigen' });
    await dialog.getByLabel('Huidig wachtwoord').fill(current);
    await labelled(dialog, 'Nieuw wachtwoord').fill(next);
    await dialog.getByLabel('Nieuw wachtwoord herhalen').fill(next);
    await dialog.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByText('Uw wachtwoord is gewijzigd.')).toBeVisible();
  }
}
