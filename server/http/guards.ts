import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Queryable } from '../db/client';
import { authenticateDevice, requireApproved, type Device } from '../devices/devices';
import { syncErrors } from '../errors';
import { schemaVersionHeaderSchema } from '../sync/contracts';
import { schemaRange } from '../sync/schema-range';

/** Every request names the desktop's schema version: below the accepted range → 426, the desktop queues. */
export function checkSchemaVersion(request: FastifyRequest): number {
  const parsed = schemaVersionHeaderSchema.safeParse(request.headers['x-schema-version']);
  if (!parsed.success) throw syncErrors.invalidRequest([{ path: ['x-schema-version'], message: 'required positive integer' }]);
  if (parsed.data < schemaRange.min) throw syncErrors.schemaTooOld(schemaRange);
  if (parsed.data > schemaRange.max) throw syncErrors.schemaTooNew(schemaRange);
  return parsed.data;
}

export async function approvedDevice(q: Queryable, request: FastifyRequest): Promise<Device> {
  return requireApproved(await authenticateDevice(q, request.headers.authorization));
}

/** Admin actions come from an approved device on behalf of a signed-in user with the admin role. */
export async function adminDevice(q: Queryable, request: FastifyRequest): Promise<Device> {
  const device = await approvedDevice(q, request);
  const roles = String(request.headers['x-sync-user-roles'] ?? '')
    .split(',')
    .map((r) => r.trim());
  if (!roles.includes('admin')) throw syncErrors.adminRequired();
  return device;
}

/** After a restore the desktop's cursor and acknowledgements are meaningless: it must resync fully. */
export function checkEpoch(request: FastifyRequest, epoch: string): void {
  if (request.headers['x-sync-epoch'] !== epoch) throw syncErrors.epoch(epoch);
}

export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw syncErrors.invalidRequest(parsed.error.issues.map((i) => ({ path: i.path, message: i.message })));
  return parsed.data;
}
