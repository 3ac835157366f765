import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientSession } from '../context';
import { ADMIN, withAdmin } from '../testing/harness';
import { syncOnce } from './client';
import type { Fetch } from './http';
import { loadSyncState } from './state';
import { startTestSyncServer, type TestDesktop, type TestSyncServer } from './test-server';

// A first pull that brings a whole office sets the plain indexes and the name search aside and
// builds them once at the end (core/sync/bulk-pull.ts, db/deferred-schema.ts).
let server: TestSyncServer;
let a: TestDesktop;
let adminA: ClientSession;
beforeEach(async () => {
  server = await startTestSyncServer();
  a = await server.desktop('A');
  adminA = (await withAdmin(a.t)).admin;
});
afterEach(() => server.close());

const NAMES = ['Yılmaz', 'de Vries', 'Bakker', 'Jansen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos'];

/** Each pull request, with how many indexes and triggers the desktop had set aside when it asked. */
function watchedFetch(desktop: () => TestDesktop | undefined, failPullNumber?: number) {
  const pulls: number[] = [];
  const watched: Fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    if (String(input).includes('v1/pull')) {
      const d = desktop();
      pulls.push(d ? (d.t.core.sqlite.prepare('SELECT count(*) FROM deferred_schema').pluck().get() as number) : 0);
      if (pulls.length === failPullNumber) throw new TypeError('fetch failed');
    }
    return fetch(input, init);
  }) as Fetch;
  return { fetch: watched, pulls };
}

async function pull(d: TestDesktop, fetchFor: Fetch, pageSize: number) {
  const state = loadSyncState(d.t.core.db);
  const { credential } = (await d.store.load())!;
  return syncOnce({ core: d.t.core, fetch: fetchFor, serverUrl: state.serverUrl!, deviceId: state.deviceId!, credential, pageSize });
}

const indexesOf = (d: TestDesktop) =>
  d.t.core.sqlite.prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY type, name`).all();

async function signIn(d: TestDesktop): Promise<ClientSession> {
  const session = d.t.session();
  await d.t.ok('auth.signIn', { username: ADMIN.username, password: ADMIN.password }, session);
  return session;
}

describe('a first pull of a whole office', () => {
  beforeEach(async () => {
    for (const lastName of NAMES) await a.t.ok('persons.create', { kind: 'persoon', initials: 'A.', lastName, city: 'Woerden' }, adminA);
    expect(await a.sync()).toMatchObject({ status: 'bijgewerkt' });
  });

  it('builds indexes and name search once at the end: afterwards the schema is whole and the search finds pulled persons', async () => {
    let b: TestDesktop | undefined;
    const watch = watchedFetch(() => b);
    b = await server.desktop('B', undefined, watch.fetch);

    expect(await pull(b, watch.fetch, 3)).toMatchObject({ status: 'bijgewerkt' });

    // The first page came in row by row (the second was asked for meanwhile); from then on the indexes were set aside.
    expect(watch.pulls.slice(0, 2)).toEqual([0, 0]);
    expect(watch.pulls.length).toBeGreaterThan(3);
    expect(Math.min(...watch.pulls.slice(2))).toBeGreaterThan(10);
    expect(b.t.core.sqlite.prepare('SELECT count(*) FROM deferred_schema').pluck().get()).toBe(0);
    expect(indexesOf(b)).toEqual(indexesOf(a));
    const adminB = await signIn(b);
    for (const text of ['Yilmaz', 'Yılmaz', 'Vries']) {
      const found = await b.t.ok('persons.list', { text, limit: 10 }, adminB);
      expect(found.rows.map((r) => r.displayName)).toEqual([text === 'Vries' ? 'A. de Vries' : 'A. Yılmaz']);
    }
    // S3: each pulled row is one line in the trail, under its creator.
    const lines = b.t.core.sqlite.prepare("SELECT count(*) FROM audit_log WHERE table_name = 'persons' AND field = '*'").pluck().get();
    expect(lines).toBe(NAMES.length);
  });

  it('a pull cut off halfway builds the indexes again at once, and the next round brings the rest', async () => {
    let b: TestDesktop | undefined;
    const watch = watchedFetch(() => b, 4);
    b = await server.desktop('B', undefined, watch.fetch);

    expect(await pull(b, watch.fetch, 3)).toMatchObject({ status: 'offline' });
    expect(b.t.core.sqlite.prepare('SELECT count(*) FROM deferred_schema').pluck().get()).toBe(0);
    expect(indexesOf(b)).toEqual(indexesOf(a));

    expect(await pull(b, fetch, 3)).toMatchObject({ status: 'bijgewerkt' });
    const persons = (d: TestDesktop) => d.t.core.sqlite.prepare('SELECT id, sort_name FROM persons ORDER BY id').all();
    expect(persons(b)).toEqual(persons(a));
  });

  it('the desktop that pushed the rows pulls them back row by row: nothing new, nothing set aside', async () => {
    const watch = watchedFetch(() => a);
    a.t.core.sqlite.prepare('UPDATE sync_state SET cursor = 0').run();

    expect(await pull(a, watch.fetch, 3)).toMatchObject({ status: 'bijgewerkt' });

    expect(watch.pulls.length).toBeGreaterThan(3);
    expect(watch.pulls.every((n) => n === 0)).toBe(true);
  });
});
