import type { FastifyInstance } from 'fastify';
import type { SyncDatabase } from '../db/client';
import { listOpenConflicts, resolveConflict } from '../sync/conflict-review';
import { conflictParamsSchema, resolveConflictBodySchema } from '../sync/contracts';
import { approvedDevice, parse } from './guards';

/** The conflicts screen of every desktop in the office reads and settles the same list. */
export function conflictRoutes(app: FastifyInstance, db: SyncDatabase): void {
  app.get('/v1/conflicts', async (request) => {
    const device = await approvedDevice(db, request);
    return { conflicts: await listOpenConflicts(db, device.officeId) };
  });

  app.post('/v1/conflicts/:id/resolve', async (request) => {
    const device = await approvedDevice(db, request);
    const { id } = parse(conflictParamsSchema, request.params);
    const body = parse(resolveConflictBodySchema, request.body);
    const conflict = await resolveConflict(db, device.officeId, { id, ...body, deviceId: device.id });
    request.log.info({ deviceId: device.id, conflict: id, resolution: body.resolution }, 'conflict resolved');
    return conflict;
  });
}
