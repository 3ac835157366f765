import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persons } from '../../db/schema';
import type { Fetch } from '../../core/sync/http';
import { loadSyncState } from '../../core/sync/state';
import { convergenceProblems } from './invariants';
import { faultyFetch, injectFetch, LostConnection, startSyncLab, type LabDesktop, type SyncLab } from './lab';

/**
 * Faults at the boundary between a desktop and the server, each on its own office of one shared
 * server: answers lost after the server committed, a desktop killed while pushing or between pull
 * pages (a fresh core then opens the same file), clocks a day off, and a desktop of an older release.
 */
let lab: SyncLab;
beforeAll(async () => {
  lab = await startSyncLab();
});
afterAll(() => lab?.close());

const create = (d: LabDesktop, lastName: string) =>
  d.core.write(`user-${d.name}`, (w) => w.insert(persons, { kind: 'persoon', initials: 'J.', lastName, sortName: `${lastName}, J.` })).id;
const rename = (d: LabDesktop, id: string, lastName: string) => d.core.write(`user-${d.name}`, (w) => w.update(persons, id, { lastName, sortName: `${lastName}, J.` }));
const lastNameOn = (d: LabDesktop, id: string) => d.core.sqlite.prepare('SELECT last_name FROM persons WHERE id = ?').pluck().get(id);

async function office(...names: string[]) {
  const officeId = await lab.office();
  const desktops: LabDesktop[] = [];
  for (const name of names) desktops.push(await lab.desktop(officeId, name));
  return { officeId, desktops };
}

async function serverCount(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await lab.database.db.query<{ n: string }>(sql, params);
  return Number(rows[0]!.n);
}

