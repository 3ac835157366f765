import { labelled } from './controls';
import { expect, type Locator, type Page } from '@playwright/test';

export class SignInPage {
  readonly heading: Locator;
  readonly username: Locator;
  readonly password: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Aanmelden' });
    this.username = page.getByLabel('Gebruikersnaam');
    this.password = labelled(page, 'Wachtwoord');
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async signIn(account: { username: string; password: string }): Promise<void> {
    await this.expectShown();
    await this.username.fill(account.username);
    await this.password.fill(account.password);
    // Wait for the answer: the form empties the password field when a refusal comes in, so typing
    // ahead of it would lose the next attempt.
    const answer = this.page.waitForResponse((r) => r.url().endsWith('/api/auth.signIn'));
    await this.page.getByRole('button', { name: 'Aanmelden' }).click();
    await answer;
  }

  /** The refusal, wherever the form shows it: at the password field or above the form. */
  async expectRefusal(message: string | RegExp): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText(message)).toBeVisible();
  }
}

/** "Nieuw wachtwoord kiezen" after a temporary password, before anything else. */
export class ChangePasswordPage {
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Nieuw wachtwoord kiezen' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async chooseNewPassword(temporaryPassword: string, newPassword: string): Promise<void> {
    await this.page.getByLabel('Tijdelijk wachtwoord').fill(temporaryPassword);
    await labelled(this.page, 'Nieuw wachtwoord').fill(newPassword);
    await this.page.getByLabel('Nieuw wachtwoord herhalen').fill(newPassword);
    await this.page.getByRole('button', { name: 'Wachtwoord opslaan en verder' }).click();
  }
}
