import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { updateSyncState } from '../sync/state';
import { allocateNumber } from './allocate';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

describe('number series', () => {
  it('hands out consecutive numbers, never reused, and none for a write that fails', async () => {
    const { adminUser } = await withAdmin(t);
    const next = () => t.core.write(adminUser.id, (w) => allocateNumber(w, t.core.db, 'members', { prefix: 'L' }));
    expect(next()).toBe('L000001');
    expect(next()).toBe('L000002');
    expect(() =>
      t.core.write(adminUser.id, (w) => {
        allocateNumber(w, t.core.db, 'members', { prefix: 'L' });
        throw new Error('the member could not be saved');
      }),
    ).toThrow();
    expect(next()).toBe('L000003');
  });

  it('keeps the series on this desktop: it is audited but not in the sync change log', async () => {
    const { adminUser } = await withAdmin(t);
    t.core.write(adminUser.id, (w) => allocateNumber(w, t.core.db, 'members', { prefix: 'L' }));
    expect(t.core.sqlite.prepare("SELECT count(*) AS n FROM change_log WHERE table_name = 'number_series'").get()).toEqual({ n: 0 });
    expect(t.core.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE table_name = 'number_series'").get()).not.toEqual({ n: 0 });
  });

  it('a desktop linked to a sync server puts its own letter after the prefix, so no two desktops share a number', async () => {
    const { adminUser } = await withAdmin(t);
    const next = () => t.core.write(adminUser.id, (w) => allocateNumber(w, t.core.db, 'members', { prefix: 'L' }));
    expect(next()).toBe('L000001');
    updateSyncState(t.core.db, { serverUrl: 'https://sync.example', deviceId: 'device-b', numberPrefix: 'B' });
    expect(next()).toBe('LB000002');
    expect(t.core.write(adminUser.id, (w) => allocateNumber(w, t.core.db, 'complaints-2026', { prefix: 'K2026-' }))).toBe('K2026-B000001');
  });
});
