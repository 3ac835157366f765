import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { createRegistrationCode } from '../../server/devices/codes';
import { ensureOffice } from '../../server/offices';
import { createTestDatabase, type TestDatabase } from '../../server/testing/database';
import { scryptHasher } from '../../core/auth/passwords';
import { createCore, type Core } from '../../core/app';
import { manualClock } from '../../core/clock';
import { syncOnce, type SyncOutcome } from '../../core/sync/client';
import type { CredentialStore, DeviceCredential } from '../../core/sync/credentials';
import type { Fetch } from '../../core/sync/http';
import { registerDesktop } from '../../core/sync/register';

/**
 * The sync lab: one server database and Fastify instance for a whole test file, reached through
 * `inject()` (no sockets), a separate office per case, and desktops as real cores on copies of one
 * migrated SQLite template. Faults are injected at the HTTP boundary (see `FaultyFetch`).
 */
export interface SyncLab {
  database: TestDatabase;
  app: FastifyInstance;
  /** A fresh office: cases never see each other's rows. */
  office(): Promise<string>;
  desktop(officeId: string, name: string, start?: string): Promise<LabDesktop>;
  close(): Promise<void>;
}

export const SERVER_URL = 'http://sync.lab/';

export interface LabDesktop {
  name: string;
  deviceId: string;
  numberPrefix: string;
  dbPath: string;
  clock: ReturnType<typeof manualClock>;
  /** Replaced by `crash()`: always read it through the desktop. */
  core: Core;
  /** One sync round through `fetch` (the lab's own unless given). */
  sync(options?: { fetch?: Fetch; pageSize?: number; batchSize?: number }): Promise<SyncOutcome>;
  /** The process dies: the core is dropped without ceremony and a fresh one opens the same file. */
  crash(): void;
  unsent(): number;
  close(): void;
}

/** A fetch that answers from the Fastify instance without a network. */
export function injectFetch(app: FastifyInstance): Fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const response = await app.inject({
      method: (init?.method ?? 'GET') as 'GET' | 'POST',
      url: url.pathname + url.search,
      headers: init?.headers as Record<string, string>,
      payload: (init?.body as string | undefined) ?? undefined,
    });
    return new Response(response.body, { status: response.statusCode, headers: { 'content-type': 'application/json' } });
  }) as Fetch;
}

function memoryStore(): CredentialStore {
  let saved: DeviceCredential | null = null;
  return {
    ref: 'memory:lab',
    load: async () => saved,
    save: async (credential) => {
      saved = credential;
    },
    clear: async () => {
      saved = null;
    },
  };
}

let officeCounter = 0;

export async function startSyncLab(): Promise<SyncLab> {
  const database = await createTestDatabase();
  const app = await buildApp({ db: database.db });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-sync-lab-'));
  // Migrations run once, for the template; every desktop starts from a copy of it.
  const template = path.join(dir, 'template.sqlite');
  createCore({ dbPath: template, passwords: scryptHasher(12) }).close();
  const fetch = injectFetch(app);
  const open: LabDesktop[] = [];
  let desktopCounter = 0;

  return {
    database,
    app,
    async office() {
      const id = `lab-${process.pid}-${++officeCounter}`;
      await ensureOffice(database.db, id, id);
      return id;
    },
    async desktop(officeId, name, start = '2026-11-21T09:00:00Z') {
      const dbPath = path.join(dir, `desktop-${++desktopCounter}.sqlite`);
      fs.copyFileSync(template, dbPath);
      const clock = manualClock(start);
      const openCore = () => createCore({ dbPath, clock, passwords: scryptHasher(12), log: () => {} });
      let core = openCore();
      const store = memoryStore();
      const { code } = await createRegistrationCode(database.db, officeId, { autoApprove: true });
      const state = await registerDesktop({ core, fetch, serverUrl: SERVER_URL, code, name, store });
      const { credential } = (await store.load())!;
      const desktop: LabDesktop = {
        name,
        deviceId: state.deviceId!,
        numberPrefix: state.numberPrefix!,
        dbPath,
        clock,
        get core() {
          return core;
        },
        sync: (options = {}) =>
          syncOnce({
            core,
            fetch: options.fetch ?? fetch,
            serverUrl: SERVER_URL,
            deviceId: state.deviceId!,
            credential,
            pageSize: options.pageSize,
            batchSize: options.batchSize,
          }),
        crash() {
          core.close();
          core = openCore();
        },
        unsent: () => core.sqlite.prepare('SELECT count(*) FROM change_log WHERE sent_at IS NULL').pluck().get() as number,
        close() {
          core.close();
          for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
        },
      };
      open.push(desktop);
      return desktop;
    },
    async close() {
      for (const d of open) if (d.core.sqlite.open) d.core.close();
      fs.rmSync(dir, { recursive: true, force: true });
      await app.close();
      await database.close();
    },
  };
}

/** The desktop lost its connection (or died) at this point: what fetch throws when a socket goes away. */
export class LostConnection extends TypeError {
  constructor(what: string) {
    super(`fetch failed (lab: ${what})`);
  }
}

export type Fault =
  | 'none'
  /** The server commits the push, the answer never arrives. */
  | 'push-response-lost'
  /** Every push is sent twice at once (a retry racing the original); one answer arrives. */
  | 'push-duplicated'
  /** The desktop dies after its push was acknowledged, before it pulls. */
  | 'crash-before-pull'
  /** The desktop dies after its first pull page, before the next. */
  | 'crash-mid-pull'
  /** A pull page is computed, the answer never arrives. */
  | 'pull-response-lost';

export const FAULTS: readonly Fault[] = ['none', 'push-response-lost', 'push-duplicated', 'crash-before-pull', 'crash-mid-pull', 'pull-response-lost'];

/**
 * Wraps the lab's fetch with one fault. `crashed` tells the caller the desktop must be reopened
 * (its process died); `beforePull` runs once, before the first pull request: a person typing while
 * the desktop syncs.
 */
export function faultyFetch(app: FastifyInstance, fault: Fault, hooks: { beforePull?: () => void } = {}) {
  const base = injectFetch(app);
  // fired: the fault struck and the round failed; duplicated: pushes sent twice (the round goes on).
  const state = { crashed: false, pushes: 0, pulls: 0, fired: false, duplicated: 0 };
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const isPush = String(input).includes('v1/push');
    if (isPush) {
      state.pushes++;
      if (fault === 'push-duplicated') {
        state.duplicated++;
        const [first, second] = await Promise.all([base(input, init), base(input, init)]);
        void first.text();
        return second;
      }
      const response = await base(input, init);
      if (fault === 'push-response-lost' && !state.fired) {
        state.fired = true;
        throw new LostConnection('push answer lost after commit');
      }
      return response;
    }
    state.pulls++;
    if (state.pulls === 1 && hooks.beforePull) hooks.beforePull();
    if (fault === 'crash-before-pull' && !state.fired) {
      state.fired = true;
      state.crashed = true;
      throw new LostConnection('desktop died before pulling');
    }
    if (fault === 'crash-mid-pull' && state.pulls === 2 && !state.fired) {
      state.fired = true;
      state.crashed = true;
      throw new LostConnection('desktop died between pull pages');
    }
    const response = await base(input, init);
    if (fault === 'pull-response-lost' && !state.fired) {
      state.fired = true;
      throw new LostConnection('pull answer lost');
    }
    return response;
  }) as Fetch;
  return { fetch, state };
}
