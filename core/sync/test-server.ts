import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { createRegistrationCode } from '../../server/devices/codes';
import { DEFAULT_OFFICE_ID } from '../../server/offices';
import { createTestDatabase, type TestDatabase } from '../../server/testing/database';
import { createTestCore, type TestCore } from '../testing/harness';
import { fileCredentialStore, type CredentialStore } from './credentials';
import type { Fetch } from './http';
import { registerDesktop, syncRegistered } from './register';

/** A real sync server for desktop tests: Fastify on a random port over a fresh database (PostgreSQL or PGlite). */
export interface TestSyncServer {
  database: TestDatabase;
  url: string;
  /** A desktop on its own SQLite file, registered (and approved) with this server. */
  desktop(name: string, start?: string, fetchFor?: Fetch): Promise<TestDesktop>;
  close(): Promise<void>;
}

export interface TestDesktop {
  t: TestCore;
  store: CredentialStore;
  deviceId: string;
  sync(): ReturnType<typeof syncRegistered>;
  unsent(): number;
}

export async function startTestSyncServer(): Promise<TestSyncServer> {
  const database = await createTestDatabase();
  const app: FastifyInstance = await buildApp({ db: database.db });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-sync-'));
  const desktops: TestDesktop[] = [];
  return {
    database,
    url,
    async desktop(name, start = '2026-11-21T09:00:00Z', fetchFor = fetch) {
      const t = createTestCore(start);
      const store = fileCredentialStore(path.join(dir, name, 'sync-credential.json'));
      const { code } = await createRegistrationCode(database.db, DEFAULT_OFFICE_ID, { autoApprove: true });
      const state = await registerDesktop({ core: t.core, fetch, serverUrl: url, code, name, store });
      const desktop: TestDesktop = {
        t,
        store,
        deviceId: state.deviceId!,
        sync: () => syncRegistered({ core: t.core, fetch: fetchFor, store }),
        unsent: () => t.core.sqlite.prepare('SELECT count(*) FROM change_log WHERE sent_at IS NULL').pluck().get() as number,
      };
      desktops.push(desktop);
      return desktop;
    },
    async close() {
      for (const d of desktops) d.t.close();
      fs.rmSync(dir, { recursive: true, force: true });
      await app.close();
      await database.close();
    },
  };
}
