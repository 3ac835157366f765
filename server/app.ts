import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { SyncDatabase } from './db/client';
import { SyncError } from './errors';
import { deviceRoutes } from './http/device-routes';
import { conflictRoutes } from './http/conflict-routes';
import { checkSchemaVersion } from './http/guards';
import { syncRoutes } from './http/sync-routes';
import { DEFAULT_OFFICE_ID, ensureOffice, findOffice } from './offices';
import { schemaRange } from './sync/schema-range';

export interface AppOptions {
  db: SyncDatabase;
  /** Fastify's pino logger: JSON lines in production, off in tests. */
  logger?: FastifyServerOptions['logger'];
}

/** The sync server's HTTP API, without listening: tests use `inject` or listen on a random port. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db } = options;
  await ensureOffice(db);
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 64 * 1024 * 1024 });

  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/v1/')) checkSchemaVersion(request);
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof SyncError) {
      if (error.status >= 500) request.log.error(error);
      return reply.status(error.status).send({ code: error.code, message: error.message, ...error.details });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.status(status).send({ code: 'invalid_request', message: 'Het verzoek aan de syncserver is ongeldig.' });
    }
    request.log.error(error);
    return reply.status(500).send({ code: 'internal', message: 'Er ging iets mis op de syncserver. Probeer het later opnieuw.' });
  });

  app.get('/health', async () => {
    const office = await findOffice(db, DEFAULT_OFFICE_ID);
    return { ok: true, epoch: office!.epoch, version: office!.version, schemaRange };
  });

  deviceRoutes(app, db);
  syncRoutes(app, db);
  conflictRoutes(app, db);
  return app;
}
