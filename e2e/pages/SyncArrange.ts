import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../core/app';
import { createClientSession } from '../../core/context';
import { fileCredentialStore } from '../../core/sync/credentials';
import { buildApp } from '../../server/app';
import { createRegistrationCode } from '../../server/devices/codes';
import { DEFAULT_OFFICE_ID } from '../../server/offices';
import { createTestDatabase, type TestDatabase } from '../../server/testing/database';
import type { Caller } from '../fixtures';

/** Another computer in the office: its own database and credential, used through procedure calls by its administrator. */
export interface OtherDesktop {
  core: Core;
  asAdmin: Caller;
}

/** The office's sync server, as the servicedesk's server would run it, plus the other computers. */
export interface SyncOffice {
  url: string;
  /** A one-time code as the server's administrator makes it; autoApprove lets the computer in at once. */
  registrationCode(options?: { autoApprove?: boolean }): Promise<string>;
  desktop(name: string): Promise<OtherDesktop>;
  /** The server goes away (a network cut or a stopped service): desktops go offline. */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

export async function startSyncOffice(): Promise<SyncOffice> {
  const database: TestDatabase = await createTestDatabase();
  const server: FastifyInstance = await buildApp({ db: database.db });
  const url = await server.listen({ host: '127.0.0.1', port: 0 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-e2e-sync-'));
  const desktops: Core[] = [];
  let serverOpen = true;

  async function stopServer() {
    if (!serverOpen) return;
    serverOpen = false;
    await server.close();
  }

  return {
    url,
    async registrationCode(options = {}) {
      return (await createRegistrationCode(database.db, DEFAULT_OFFICE_ID, options)).code;
    },
    async desktop(name) {
      const home = path.join(dir, name.replace(/\W+/g, '-'));
      fs.mkdirSync(home, { recursive: true });
      const core = createCore({ dbPath: path.join(home, 'desktop.sqlite'), log: () => undefined, sync: { store: fileCredentialStore(path.join(home, 'sync-credential.json')) } });
      desktops.push(core);
      const password = 'Beheer-wachtwoord-2';
      // Its own username, so its administrator is a colleague the office's other computers know too.
      const username = `beheer.${name.toLowerCase().replace(/\W+/g, '-')}`;
      const session = createClientSession();
      const asAdmin: Caller = async (procedure, input) => {
        const result = await core.call(procedure, input, session);
        if (!result.ok) throw new Error(`${procedure} op ${name}: ${result.error.message}`);
        return result.value;
      };
      await asAdmin('auth.setup', { organisationName: 'Servicedesk Woerden', name: `Beheer ${name}`, username, password, passwordRepeat: password });
      await asAdmin('auth.signIn', { username, password });
      return { core, asAdmin };
    },
    stopServer,
    async close() {
      for (const core of desktops) {
        await core.sync?.stop();
        core.close();
      }
      await stopServer();
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
