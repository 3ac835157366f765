import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientSession } from '../context';
import { ADMIN, withAdmin } from '../testing/harness';
import { syncOnce } from './client';
import { loadSyncState } from './state';
import { startTestSyncServer, type TestDesktop, type TestSyncServer } from './test-server';

// Two desktops and a real sync server, fresh for each test.
let server: TestSyncServer;
let a: TestDesktop;
let b: TestDesktop;
let adminA: ClientSession;
let adminAId: string;
beforeEach(async () => {
  server = await startTestSyncServer();
  a = await server.desktop('A');
  b = await server.desktop('B');
  const signedIn = await withAdmin(a.t);
  adminA = signedIn.admin;
  adminAId = signedIn.adminUser.id;
});
afterEach(() => server.close());

const JAN = { kind: 'persoon' as const, initials: 'J.', lastName: 'Berg', city: 'Woerden' };

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
    expect(a.unsent()).toBe(0);

    b.t.clock.advance(60_000);
    const outcome = await b.sync();
    expect(outcome).toMatchObject({ status: 'bijgewerkt', error: null });
    expect(outcome!.pulled).toBeGreaterThan(1);
    const adminB = await signInOnB();
    expect(await b.t.ok('persons.get', { id: jan.id }, adminB)).toMatchObject({ id: jan.id, lastName: 'Berg', sortName: jan.sortName });
    const trail = b.t.core.sqlite.prepare("SELECT DISTINCT user_id, at FROM audit_log WHERE row_id = ? AND op = 'insert'").all(jan.id);
    expect(trail).toEqual([{ user_id: adminAId, at: '2026-11-21T09:00:00.000Z' }]);
    // Pulled changes never echo back: B has nothing of its own to push.
    expect(b.unsent()).toBe(0);
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
    const conflicts = await server.database.db.query<{ field: string; losing_value: unknown; winning_value: unknown }>(
      'SELECT field, losing_value, winning_value FROM sync_conflicts WHERE row_id = $1',
      [jan.id],
    );
    expect(conflicts.rows.filter((c) => c.field === 'lastName')).toEqual([{ field: 'lastName', losing_value: 'Jansen', winning_value: 'Pietersen' }]);
  });

  it('a server that cannot be reached leaves the outbox as it is and says so', async () => {
    await a.t.ok('persons.create', JAN, adminA);
    const before = a.unsent();
    const state = loadSyncState(a.t.core.db);
    const credential = (await a.store.load())!;
    const outcome = await syncOnce({ core: a.t.core, fetch, serverUrl: 'http://127.0.0.1:9', deviceId: state.deviceId!, credential: credential.credential });

    expect(outcome).toMatchObject({ status: 'offline', error: expect.stringContaining('niet bereikbaar') });
    expect(a.unsent()).toBe(before);
    expect(loadSyncState(a.t.core.db).status).toBe('offline');
  });

  it('small pushes and pages (also inside one server version) bring every row across, and the cursor ends at the last version', async () => {
    for (const lastName of ['Aa', 'Bos', 'Cats', 'Dam', 'Eik']) await a.t.ok('persons.create', { ...JAN, lastName }, adminA);
    const state = loadSyncState(a.t.core.db);
    const credentialA = (await a.store.load())!.credential;
    expect(await syncOnce({ core: a.t.core, fetch, serverUrl: state.serverUrl!, deviceId: state.deviceId!, credential: credentialA, batchSize: 3 })).toMatchObject({
      status: 'bijgewerkt',
    });

    const stateB = loadSyncState(b.t.core.db);
    const credentialB = (await b.store.load())!.credential;
    const outcome = await syncOnce({ core: b.t.core, fetch, serverUrl: stateB.serverUrl!, deviceId: stateB.deviceId!, credential: credentialB, pageSize: 2 });

    const serverRows = await server.database.db.query<{ n: string; v: string }>('SELECT count(*) AS n, max(server_version) AS v FROM sync_rows');
    expect(outcome).toMatchObject({ status: 'bijgewerkt', pulled: Number(serverRows.rows[0]!.n) });
    const persons = (core: TestDesktop) => core.t.core.sqlite.prepare('SELECT id, sort_name FROM persons ORDER BY id').all();
    expect(persons(b)).toEqual(persons(a));
    expect(persons(b)).toHaveLength(5);
    expect(loadSyncState(b.t.core.db).cursor).toBe(Number(serverRows.rows[0]!.v));
  });
});
