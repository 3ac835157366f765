import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { revokeDevice } from '../../server/devices/devices';
import { DEFAULT_OFFICE_ID, startNewEpoch } from '../../server/offices';
import type { ClientSession } from '../context';
import { withAdmin } from '../testing/harness';
import type { Fetch } from './http';
import { loadSyncState } from './state';
import { startTestSyncServer, type TestDesktop, type TestSyncServer } from './test-server';

let server: TestSyncServer;
let a: TestDesktop;
let adminA: ClientSession;
beforeEach(async () => {
  server = await startTestSyncServer();
  a = await server.desktop('A');
  adminA = (await withAdmin(a.t)).admin;
});
afterEach(() => server.close());

const JAN = { kind: 'persoon' as const, initials: 'J.', lastName: 'Berg', city: 'Woerden' };
const serverRow = async (rowId: string) =>
  (await server.database.db.query<{ fields: Record<string, unknown> }>('SELECT fields FROM sync_rows WHERE row_id = $1', [rowId])).rows[0];

/** A desktop of an older release: the same requests, with the schema version it was built with. */
const olderRelease =
  (schemaVersion: number): Fetch =>
  (url, init) =>
    fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-schema-version': String(schemaVersion) } });

/** The server loses what A pushed of this row, as a restore from an older backup would leave it. */
async function serverForgets(rowId: string): Promise<void> {
  const lost = a.t.core.sqlite.prepare('SELECT mutation_id, seq FROM change_log WHERE row_id = ?').all(rowId) as { mutation_id: string; seq: number }[];
  const q = server.database.db;
  await q.query('DELETE FROM sync_rows WHERE row_id = $1', [rowId]);
  await q.query('DELETE FROM sync_mutations WHERE mutation_id = ANY($1)', [lost.map((l) => l.mutation_id)]);
  await q.query('UPDATE devices SET last_seq = $2 WHERE id = $1', [a.deviceId, lost[0]!.seq - 1]);
}

describe('sync status when the server says no', () => {
  it('426, a desktop below the accepted schema range: it keeps working and queues its changes until it is updated', async () => {
    const old = await server.desktop('Oud', '2026-11-21T09:00:00Z', olderRelease(13));
    const adminOld = (await withAdmin(old.t)).admin;
    const outcome = await old.sync();

    expect(outcome).toMatchObject({ status: 'verouderd', pushed: 0, error: expect.stringContaining('te oud') });
    expect(loadSyncState(old.t.core.db)).toMatchObject({ status: 'verouderd', lastSyncAt: null });
    const queued = old.unsent();
    await old.t.ok('persons.create', JAN, adminOld); // work goes on
    expect(old.unsent()).toBeGreaterThan(queued);
  });

  it('403, a revoked device is refused and told so; its changes stay on the desktop', async () => {
    await a.t.ok('persons.create', JAN, adminA);
    await revokeDevice(server.database.db, DEFAULT_OFFICE_ID, a.deviceId);
    const before = a.unsent();

    expect(await a.sync()).toMatchObject({ status: 'ingetrokken', error: expect.stringContaining('ingetrokken') });
    expect(loadSyncState(a.t.core.db).status).toBe('ingetrokken');
    expect(a.unsent()).toBe(before);
  });

  it('409, a server restored from a backup (new epoch): full resync from cursor 0, recent local changes pushed again', async () => {
    const berg = await a.t.ok('persons.create', JAN, adminA);
    await a.sync();
    const firstEpoch = loadSyncState(a.t.core.db).epoch;
    a.t.clock.advance(60_000);
    const dijk = await a.t.ok('persons.create', { ...JAN, lastName: 'Dijk' }, adminA);
    await a.sync();
    // The restore: the server is back at the state before A's second push, under a new epoch.
    await serverForgets(dijk.id);
    const newEpoch = await startNewEpoch(server.database.db);
    expect(await serverRow(dijk.id)).toBeUndefined();

    a.t.clock.advance(60_000);
    const outcome = await a.sync();

    expect(outcome).toMatchObject({ status: 'bijgewerkt', error: null });
    expect((await serverRow(dijk.id))?.fields).toMatchObject({ lastName: 'Dijk' });
    expect((await serverRow(berg.id))?.fields).toMatchObject({ lastName: 'Berg' });
    const state = loadSyncState(a.t.core.db);
    expect(state.epoch).toBe(newEpoch);
    expect(state.epoch).not.toBe(firstEpoch);
    expect(state.cursor).toBeGreaterThan(0);
    expect(a.unsent()).toBe(0);
  });

  it('a server that lost acknowledged entries (seq gap) gets them again from where it expects to continue', async () => {
    await a.t.ok('persons.create', JAN, adminA);
    await a.sync();
    a.t.clock.advance(60_000);
    const dijk = await a.t.ok('persons.create', { ...JAN, lastName: 'Dijk' }, adminA);
    await a.sync();
    await serverForgets(dijk.id);
    a.t.clock.advance(60_000);
    await a.t.ok('persons.update', { ...JAN, lastName: 'Dijk', city: 'Utrecht', id: dijk.id }, adminA);

    expect(await a.sync()).toMatchObject({ status: 'bijgewerkt', error: null });
    expect((await serverRow(dijk.id))?.fields).toMatchObject({ lastName: 'Dijk', city: 'Utrecht' });
    const lastSeq = (await server.database.db.query<{ last_seq: number }>('SELECT last_seq FROM devices WHERE id = $1', [a.deviceId])).rows[0]!.last_seq;
    expect(Number(lastSeq)).toBe(a.t.core.sqlite.prepare('SELECT max(seq) FROM change_log').pluck().get());
  });
});
