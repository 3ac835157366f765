import type { FastifyInstance } from 'fastify';
import type { SyncDatabase } from '../db/client';
import { findOffice } from '../offices';
import { pullQuerySchema, pushBodySchema } from '../sync/contracts';
import { pull } from '../sync/pull';
import { push } from '../sync/push';
import { approvedDevice, checkEpoch, parse } from './guards';

export function syncRoutes(app: FastifyInstance, db: SyncDatabase): void {
  app.post('/v1/push', async (request) => {
    const device = await approvedDevice(db, request);
    const office = await findOffice(db, device.officeId);
    checkEpoch(request, office!.epoch);
    const body = parse(pushBodySchema, request.body);
    const result = await push(db, { officeId: device.officeId, deviceId: device.id, mutations: body.mutations });
    request.log.info(
      { deviceId: device.id, version: result.version, mutations: body.mutations.length, refused: result.refused?.seq ?? null },
      'push',
    );
    return { epoch: office!.epoch, ...result };
  });

  app.get('/v1/pull', async (request) => {
    const device = await approvedDevice(db, request);
    const office = await findOffice(db, device.officeId);
    checkEpoch(request, office!.epoch);
    const query = parse(pullQuerySchema, request.query);
    return { epoch: office!.epoch, ...(await pull(db, { officeId: device.officeId, cursor: query.cursor, limit: query.limit })) };
  });
}
