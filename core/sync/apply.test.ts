import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientSession } from '../context';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { applyPulledPage } from './apply';
import { readOutbox } from './outbox';
import type { PulledRow, SyncMutation } from './protocol';

// Two desktops: B makes changes, A applies them as the server hands them out.
let a: TestCore;
let b: TestCore;
let adminA: ClientSession;
let adminB: ClientSession;
let userB: string;
beforeEach(async () => {
  a = createTestCore();
  b = createTestCore('2026-11-21T10:00:00Z');
  adminA = (await withAdmin(a)).admin;
  const signedInB = await withAdmin(b);
  adminB = signedInB.admin;
  userB = signedInB.adminUser.id;
});
afterEach(() => {
  a.close();
  b.close();
});

const PERSON = { kind: 'persoon' as const, initials: 'J.', lastName: 'Berg', city: 'Woerden' };

/** The row the server holds after B's mutations of it: fields folded in order, each with its clock. */
function serverRow(mutations: SyncMutation[], serverVersion: number): PulledRow {
  const first = mutations[0]!;
  const last = mutations.at(-1)!;
  const row: PulledRow = {
    ...{ table: first.table, rowId: first.rowId, fields: {}, deletedAt: null, serverVersion, fieldClocks: {} },
    ...{ createdAt: first.at, createdBy: first.userId, updatedAt: last.at, updatedBy: last.userId },
  };
  for (const m of mutations) {
    for (const [field, value] of Object.entries(m.fields)) {
      if (field === 'deletedAt') row.deletedAt = value as string;
      else row.fields[field] = value;
      row.fieldClocks![field] = { at: m.at, deviceId: 'desktop-b', userId: m.userId };
    }
  }
  return row;
}

function mutationsOf(core: TestCore, rowId: string) {
  return readOutbox(core.core.sqlite, 10_000).filter((m) => m.rowId === rowId);
}

const audit = (core: TestCore, rowId: string) =>
  core.core.sqlite.prepare('SELECT op, field, new_value, user_id, at FROM audit_log WHERE row_id = ? ORDER BY seq').all(rowId) as {
    op: string;
    field: string;
    new_value: string | null;
    user_id: string | null;
    at: string;
  }[];
const changeLogOf = (core: TestCore, rowId: string) => core.core.sqlite.prepare('SELECT count(*) FROM change_log WHERE row_id = ?').pluck().get(rowId);
const versionOf = (core: TestCore, table: string, rowId: string) =>
  core.core.sqlite.prepare('SELECT server_version FROM sync_versions WHERE table_name = ? AND row_id = ?').pluck().get(table, rowId);