describe('sync faults', () => {
  it('the push answer is lost after the server committed: the retry is acknowledged as a duplicate, nothing is applied twice', async () => {
    const { officeId, desktops } = await office('A', 'B');
    const [a, b] = desktops as [LabDesktop, LabDesktop];
    const id = create(a, 'Berg');
    rename(a, id, 'Dijk');

    const lost = faultyFetch(lab.app, 'push-response-lost');
    expect(await a.sync({ fetch: lost.fetch })).toMatchObject({ status: 'offline' });
    expect(lost.state.fired).toBe(true);
    // The server has both entries; the desktop does not know it yet.
    expect(await serverCount('SELECT count(*) AS n FROM sync_mutations WHERE device_id = $1', [a.deviceId])).toBe(2);
    expect(a.unsent()).toBe(2);

    expect(await a.sync()).toMatchObject({ status: 'bijgewerkt', pushed: 2 });
    expect(a.unsent()).toBe(0);
    expect(await serverCount('SELECT count(*) AS n FROM sync_mutations WHERE device_id = $1', [a.deviceId])).toBe(2);
    expect(await b.sync()).toMatchObject({ status: 'bijgewerkt' });
    expect(lastNameOn(b, id)).toBe('Dijk');
    expect(await convergenceProblems(lab.database.db, officeId, desktops)).toEqual([]);
  });

  it('a desktop killed mid-push (after the server committed its second batch) reopens its file and finishes without a gap or a double', async () => {
    const { officeId, desktops } = await office('A', 'B');
    const [a, b] = desktops as [LabDesktop, LabDesktop];
    for (const name of ['Aa', 'Bos', 'Cats']) create(a, name);
    const base = injectFetch(lab.app);
    let pushes = 0;
    const dies: Fetch = async (input, init) => {
      const response = await base(input, init);
      if (String(input).includes('v1/push') && ++pushes === 2) throw new LostConnection('killed after the second push committed');
      return response;
    };

    expect(await a.sync({ fetch: dies, batchSize: 1 })).toMatchObject({ status: 'offline', pushed: 1 });
    a.crash();
    expect(a.unsent()).toBe(2); // the second entry is on the server, unacknowledged here
    expect(await serverCount('SELECT last_seq AS n FROM devices WHERE id = $1', [a.deviceId])).toBe(2);

    expect(await a.sync({ batchSize: 1 })).toMatchObject({ status: 'bijgewerkt', pushed: 2 });
    expect(await serverCount('SELECT last_seq AS n FROM devices WHERE id = $1', [a.deviceId])).toBe(3);
    await b.sync();
    expect(b.core.sqlite.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(3);
    expect(await convergenceProblems(lab.database.db, officeId, desktops)).toEqual([]);
  });

  it('a desktop killed between pull pages resumes from the last whole page; every row arrives once, audited once', async () => {
    const { officeId, desktops } = await office('A', 'B');
    const [a, b] = desktops as [LabDesktop, LabDesktop];
    const ids = ['Aa', 'Bos', 'Cats', 'Dam', 'Eik'].map((name) => create(a, name));
    await a.sync({ batchSize: 1 }); // one server version per row, so pages end on whole versions

    const crash = faultyFetch(lab.app, 'crash-mid-pull');
    expect(await b.sync({ fetch: crash.fetch, pageSize: 2 })).toMatchObject({ status: 'offline', pulled: 2 });
    expect(crash.state.crashed).toBe(true);
    b.crash();
    const cursorAfterCrash = loadSyncState(b.core.db).cursor;
    expect(cursorAfterCrash).toBeGreaterThan(0);
    expect(b.core.sqlite.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(2);

    expect(await b.sync({ pageSize: 2 })).toMatchObject({ status: 'bijgewerkt', pulled: 3 });
    for (const id of ids) {
      const inserts = b.core.sqlite.prepare("SELECT count(DISTINCT tx_id) FROM audit_log WHERE row_id = ? AND op = 'insert'").pluck().get(id);
      expect(inserts, id).toBe(1);
    }
    expect(await convergenceProblems(lab.database.db, officeId, desktops)).toEqual([]);
  });

  it('clocks a day off: the later timestamp wins everywhere (a clock a day ahead beats a change made after it), the loser is kept', async () => {
    const { officeId, desktops } = await office('A', 'B', 'C');
    const [ahead, behind, c] = desktops as [LabDesktop, LabDesktop, LabDesktop];
    ahead.clock.advance(86_400_000);
    behind.clock.advance(-86_400_000);
    const id = create(behind, 'Berg');
    await behind.sync();
    await ahead.sync();

    rename(ahead, id, 'Vooruit'); // first in real time, but stamped a day ahead
    behind.clock.advance(60_000);
    rename(behind, id, 'Achter');
    await behind.sync();
    await ahead.sync();
    await behind.sync();
    await c.sync();

    for (const d of desktops) expect(lastNameOn(d, id), d.name).toBe('Vooruit');
    const { rows } = await lab.database.db.query<{ losing_value: unknown; losing_device: string }>(
      `SELECT losing_value, losing_device FROM sync_conflicts WHERE office_id = $1 AND row_id = $2 AND field = 'lastName'`,
      [officeId, id],
    );
    expect(rows).toEqual([{ losing_value: 'Achter', losing_device: behind.deviceId }]);
    expect(await convergenceProblems(lab.database.db, officeId, desktops)).toEqual([]);
  });

  it('426, an old desktop against a new server: it keeps working and queueing; once upgraded it syncs everything', async () => {
    const { officeId, desktops } = await office('Oud', 'B');
    const [old, b] = desktops as [LabDesktop, LabDesktop];
    const base = injectFetch(lab.app);
    const olderRelease: Fetch = (input, init) => base(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-schema-version': '13' } });

    create(old, 'Berg');
    expect(await old.sync({ fetch: olderRelease })).toMatchObject({ status: 'verouderd', pushed: 0, error: expect.stringContaining('te oud') });
    create(old, 'Dijk');
    expect(await old.sync({ fetch: olderRelease })).toMatchObject({ status: 'verouderd' });
    expect(old.unsent()).toBe(2);
    expect(await serverCount('SELECT count(*) AS n FROM sync_rows WHERE office_id = $1', [officeId])).toBe(0);

    // The update: same file, a new release.
    old.crash();
    expect(await old.sync()).toMatchObject({ status: 'bijgewerkt', pushed: 2 });
    await b.sync();
    expect(b.core.sqlite.prepare('SELECT last_name FROM persons ORDER BY last_name').pluck().all()).toEqual(['Berg', 'Dijk']);
    expect(await convergenceProblems(lab.database.db, officeId, desktops)).toEqual([]);
  });

  it('control: the convergence check notices a desktop that drifted from the server and an entry never sent', async () => {
    const { officeId, desktops } = await office('A', 'B');
    const [a, b] = desktops as [LabDesktop, LabDesktop];
    const id = create(a, 'Berg');
    await a.sync();
    await b.sync();
    expect(await convergenceProblems(lab.database.db, officeId, desktops)).toEqual([]);

    b.core.sqlite.prepare("UPDATE persons SET last_name = 'Stiekem' WHERE id = ?").run(id); // behind sync's back
    create(a, 'Dijk'); // never synced
    const problems = await convergenceProblems(lab.database.db, officeId, desktops);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`B: persons:${id} differs from the server (lastName: here "Stiekem", server "Berg")`),
        expect.stringMatching(/^A: outbox entry 2 .* was never acknowledged$/),
        expect.stringMatching(/^A: persons:.* exists here only/),
      ]),
    );
  });
});
