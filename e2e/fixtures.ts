import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../core/app';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../core/contracts';
import { createClientSession } from '../core/context';
import { startHttpHost, type HttpHost } from '../core/http-host/server';
import { fileCredentialStore } from '../core/sync/credentials';
import type { SyncOffice } from './pages/SyncArrange';

const STATIC_DIR = path.resolve('out/renderer');
const SCREENSHOT_DIR = path.resolve('test-results/screenshots');
/** Fixed per test run: the host refuses anything without it, the page gets it once via the URL. */
const TOKEN = 'e2e-vaste-token-voor-de-tests';

export interface Account {
  name: string;
  username: string;
  password: string;
}

export interface ServicedeskApp {
  host: HttpHost;
  core: Core;
  /** Opens the app as a person would: the address printed by the host, token included. */
  open(page: Page): Promise<void>;
  /** Arranges a first administrator without clicking through the setup screen. */
  givenAdmin(account?: Partial<Account> & { organisationName?: string }): Promise<Account>;
  /** Calls procedures as this person, to arrange what a test is not about. */
  signedInAs(account: Account): Promise<Caller>;
}

export type Caller = <N extends ProcedureName>(name: N, input: ProcedureInput<N>) => Promise<ProcedureOutput<N>>;

export const test = base.extend<{ app: ServicedeskApp; syncOffice: SyncOffice }>({
  app: async ({}, use) => {
    if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) {
      throw new Error('Geen gebouwde renderer in out/renderer: voer eerst "npx electron-vite build" uit.');
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-e2e-'));
    // As both real hosts do: a credential store, so the app can be linked to a sync server. The
    // timed rounds are not started; a test syncs on demand, so what it arranges happens in its order.
    const core = createCore({ dbPath: path.join(dir, 'e2e.sqlite'), log: () => undefined, sync: { store: fileCredentialStore(path.join(dir, 'sync-credential.json')) } });
    const host = await startHttpHost({ core, staticDir: STATIC_DIR, token: TOKEN });
    await use({
      host,
      core,
      open: async (page) => {
        await page.goto(host.signInUrl);
      },
      givenAdmin: async (account = {}) => {
        const admin = { name: 'Anneke de Vries', username: 'beheer', password: 'Beheer-wachtwoord-1', ...account };
        const input: ProcedureInput<'auth.setup'> = {
          organisationName: account.organisationName ?? 'Servicedesk Woerden',
          name: admin.name,
          username: admin.username,
          password: admin.password,
          passwordRepeat: admin.password,
        };
        const result = await core.call('auth.setup', input, createClientSession());
        if (!result.ok) throw new Error(result.error.message);
        return { name: admin.name, username: admin.username, password: admin.password };
      },
      signedInAs: async (account) => {
        const session = createClientSession();
        const caller: Caller = async (name, input) => {
          const result = await core.call(name, input, session);
          if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
          return result.value;
        };
        await caller('auth.signIn', { username: account.username, password: account.password });
        return caller;
      },
    });
    await host.close();
    await core.sync?.stop();
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  /** A real sync server (PostgreSQL or PGlite) on a loopback port, and other desktops beside the app. */
  syncOffice: async ({}, use) => {
    // Loaded only by tests that use it: the server brings its database drivers along.
    const { startSyncOffice } = await import('./pages/SyncArrange');
    const office = await startSyncOffice();
    await use(office);
    await office.close();
  },
});

/** A full-page picture of a screen, for people to look at (test-results/screenshots/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Wait for the fonts and for Mantine's transitions to settle, so the picture shows the screen at rest.
  await page.evaluate('document.fonts.ready.then(() => true)');
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  // Passing messages ("… is opgeslagen") would hide part of the screen: dismiss them as a person would.
  // A message may close by itself while its button is being clicked: the click then finds no element
  // and, without a timeout, would wait for the test's whole time. So: short clicks, failures ignored,
  // again until no message is left.
  const messages = page.locator('.mantine-Notification-root');
  await expect(async () => {
    const close = messages.getByRole('button', { name: 'Sluiten' }).first();
    if ((await close.count()) > 0) await close.click({ timeout: 1_000 }).catch(() => undefined);
    await expect(messages).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}

export { expect };
