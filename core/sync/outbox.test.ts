import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientSession } from '../context';
import { allocateNumber } from '../numbering/allocate';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { countUnsent, markAcked, readOutbox, resend } from './outbox';
import type { SyncAck } from './protocol';

let t: TestCore;
let admin: ClientSession;
let adminId: string;
beforeEach(async () => {
  t = createTestCore();
  const signedIn = await withAdmin(t);
  admin = signedIn.admin;
  adminId = signedIn.adminUser.id;
});
afterEach(() => t.close());

const createPerson = (lastName: string) => t.ok('persons.create', { kind: 'persoon', initials: 'J.', lastName, city: 'Woerden' }, admin);

describe('sync outbox: the change log in seq order', () => {
  it('seq is contiguous: local-only writes and rolled-back transactions take no number (the server refuses gaps)', async () => {
    await createPerson('Berg');
    // A local-only table (number series) is audited but skips the change log.
    t.core.write(adminId, (w) => allocateNumber(w, t.core.db, 'members', { prefix: 'L' }));
    expect(() =>
      t.core.write(adminId, () => {
        t.core.sqlite.prepare("INSERT INTO change_log (mutation_id, tx_id, at, table_name, row_id, op, base_version, fields, schema_version) VALUES ('x', 'x', 'x', 'persons', 'x', 'insert', 0, '{}', 15)").run();
        throw new Error('halfway');
      }),
    ).toThrow('halfway');
    await createPerson('Dijk');

    const outbox = readOutbox(t.core.sqlite, 1000);
    expect(outbox.length).toBeGreaterThan(3);
    expect(outbox.map((m) => m.seq)).toEqual(outbox.map((_, i) => i + 1));
    expect(outbox.some((m) => m.table === 'number_series')).toBe(false);
    const audited = t.core.sqlite.prepare("SELECT count(*) FROM audit_log WHERE table_name = 'number_series'").pluck().get();
    expect(audited).toBeGreaterThan(0);
  });

  it('each entry is a mutation with its id, author, time, plain field values and base server version 0 for a row never seen', async () => {
    const person = await createPerson('Berg');
    const mutation = readOutbox(t.core.sqlite, 1000).find((m) => m.rowId === person.id)!;
    expect(mutation).toMatchObject({ table: 'persons', op: 'insert', userId: adminId, at: '2026-11-21T09:00:00.000Z', baseServerVersion: 0, schemaVersion: 17 });
    expect(mutation.fields).toMatchObject({ kind: 'persoon', lastName: 'Berg', sortName: person.sortName });
    expect(mutation.mutationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('acked entries are marked sent with their rows\' server versions; rejected ones are reported; the next read starts after them', async () => {
    const berg = await createPerson('Berg');
    const dijk = await createPerson('Dijk');
    const all = readOutbox(t.core.sqlite, 1000);
    const dijkInsert = all.find((m) => m.rowId === dijk.id)!;
    const acks: SyncAck[] = all.map((m) =>
      m === dijkInsert ? { mutationId: m.mutationId, status: 'rejected', serverVersion: null, reason: 'dubbel nummer' } : { mutationId: m.mutationId, status: 'applied', serverVersion: 7 },
    );
    markAcked(t.core.sqlite, acks, all, '2026-11-21T09:05:00.000Z');

    expect(countUnsent(t.core.sqlite)).toBe(0);
    expect(t.core.sqlite.prepare('SELECT server_version FROM sync_versions WHERE table_name = ? AND row_id = ?').pluck().get('persons', berg.id)).toBe(7);
    expect(t.core.sqlite.prepare('SELECT status, reason, seq FROM sync_reports').all()).toEqual([{ status: 'rejected', reason: 'dubbel nummer', seq: dijkInsert.seq }]);

    await t.ok('persons.update', { kind: 'persoon', initials: 'J.', lastName: 'Bergen', city: 'Woerden', id: berg.id }, admin);
    const next = readOutbox(t.core.sqlite, 1000);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ op: 'update', rowId: berg.id, seq: all.at(-1)!.seq + 1, baseServerVersion: 7, fields: { lastName: 'Bergen' } });
  });

  it('an ack for an entry not in this push changes nothing; resending from a seq puts the entries back in order', async () => {
    await createPerson('Berg');
    const all = readOutbox(t.core.sqlite, 1000);
    markAcked(t.core.sqlite, [{ mutationId: 'unknown', status: 'applied', serverVersion: 3 }], all, '2026-11-21T09:05:00.000Z');
    expect(countUnsent(t.core.sqlite)).toBe(all.length);
    markAcked(t.core.sqlite, all.map((m) => ({ mutationId: m.mutationId, status: 'applied', serverVersion: 3 })), all, '2026-11-21T09:05:00.000Z');
    expect(resend(t.core.sqlite, { fromSeq: 3 })).toBe(all.length - 2);
    expect(readOutbox(t.core.sqlite, 1000).map((m) => m.seq)).toEqual(all.slice(2).map((m) => m.seq));
  });
});
