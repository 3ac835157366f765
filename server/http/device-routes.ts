import type { FastifyInstance } from 'fastify';
import type { SyncDatabase } from '../db/client';
import { createRegistrationCode } from '../devices/codes';
import { approveDevice, authenticateDevice, listDevices, revokeDevice, type Device } from '../devices/devices';
import { registerDevice } from '../devices/register';
import { syncErrors } from '../errors';
import { createCodeBodySchema, deviceParamsSchema, registerBodySchema } from '../sync/contracts';
import { adminDevice, parse } from './guards';

const publicDevice = (d: Device) => ({
  id: d.id,
  name: d.name,
  status: d.status,
  numberPrefix: d.numberPrefix,
  lastSeq: d.lastSeq,
  registeredAt: d.registeredAt,
  approvedAt: d.approvedAt,
  revokedAt: d.revokedAt,
});

export function deviceRoutes(app: FastifyInstance, db: SyncDatabase): void {
  app.post('/v1/devices/register', async (request) => {
    const body = parse(registerBodySchema, request.body);
    return registerDevice(db, body);
  });

  // A pending device polls here to learn that it was approved.
  app.get('/v1/devices/me', async (request) => {
    const device = await authenticateDevice(db, request.headers.authorization);
    if (device.status === 'revoked') throw syncErrors.deviceRevoked();
    return publicDevice(device);
  });

  app.post('/v1/admin/codes', async (request) => {
    const admin = await adminDevice(db, request);
    const body = parse(createCodeBodySchema, request.body ?? {});
    return createRegistrationCode(db, admin.officeId, { autoApprove: body.autoApprove });
  });

  app.get('/v1/admin/devices', async (request) => {
    const admin = await adminDevice(db, request);
    return { devices: (await listDevices(db, admin.officeId)).map(publicDevice) };
  });

  app.post('/v1/admin/devices/:id/approve', async (request) => {
    const admin = await adminDevice(db, request);
    const { id } = parse(deviceParamsSchema, request.params);
    return publicDevice(await approveDevice(db, admin.officeId, id));
  });

  app.post('/v1/admin/devices/:id/revoke', async (request) => {
    const admin = await adminDevice(db, request);
    const { id } = parse(deviceParamsSchema, request.params);
    return publicDevice(await revokeDevice(db, admin.officeId, id));
  });
}
