import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { createRegistrationCode } from '../../server/devices/codes';
import { DEFAULT_OFFICE_ID } from '../../server/offices';
import { createTestDatabase, type TestDatabase } from '../../server/testing/database';
import type { ClientSession } from '../context';
import { ADMIN, createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { syncOnce } from './client';
import { fileCredentialStore, type CredentialStore } from './credentials';
import { registerDesktop, syncRegistered } from './register';
import { loadSyncState } from './state';

// Two desktops and a real sync server (Fastify on a random port, PostgreSQL or PGlite), fresh for each test.
let database: TestDatabase;
let server: FastifyInstance;
let serverUrl: string;

interface Desktop {
  t: TestCore;
  store: CredentialStore;
  sync(): ReturnType<typeof syncRegistered>;
}

let dir: string;
let a: Desktop;
let b: Desktop;
let adminA: ClientSession;
let adminAId: string;

async function desktop(name: string, start: string): Promise<Desktop> {
  const t = createTestCore(start);
  const store = fileCredentialStore(path.join(dir, name, 'sync-credential.json'));
  const { code } = await createRegistrationCode(database.db, DEFAULT_OFFICE_ID, { autoApprove: true });
  await registerDesktop({ core: t.core, fetch, serverUrl, code, name, store });
  return { t, store, sync: () => syncRegistered({ core: t.core, fetch, store }) };
}

beforeEach(async () => {
  database = await createTestDatabase();
  server = await buildApp({ db: database.db });
  serverUrl = await server.listen({ host: '127.0.0.1', port: 0 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-sync-'));
  a = await desktop('A', '2026-11-21T09:00:00Z');
  b = await desktop('B', '2026-11-21T09:00:00Z');
  const signedIn = await withAdmin(a.t);
  adminA = signedIn.admin;
  adminAId = signedIn.adminUser.id;
});
afterEach(async () => {
  a.t.close();
  b.t.close();
  fs.rmSync(dir, { recursive: true, force: true });
  await server.close();
  await database.close();
});

const JAN = { kind: 'persoon' as const, initials: 'J.', lastName: 'Berg', city: 'Woerden' };
const unsent = (d: Desktop) => d.t.core.sqlite.prepare('SELECT count(*) FROM change_log WHERE sent_at IS NULL').pluck().get();

/** B starts empty: its first pull brings A's administrator, who then signs in on B. */
async function signInOnB(): Promise<ClientSession> {
  const session = b.t.session();
  await b.t.ok('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, session);
  return session;
}

describe('sync between two desktops through the server', () => {
  it('the device credential is kept in a file only its owner can read, not in the database', async () => {
    const state = loadSyncState(a.t.core.db);
    const file = state.credentialRef!.replace(/^file:/, '');
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(await a.store.load()).toMatchObject({ deviceId: state.deviceId });
    const credential = (await a.store.load())!.credential;
    expect(JSON.stringify(a.t.core.sqlite.prepare('SELECT * FROM sync_state').all())).not.toContain(credential);
  });

  it('a person made on A appears on B with the same id and A\'s administrator as author; nothing is left to push', async () => {
    const jan = await a.t.ok('persons.create', JAN, adminA);
    expect(await a.sync()).toMatchObject({ status: 'bijgewerkt', error: null });
    expect(unsent(a)).toBe(0);

    b.t.clock.advance(60_000);
    const outcome = await b.sync();
    expect(outcome).toMatchObject({ status: 'bijgewerkt', error: null });
    expect(outcome!.pulled).toBeGreaterThan(1);
    const adminB = await signInOnB();
    expect(await b.t.ok('persons.get', { id: jan.id }, adminB)).toMatchObject({ id: jan.id, lastName: 'Berg', sortName: jan.sortName });
    const trail = b.t.core.sqlite.prepare("SELECT DISTINCT user_id, at FROM audit_log WHERE row_id = ? AND op = 'insert'").all(jan.id);
    expect(trail).toEqual([{ user_id: adminAId, at: '2026-11-21T09:00:00.000Z' }]);
    // Pulled changes never echo back: B has nothing of its own to push.
    expect(unsent(b)).toBe(0);
    expect(loadSyncState(b.t.core.db)).toMatchObject({ status: 'bijgewerkt', lastSyncAt: '2026-11-21T09:01:00.000Z', lastError: null });
  });

  it('edits of different fields on both desktops are both kept', async () => {
    const jan = await a.t.ok('persons.create', JAN, adminA);
    await a.sync();
    await b.sync();
    const adminB = await signInOnB();

    await a.t.ok('persons.update', { ...JAN, city: 'Utrecht', id: jan.id }, adminA);
    b.t.clock.advance(60_000);
    await b.t.ok('persons.update', { ...JAN, phone: '0348 123 456', id: jan.id }, adminB);
    await a.sync();
    await b.sync();
    await a.sync();

    for (const [d, session] of [[a, adminA], [b, adminB]] as const) {
      expect(await d.t.ok('persons.get', { id: jan.id }, session)).toMatchObject({ city: 'Utrecht', phone: '0348 123 456' });
    }
    expect(a.t.core.sqlite.prepare('SELECT count(*) FROM sync_reports').pluck().get()).toBe(0);
  });

  it('the same field changed on both: the later change wins everywhere, and the desktop whose change lost is told', async () => {
    const jan = await a.t.ok('persons.create', JAN, adminA);
    await a.sync();
    await b.sync();
    const adminB = await signInOnB();

    a.t.clock.advance(60_000); // A: 09:01
    await a.t.ok('persons.update', { ...JAN, lastName: 'Jansen', id: jan.id }, adminA);
    b.t.clock.advance(120_000); // B: 09:02, later
    await b.t.ok('persons.update', { ...JAN, lastName: 'Pietersen', id: jan.id }, adminB);
    expect(await b.sync()).toMatchObject({ status: 'bijgewerkt' });
    expect(await a.t.ok('persons.get', { id: jan.id }, adminA)).toMatchObject({ lastName: 'Jansen' }); // A's own until A syncs
    expect(await a.sync()).toMatchObject({ status: 'bijgewerkt' });
    await b.sync();

    for (const [d, session] of [[a, adminA], [b, adminB]] as const) {
      expect(await d.t.ok('persons.get', { id: jan.id }, session)).toMatchObject({ lastName: 'Pietersen' });
    }
    const reports = a.t.core.sqlite.prepare('SELECT table_name, row_id, status, reason FROM sync_reports').all();
    expect(reports).toEqual([{ table_name: 'persons', row_id: jan.id, status: 'conflict', reason: 'concurrent_edit' }]);
    const conflicts = await database.db.query<{ field: string; losing_value: unknown; winning_value: unknown }>(
      'SELECT field, losing_value, winning_value FROM sync_conflicts WHERE row_id = $1',
      [jan.id],
    );
    expect(conflicts.rows.filter((c) => c.field === 'lastName')).toEqual([{ field: 'lastName', losing_value: 'Jansen', winning_value: 'Pietersen' }]);
  });

  it('a server that cannot be reached leaves the outbox as it is and says so', async () => {
    await a.t.ok('persons.create', JAN, adminA);
    const before = unsent(a);
    const state = loadSyncState(a.t.core.db);
    const credential = (await a.store.load())!;
    const outcome = await syncOnce({ core: a.t.core, fetch, serverUrl: 'http://127.0.0.1:1', deviceId: state.deviceId!, credential: credential.credential });

    expect(outcome).toMatchObject({ status: 'offline', error: expect.stringContaining('niet bereikbaar') });
    expect(unsent(a)).toBe(before);
    expect(loadSyncState(a.t.core.db).status).toBe('offline');
  });
});
