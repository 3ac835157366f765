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
import { fileCredentialStore } from './credentials';

/**
 * The sync procedures as the screens call them, on desktops whose cores carry a sync service, against
 * a real server on a port: linking with a code, approval by an admin, sync on demand, conflicts seen
 * and settled by a person, reports, and the Dutch messages for a wrong code or an unreachable server.
 */
let database: TestDatabase;
let app: FastifyInstance;
let url: string;
let dir: string;
const desktops: TestCore[] = [];

beforeEach(async () => {
  database = await createTestDatabase();
  app = await buildApp({ db: database.db });
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-sync-handlers-'));
});
afterEach(async () => {
  for (const t of desktops.splice(0)) {
    await t.core.sync?.stop();
    t.close();
  }
  await app.close();
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function freshDesktop(name: string): TestCore {
  const t = createTestCore('2026-11-21T09:00:00Z', { sync: { store: fileCredentialStore(path.join(dir, name, 'credential.json')) } });
  desktops.push(t);
  return t;
}

async function desktop(name: string): Promise<{ t: TestCore; admin: ClientSession }> {
  const t = freshDesktop(name);
  const { admin } = await withAdmin(t);
  return { t, admin };
}

const bootstrapCode = async () => (await createRegistrationCode(database.db, DEFAULT_OFFICE_ID, { autoApprove: true })).code;

async function failure(t: TestCore, promise: ReturnType<TestCore['core']['call']>) {
  const result = await promise;
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('sync procedures', () => {
  it('an admin links a desktop with a code; a second one waits for approval until the admin admits it', async () => {
    const a = await desktop('A');
    expect(await a.t.ok('sync.status', {}, a.admin)).toMatchObject({ configured: false, available: true, status: 'uit' });

    const linked = await a.t.ok('sync.register', { serverUrl: url, code: await bootstrapCode(), name: 'Balie 1' }, a.admin);
    expect(linked).toMatchObject({ configured: true, status: 'bijgewerkt', deviceName: 'Balie 1', numberPrefix: 'A', unsent: 0 });
    expect(linked.lastSyncAt).toBe('2026-11-21T09:00:00.000Z');

    const { code } = await a.t.ok('sync.createCode', { approveAtOnce: false }, a.admin);
    const b = await desktop('B');
    const pending = await b.t.ok('sync.register', { serverUrl: url, code, name: 'Thuis directeur' }, b.admin);
    expect(pending).toMatchObject({ configured: true, status: 'wacht_op_goedkeuring' });
    expect(pending.unsent).toBeGreaterThan(0); // B's own first admin waits in its outbox

    const devices = await a.t.ok('sync.devices', {}, a.admin);
    expect(devices.map((d) => [d.name, d.status, d.thisDesktop])).toEqual([
      ['Balie 1', 'approved', true],
      ['Thuis directeur', 'pending', false],
    ]);
    await a.t.ok('sync.approveDevice', { id: pending.deviceId! }, a.admin);
    expect(await b.t.ok('sync.now', {}, b.admin)).toMatchObject({ status: 'bijgewerkt', unsent: 0, lastError: null });

    await a.t.ok('sync.revokeDevice', { id: pending.deviceId! }, a.admin);
    expect(await b.t.ok('sync.now', {}, b.admin)).toMatchObject({ status: 'ingetrokken', lastError: expect.stringContaining('ingetrokken') });

    // Unlinked, B works alone again: nothing is lost, and asking to sync says it is not linked.
    expect(await b.t.ok('sync.disconnect', {}, b.admin)).toMatchObject({ configured: false, status: 'uit' });
    const notLinked = await failure(b.t, b.t.core.call('sync.now', {}, b.admin));
    expect(notLinked.code).toBe('sync.not_configured');
  });

  it('a further desktop joins at its first start: it waits for approval, then has the office staff and its people sign in', async () => {
    const a = await desktop('A');
    await a.t.ok('sync.register', { serverUrl: url, code: await bootstrapCode(), name: 'Balie 1' }, a.admin);
    const { code } = await a.t.ok('sync.createCode', { approveAtOnce: false }, a.admin);

    const c = freshDesktop('C');
    const visitor = c.session();
    expect(await c.ok('auth.status', {}, visitor)).toMatchObject({ needsSetup: true });
    expect(await c.ok('sync.join', { serverUrl: url, code, name: 'Balie 3' }, visitor)).toMatchObject({ status: 'wacht_op_goedkeuring' });
    expect(await c.ok('sync.joinProgress', {}, visitor)).toMatchObject({ status: 'wacht_op_goedkeuring' });
    expect(await c.ok('auth.status', {}, visitor)).toMatchObject({ needsSetup: true });

    const joining = (await a.t.ok('sync.devices', {}, a.admin)).find((d) => d.name === 'Balie 3')!;
    await a.t.ok('sync.approveDevice', { id: joining.id }, a.admin);
    expect(await c.ok('sync.joinProgress', {}, visitor)).toMatchObject({ status: 'bijgewerkt', unsent: 0 });
    expect(await c.ok('auth.status', {}, visitor)).toMatchObject({ needsSetup: false });
    const signedIn = await c.ok('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, visitor);
    expect(signedIn.name).toBe(ADMIN.name);

    // Once the office's staff are here, joining is over: linking again is an admin's task.
    const again = await failure(c, c.core.call('sync.join', { serverUrl: url, code: await bootstrapCode(), name: 'Balie 3' }, c.session()));
    expect(again.code).toBe('sync.join_after_setup');
  });

  it('a wrong code and an unreachable server are told at their field, in Dutch; nothing is linked', async () => {
    const a = await desktop('A');
    const wrong = await failure(a.t, a.t.core.call('sync.register', { serverUrl: url, code: 'ABCD-EFGH-JKLM', name: 'Balie 1' }, a.admin));
    expect(wrong.fields).toEqual({ code: 'Deze registratiecode is onbekend, verlopen of al gebruikt.' });

    const closed = await failure(a.t, a.t.core.call('sync.register', { serverUrl: 'http://127.0.0.1:9', code: await bootstrapCode(), name: 'Balie 1' }, a.admin));
    expect(closed.fields?.serverUrl).toContain('niet bereikbaar');
    expect(await a.t.ok('sync.status', {}, a.admin)).toMatchObject({ configured: false });

    const bad = await failure(a.t, a.t.core.call('sync.register', { serverUrl: 'sync.servicedesk', code: 'x', name: '' }, a.admin));
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(['code', 'name', 'serverUrl']);
  });

  it('the same field changed on two desktops: a person sees both values and brings the losing one back everywhere', async () => {
    const a = await desktop('A');
    await a.t.ok('sync.register', { serverUrl: url, code: await bootstrapCode(), name: 'Balie 1' }, a.admin);
    const b = await desktop('B');
    await b.t.ok('sync.register', { serverUrl: url, code: await bootstrapCode(), name: 'Balie 2' }, b.admin);
    const person = await a.t.ok('persons.create', { kind: 'persoon', initials: 'J.', lastName: 'Berg', city: 'Woerden' }, a.admin);
    await a.t.ok('sync.now', {}, a.admin);
    await b.t.ok('sync.now', {}, b.admin);

    // Both change the city before either syncs; B's change is the later one and wins.
    await a.t.ok('persons.update', { id: person.id, kind: 'persoon', initials: 'J.', lastName: 'Berg', city: 'Utrecht' }, a.admin);
    b.t.clock.advance(60_000);
    await b.t.ok('persons.update', { id: person.id, kind: 'persoon', initials: 'J.', lastName: 'Berg', city: 'Gouda' }, b.admin);
    await b.t.ok('sync.now', {}, b.admin);
    await a.t.ok('sync.now', {}, a.admin);

    const [conflict, ...more] = await a.t.ok('sync.conflicts', {}, a.admin);
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({
      tableLabel: 'Personen en organisaties',
      rowLabel: 'Berg, J.',
      field: 'city',
      fieldLabel: 'Plaats',
      winningValue: 'Gouda',
      winningDevice: 'Balie 2',
      losingValue: 'Utrecht',
      losingDevice: 'Balie 1',
    });
    const reports = await a.t.ok('sync.reports', {}, a.admin);
    expect(reports).toMatchObject([{ status: 'conflict', rowLabel: 'Berg, J.', reason: expect.stringContaining('Tegelijk op een andere computer gewijzigd') }]);

    await a.t.ok('sync.resolveConflict', { id: conflict!.id, keep: 'losing' }, a.admin);
    await a.t.ok('sync.now', {}, a.admin);
    await b.t.ok('sync.now', {}, b.admin);
    expect((await b.t.ok('persons.get', { id: person.id }, b.admin)).city).toBe('Utrecht');
    expect((await a.t.ok('persons.get', { id: person.id }, a.admin)).city).toBe('Utrecht');
    expect(await b.t.ok('sync.conflicts', {}, b.admin)).toEqual([]);

    expect(await a.t.ok('sync.markReportsSeen', { mutationIds: reports.map((r) => r.mutationId) }, a.admin)).toEqual({ marked: 1 });
    expect(await a.t.ok('sync.reports', {}, a.admin)).toEqual([]);
    expect(await a.t.ok('sync.status', {}, a.admin)).toMatchObject({ unseenReports: 0 });
  });

  it('the service syncs on start and soon after local work, without anyone asking', async () => {
    const a = await desktop('A');
    await a.t.ok('sync.register', { serverUrl: url, code: await bootstrapCode(), name: 'Balie 1' }, a.admin);
    const b = await desktop('B');
    await b.t.ok('sync.register', { serverUrl: url, code: await bootstrapCode(), name: 'Balie 2' }, b.admin);
    // Fresh services with short timings: a start round, and a round 50 ms after a change.
    await a.t.core.sync!.stop();
    await b.t.core.sync!.stop();
    const person = await a.t.ok('persons.create', { kind: 'persoon', initials: 'P.', lastName: 'Dijk', city: 'Woerden' }, a.admin);
    a.t.core.sync!.start({ startDelayMs: 10, afterChangeMs: 50, intervalMs: 60_000 });
    b.t.core.sync!.start({ startDelayMs: 10, afterChangeMs: 50, intervalMs: 200 });

    await expect.poll(() => b.t.core.sqlite.prepare('SELECT city FROM persons WHERE id = ?').pluck().get(person.id), { timeout: 5_000 }).toBe('Woerden');
    await a.t.ok('persons.update', { id: person.id, kind: 'persoon', initials: 'P.', lastName: 'Dijk', city: 'Montfoort' }, a.admin);
    await expect.poll(() => b.t.core.sqlite.prepare('SELECT city FROM persons WHERE id = ?').pluck().get(person.id), { timeout: 5_000 }).toBe('Montfoort');
  });
});
