import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncFixture, type SyncFixture, type TestDevice } from '../testing/fixture';
import { pull } from './pull';

let f: SyncFixture;
let a: TestDevice;
beforeAll(async () => {
  f = await createSyncFixture();
  a = await f.device('Balie');
});
afterAll(() => f.close());

async function pullAll(cursor: string) {
  const pages: { count: number; cursor: string; hasMore: boolean }[] = [];
  const seen: string[] = [];
  for (;;) {
    const page = await pull(f.db, { officeId: f.officeId, cursor });
    seen.push(...page.rows.map((r) => r.rowId));
    pages.push({ count: page.rows.length, cursor: page.cursor, hasMore: page.hasMore });
    cursor = page.cursor;
    if (!page.hasMore) return { pages, seen, cursor };
  }
}

describe('pull', () => {
  it('returns one push of 2,500 rows in pages of 1,000, continuing inside the version, each row once', async () => {
    const ids = Array.from({ length: 2_500 }, (_, i) => `p${String(i).padStart(5, '0')}`);
    const { version } = await a.push(...ids.map((rowId) => ({ table: 'persons', rowId, op: 'insert' as const, baseServerVersion: 0, fields: { name: rowId } })));
    const { pages, seen, cursor } = await pullAll('0');
    expect(pages).toEqual([
      { count: 1_000, cursor: `${version}:persons:${ids[999]}`, hasMore: true },
      { count: 1_000, cursor: `${version}:persons:${ids[1999]}`, hasMore: true },
      { count: 500, cursor: String(version), hasMore: false },
    ]);
    expect(seen).toEqual(ids);
    expect(await pull(f.db, { officeId: f.officeId, cursor })).toEqual({ rows: [], cursor, hasMore: false });
  });

  it('moves the cursor to a plain version when a page ends with all rows of its version', async () => {
    const start = (await pullAll('0')).cursor;
    const first = await a.push({ table: 'persons', rowId: 'v1', op: 'insert', baseServerVersion: 0, fields: { name: 'een' } });
    const second = await a.push(
      { table: 'persons', rowId: 'v2', op: 'insert', baseServerVersion: 0, fields: { name: 'twee' } },
      { table: 'persons', rowId: 'v3', op: 'insert', baseServerVersion: 0, fields: { name: 'drie' } },
    );
    const page = await pull(f.db, { officeId: f.officeId, cursor: start, limit: 1 });
    expect(page).toMatchObject({ cursor: String(first.version), hasMore: true, rows: [{ rowId: 'v1' }] });
    const next = await pull(f.db, { officeId: f.officeId, cursor: page.cursor, limit: 1 });
    expect(next).toMatchObject({ cursor: `${second.version}:persons:v2`, hasMore: true });
    // A changed row moves to the new version: it is pulled again there, with its new base.
    const edit = await a.push({ table: 'persons', rowId: 'v1', op: 'update', baseServerVersion: first.version, fields: { name: 'een!' } });
    const rest = await pull(f.db, { officeId: f.officeId, cursor: next.cursor });
    expect(rest.rows.map((r) => [r.rowId, r.serverVersion, r.fields.name])).toEqual([
      ['v3', second.version, 'drie'],
      ['v1', edit.version, 'een!'],
    ]);
  });

  it('through HTTP: pages of at most 1,000 and a validated cursor', async () => {
    const response = await f.app.inject({ method: 'GET', url: '/v1/pull?cursor=0', headers: a.headers });
    expect(response.statusCode).toBe(200);
    expect(response.json().rows).toHaveLength(1_000);
    expect(response.json()).toMatchObject({ hasMore: true, epoch: await f.epoch() });
    const tooMany = await f.app.inject({ method: 'GET', url: '/v1/pull?cursor=0&limit=5000', headers: a.headers });
    expect(tooMany.statusCode).toBe(400);
    const badCursor = await f.app.inject({ method: 'GET', url: '/v1/pull?cursor=abc', headers: a.headers });
    expect(badCursor.json().code).toBe('invalid_request');
  });
});