describe('applying a pulled page', () => {
  it('writes the row with the same id, audits it under the remote author and time, and writes no change-log entry (no echo)', async () => {
    const jan = await b.ok('persons.create', PERSON, adminB);
    const changed: string[][] = [];
    a.core.events.on('changed', (tables) => changed.push(tables));

    const result = applyPulledPage(a.core, [serverRow(mutationsOf(b, jan.id), 4)]);

    expect(result).toEqual({ applied: 1, inserted: 1, unchanged: 0, skipped: 0, failed: 0 });
    const onA = await a.ok('persons.get', { id: jan.id }, adminA);
    expect(onA).toMatchObject({ id: jan.id, lastName: 'Berg', sortName: jan.sortName, city: 'Woerden', version: 1 });
    const meta = a.core.sqlite.prepare('SELECT created_by, created_at, updated_by FROM persons WHERE id = ?').get(jan.id);
    expect(meta).toEqual({ created_by: userB, created_at: '2026-11-21T10:00:00.000Z', updated_by: userB });
    // S3: stored as one line holding the row as it arrived, shown field by field.
    const stored = audit(a, jan.id);
    expect(stored).toEqual([{ op: 'insert', field: '*', new_value: expect.stringContaining('"lastName":"Berg"'), user_id: userB, at: '2026-11-21T10:00:00.000Z' }]);
    const { entries } = await a.ok('audit.history', { tableName: 'persons', rowId: jan.id, limit: 50 }, adminA);
    const sent = mutationsOf(b, jan.id)[0]!.fields;
    expect(entries.map((e) => e.field)).toEqual(Object.keys(sent).filter((f) => sent[f] !== null));
    expect(entries.every((e) => e.op === 'insert' && e.userId === userB && e.at === '2026-11-21T10:00:00.000Z')).toBe(true);
    expect(entries.find((e) => e.field === 'lastName')?.newValue).toBe('Berg');
    expect(changeLogOf(a, jan.id)).toBe(0);
    expect(versionOf(a, 'persons', jan.id)).toBe(4);
    expect(changed).toEqual([['persons']]);
    // The search index follows (database triggers), so a pulled person is found like a local one.
    const found = await a.ok('search.everywhere', { query: 'Berg' }, adminA);
    expect(JSON.stringify(found)).toContain(jan.id);
  });

  it('a later version audits only the fields that changed; the same page again changes nothing', async () => {
    const jan = await b.ok('persons.create', PERSON, adminB);
    applyPulledPage(a.core, [serverRow(mutationsOf(b, jan.id), 4)]);
    b.clock.advance(60_000);
    await b.ok('persons.update', { ...PERSON, city: 'Utrecht', id: jan.id }, adminB);
    // Without field clocks, a change is audited under the row's last author.
    const later: PulledRow = { ...serverRow(mutationsOf(b, jan.id), 5), fieldClocks: undefined };

    expect(applyPulledPage(a.core, [later])).toMatchObject({ applied: 1 });
    const updates = audit(a, jan.id).filter((l) => l.op === 'update');
    expect(updates).toEqual([{ op: 'update', field: 'city', new_value: '"Utrecht"', user_id: userB, at: '2026-11-21T10:01:00.000Z' }]);
    expect(applyPulledPage(a.core, [later])).toMatchObject({ applied: 0, unchanged: 1 });
    expect(audit(a, jan.id).filter((l) => l.op === 'update')).toHaveLength(1);
    expect((await a.ok('persons.get', { id: jan.id }, adminA)).version).toBe(2);
  });

  it('unsent local changes are re-applied on top: what was typed here stays visible until the server decides', async () => {
    const jan = await b.ok('persons.create', PERSON, adminB);
    applyPulledPage(a.core, [serverRow(mutationsOf(b, jan.id), 4)]);
    await a.ok('persons.update', { ...PERSON, lastName: 'Bergen', id: jan.id }, adminA); // unsent on A
    b.clock.advance(60_000);
    await b.ok('persons.update', { ...PERSON, lastName: 'Berghuis', city: 'Utrecht', id: jan.id }, adminB);

    applyPulledPage(a.core, [serverRow(mutationsOf(b, jan.id), 5)]);

    const onA = await a.ok('persons.get', { id: jan.id }, adminA);
    expect(onA).toMatchObject({ lastName: 'Bergen', city: 'Utrecht' });
    // The remote name never became visible here, so the trail records only the city from B.
    const fromB = audit(a, jan.id).filter((l) => l.op === 'update' && l.user_id === userB);
    expect(fromB.map((l) => l.field)).toEqual(['city']);
    expect(changeLogOf(a, jan.id)).toBe(1); // A's own edit, still waiting to be pushed
  });

  it('a tombstone from the server deletes the row here, audited as a delete by its author', async () => {
    const jan = await b.ok('persons.create', PERSON, adminB);
    const row = serverRow(mutationsOf(b, jan.id), 4);
    applyPulledPage(a.core, [row]);
    const tombstone: PulledRow = {
      ...row,
      deletedAt: '2026-11-21T10:05:00.000Z',
      serverVersion: 6,
      updatedAt: '2026-11-21T10:05:00.000Z',
      fieldClocks: { ...row.fieldClocks, deletedAt: { at: '2026-11-21T10:05:00.000Z', deviceId: 'desktop-b', userId: userB } },
    };

    expect(applyPulledPage(a.core, [tombstone])).toMatchObject({ applied: 1 });
    const stored = a.core.sqlite.prepare('SELECT deleted_at, updated_by FROM persons WHERE id = ?').get(jan.id);
    expect(stored).toEqual({ deleted_at: '2026-11-21T10:05:00.000Z', updated_by: userB });
    expect(audit(a, jan.id).at(-1)).toMatchObject({ op: 'delete', field: 'deletedAt', user_id: userB, at: '2026-11-21T10:05:00.000Z' });
    expect(versionOf(a, 'persons', jan.id)).toBe(6);
  });

  it('unknown tables, unknown columns and local-only tables are passed over safely; the rest of the page is applied', async () => {
    const jan = await b.ok('persons.create', PERSON, adminB);
    const row = serverRow(mutationsOf(b, jan.id), 4);
    const page: PulledRow[] = [
      { ...row, table: 'table_of_a_newer_version', rowId: 'x', fields: { a: 1 } },
      { ...row, table: 'number_series', rowId: 'y', fields: { key: 'members', prefix: 'Z', nextValue: 99, padding: 6 } },
      { ...row, table: 'sync_state', rowId: 'local', fields: { cursor: 999 } },
      { ...row, fields: { ...row.fields, shoeSize: 44, version: 77 } },
    ];

    expect(applyPulledPage(a.core, page)).toEqual({ applied: 1, inserted: 1, unchanged: 0, skipped: 3, failed: 0 });
    expect(a.core.sqlite.prepare("SELECT count(*) FROM number_series WHERE prefix = 'Z'").pluck().get()).toBe(0);
    expect(a.core.sqlite.prepare('SELECT count(*) FROM sync_state').pluck().get()).toBe(0);
    expect(a.core.sqlite.prepare('SELECT version FROM persons WHERE id = ?').pluck().get(jan.id)).toBe(1);
  });

  it('a row this desktop cannot store is reported, and does not hold back the rest of the page', async () => {
    const jan = await b.ok('persons.create', PERSON, adminB);
    const row = serverRow(mutationsOf(b, jan.id), 4);
    const incomplete: PulledRow = { ...row, rowId: 'half', fields: { city: 'Woerden' } };

    expect(applyPulledPage(a.core, [incomplete, row])).toMatchObject({ applied: 1, failed: 1 });
    expect(a.core.sqlite.prepare('SELECT mutation_id, status FROM sync_reports').all()).toEqual([{ mutation_id: 'pull:persons:half', status: 'apply_failed' }]);
    expect(a.core.sqlite.prepare("SELECT count(*) FROM audit_log WHERE row_id = 'half'").pluck().get()).toBe(0);
  });
});
