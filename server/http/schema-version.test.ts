import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncFixture, type SyncFixture, type TestDevice } from '../testing/fixture';
import { schemaRange } from '../sync/schema-range';
import { SCHEMA_VERSION } from '../../core/mutation/schema-version';

let f: SyncFixture;
let a: TestDevice;
beforeAll(async () => {
  f = await createSyncFixture();
  a = await f.device('Balie');
});
afterAll(() => f.close());

describe('schema version range', () => {
  it('accepts up to the schema version of this code base; the health check names the range', async () => {
    expect(schemaRange.max).toBe(SCHEMA_VERSION);
    const health = await f.app.inject({ method: 'GET', url: '/health' });
    expect(health.json()).toEqual({ ok: true, epoch: await f.epoch(), version: expect.any(Number), schemaRange: { min: schemaRange.min, max: SCHEMA_VERSION } });
  });

  it('answers 426 with a Dutch reason to a desktop below the range, on every request', async () => {
    const old = { ...a.headers, 'x-schema-version': String(schemaRange.min - 1) };
    for (const [method, url] of [['POST', '/v1/push'], ['GET', '/v1/pull'], ['POST', '/v1/devices/register']] as const) {
      const response = await f.app.inject({ method, url, headers: old, ...(method === 'POST' ? { payload: {} } : {}) });
      expect(response.statusCode).toBe(426);
      expect(response.json()).toEqual({
        code: 'schema_too_old',
        message: 'Deze versie van Servicedesk is te oud voor de syncserver. Werk de app bij; uw wijzigingen blijven op deze computer bewaard en worden verstuurd na de update.',
        schemaRange,
      });
    }
  });

  it('refuses a desktop newer than the server, and a request without a schema version', async () => {
    const newer = await f.app.inject({ method: 'GET', url: '/v1/pull', headers: { ...a.headers, 'x-schema-version': String(schemaRange.max + 1) } });
    expect(newer.statusCode).toBe(409);
    expect(newer.json().code).toBe('schema_too_new');
    const { 'x-schema-version': _, ...without } = a.headers;
    expect((await f.app.inject({ method: 'GET', url: '/v1/pull', headers: without })).json().code).toBe('invalid_request');
  });
});
