import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistrationCode } from './codes';
import { createSyncFixture, deviceFrom, type SyncFixture, type TestDevice } from '../testing/fixture';
import type { Registration } from './register';

let f: SyncFixture;
let admin: TestDevice;
beforeAll(async () => {
  f = await createSyncFixture();
  admin = await f.device('Beheer');
});
afterAll(() => f.close());

const insertPerson = (rowId: string) => ({ mutations: [{ mutationId: `p-${rowId}`, seq: 1, table: 'persons', rowId, op: 'insert', at: '2026-11-21T10:00:00.000Z', userId: 'u1', baseServerVersion: 0, fields: { name: 'Jansen' } }] });

async function registerWithNewCode(name: string): Promise<TestDevice> {
  const code = await f.app.inject({ method: 'POST', url: '/v1/admin/codes', headers: admin.adminHeaders });
  expect(code.statusCode).toBe(200);
  const registered = await f.app.inject({
    method: 'POST',
    url: '/v1/devices/register',
    headers: { 'x-schema-version': admin.headers['x-schema-version']! },
    payload: { code: code.json().code.toLowerCase(), name },
  });
  expect(registered.statusCode).toBe(200);
  return deviceFrom(f.db, registered.json() as Registration);
}

describe('devices', () => {
  it('a code made on the server approves its device at once (bootstrap), and is used only once', async () => {
    const { code } = await createRegistrationCode(f.db, f.officeId, { autoApprove: true });
    const payload = { code, name: 'Directie thuis' };
    const headers = { 'x-schema-version': admin.headers['x-schema-version']! };
    const first = await f.app.inject({ method: 'POST', url: '/v1/devices/register', headers, payload });
    expect(first.json()).toMatchObject({ status: 'approved', epoch: await f.epoch() });
    expect(first.json().credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await f.app.inject({ method: 'POST', url: '/v1/devices/register', headers, payload });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({ code: 'registration_code_invalid', message: 'Deze registratiecode is onbekend, verlopen of al gebruikt.' });
  });

  it('an expired code is refused', async () => {
    const { code } = await createRegistrationCode(f.db, f.officeId, { now: new Date(Date.now() - 8 * 86_400_000) });
    const response = await f.app.inject({ method: 'POST', url: '/v1/devices/register', headers: { 'x-schema-version': admin.headers['x-schema-version']! }, payload: { code, name: 'Oud' } });
    expect(response.json().code).toBe('registration_code_invalid');
  });

  it('a device registered with an admin code is pending until approved, then syncs; revoked, it is refused and told so', async () => {
    const desk = await registerWithNewCode('Balie 2');
    expect(desk.status).toBe('pending');

    const pending = await f.app.inject({ method: 'POST', url: '/v1/push', headers: desk.headers, payload: insertPerson('r1') });
    expect(pending.statusCode).toBe(403);
    expect(pending.json()).toEqual({ code: 'device_pending', message: 'Deze computer wacht nog op goedkeuring door een beheerder.' });
    expect((await f.app.inject({ method: 'GET', url: '/v1/devices/me', headers: desk.headers })).json()).toMatchObject({ status: 'pending' });

    const approved = await f.app.inject({ method: 'POST', url: `/v1/admin/devices/${desk.deviceId}/approve`, headers: admin.adminHeaders });
    expect(approved.json()).toMatchObject({ id: desk.deviceId, status: 'approved', name: 'Balie 2' });
    const pushed = await f.app.inject({ method: 'POST', url: '/v1/push', headers: desk.headers, payload: insertPerson('r1') });
    expect(pushed.statusCode).toBe(200);
    expect(pushed.json().acks[0]).toMatchObject({ status: 'applied' });

    const revoked = await f.app.inject({ method: 'POST', url: `/v1/admin/devices/${desk.deviceId}/revoke`, headers: admin.adminHeaders });
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    for (const [method, url] of [['POST', '/v1/push'], ['GET', '/v1/pull'], ['GET', '/v1/devices/me']] as const) {
      const refused = await f.app.inject({ method, url, headers: desk.headers, ...(method === 'POST' ? { payload: insertPerson('r2') } : {}) });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toEqual({ code: 'device_revoked', message: 'Deze computer is ingetrokken door een beheerder en mag niet meer synchroniseren.' });
    }
    const reapprove = await f.app.inject({ method: 'POST', url: `/v1/admin/devices/${desk.deviceId}/approve`, headers: admin.adminHeaders });
    expect(reapprove.statusCode).toBe(409);
  });

  it('only an approved device acting for an admin may manage devices', async () => {
    const desk = await f.device('Balie 3');
    const asStaff = await f.app.inject({ method: 'GET', url: '/v1/admin/devices', headers: desk.headers });
    expect(asStaff.statusCode).toBe(403);
    expect(asStaff.json()).toEqual({ code: 'admin_required', message: 'Alleen een beheerder mag dit doen.' });
    const pending = await registerWithNewCode('Balie 4');
    const asPending = await f.app.inject({ method: 'POST', url: '/v1/admin/codes', headers: pending.adminHeaders });
    expect(asPending.json().code).toBe('device_pending');
    const listed = await f.app.inject({ method: 'GET', url: '/v1/admin/devices', headers: admin.adminHeaders });
    expect(listed.json().devices.map((d: { name: string }) => d.name)).toEqual(expect.arrayContaining(['Beheer', 'Balie 3', 'Balie 4']));
    expect(JSON.stringify(listed.json())).not.toContain('credential');
  });

  it('a wrong or missing credential is refused', async () => {
    const wrong = await f.app.inject({ method: 'GET', url: '/v1/pull', headers: { ...admin.headers, authorization: `Bearer ${admin.deviceId}:nope` } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('unauthorized');
    const { authorization: _, ...withoutAuth } = admin.headers;
    expect((await f.app.inject({ method: 'GET', url: '/v1/pull', headers: withoutAuth })).statusCode).toBe(401);
  });

  it('every device gets its own number prefix', async () => {
    const devices = await Promise.all(['X1', 'X2', 'X3', 'X4'].map((name) => f.device(name)));
    const listed = await f.app.inject({ method: 'GET', url: '/v1/admin/devices', headers: admin.adminHeaders });
    const prefixes = listed.json().devices.map((d: { numberPrefix: string }) => d.numberPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(devices.map((d) => d.numberPrefix).every((p) => /^[A-Z]+$/.test(p))).toBe(true);
  });
});
