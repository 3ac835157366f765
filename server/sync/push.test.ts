import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncFixture, type SyncFixture, type TestDevice } from '../testing/fixture';
import { pull } from './pull';

let f: SyncFixture;
let a: TestDevice;
let b: TestDevice;
beforeAll(async () => {
  f = await createSyncFixture();
  a = await f.device('Balie');
  b = await f.device('Directie');
});
afterAll(() => f.close());

let rows = 0;
const newRowId = () => `row-${++rows}`;

async function stored(table: string, rowId: string) {
  const { rows } = await f.db.query<{ fields: Record<string, unknown>; deleted_at: string | null; server_version: string }>(
    `SELECT fields, deleted_at, server_version FROM sync_rows WHERE table_name = $1 AND row_id = $2`,
    [table, rowId],
  );
  return rows[0];
}

async function conflictsOf(rowId: string) {
  const { rows } = await f.db.query(
    `SELECT field, losing_value, winning_value, losing_device, winning_device FROM sync_conflicts WHERE row_id = $1 ORDER BY id`,
    [rowId],
  );
  return rows;
}

async function created(device: TestDevice, fields: Record<string, unknown>, table = 'persons') {
  const rowId = newRowId();
  const result = await device.push({ table, rowId, op: 'insert', baseServerVersion: 0, fields });
  return { rowId, version: result.version, result };
}

describe('push', () => {
  it('applies a change and gives the row the version of the push', async () => {
    const { rowId, result } = await created(a, { name: 'Jansen', city: 'Woerden' });
    expect(result.refused).toBeNull();
    expect(result.acks).toEqual([{ mutationId: expect.any(String), seq: a.nextSeq - 1, status: 'applied', serverVersion: result.version, reason: null, duplicate: false }]);
    expect(await stored('persons', rowId)).toEqual({ fields: { name: 'Jansen', city: 'Woerden' }, deleted_at: null, server_version: expect.anything() });
    expect(Number((await stored('persons', rowId))!.server_version)).toBe(result.version);
  });

  it('skips a mutation it has seen before and acknowledges it again with its stored status', async () => {
    const rowId = newRowId();
    const insert = a.mutation({ table: 'persons', rowId, op: 'insert', baseServerVersion: 0, fields: { name: 'Eerst' } });
    const first = await a.pushMutations([insert]);
    const edit = await b.push({ table: 'persons', rowId, op: 'update', baseServerVersion: first.version, fields: { name: 'Later' } });
    // The response to the first push was lost: the desktop sends it again.
    const again = await a.pushMutations([insert]);
    expect(again.acks).toEqual([{ ...first.acks[0], duplicate: true }]);
    expect((await stored('persons', rowId))!.fields).toEqual({ name: 'Later' });
    expect(edit.acks[0]!.status).toBe('applied');
  });

  it('refuses a gap in the outbox: what came before is applied, the rest waits for the missing entry', async () => {
    const first = a.mutation({ table: 'persons', rowId: newRowId(), op: 'insert', baseServerVersion: 0, fields: { name: 'Een' } });
    const lost = a.mutation({ table: 'persons', rowId: newRowId(), op: 'insert', baseServerVersion: 0, fields: { name: 'Twee' } });
    const third = a.mutation({ table: 'persons', rowId: newRowId(), op: 'insert', baseServerVersion: 0, fields: { name: 'Drie' } });
    const result = await a.pushMutations([first, third]);
    expect(result.acks.map((x) => x.mutationId)).toEqual([first.mutationId]);
    expect(result.refused).toEqual({ mutationId: third.mutationId, seq: third.seq, expectedSeq: lost.seq, reason: 'seq_gap' });
    expect(await stored('persons', third.rowId)).toBeUndefined();

    const resent = await a.pushMutations([first, lost, third]);
    expect(resent.refused).toBeNull();
    expect(resent.acks.map((x) => [x.duplicate, x.status])).toEqual([[true, 'applied'], [false, 'applied'], [false, 'applied']]);
  });

  it('merges concurrent changes of different fields of one row without a conflict', async () => {
    const { rowId, version } = await created(a, { name: 'Jansen', city: 'Woerden' });
    await a.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { name: 'Janssen' } });
    const result = await b.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { city: 'Utrecht' } });
    expect(result.acks[0]!.status).toBe('applied');
    expect((await stored('persons', rowId))!.fields).toEqual({ name: 'Janssen', city: 'Utrecht' });
    expect(await conflictsOf(rowId)).toEqual([]);
  });

  it("a device's own later change of a field is not concurrent with its own earlier one", async () => {
    const { rowId, version } = await created(a, { name: 'Een' });
    await a.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { name: 'Twee' } });
    const third = await a.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { name: 'Drie' }, at: '2026-11-21T09:00:00.000Z' });
    expect(third.acks[0]!.status).toBe('applied');
    expect((await stored('persons', rowId))!.fields).toEqual({ name: 'Drie' });
    expect(await conflictsOf(rowId)).toEqual([]);
  });

  it('decides a concurrent edit of one field by the latest time; the losing value is kept in sync_conflicts', async () => {
    const { rowId, version } = await created(a, { name: 'Jansen' });
    await a.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { name: 'A om tien' }, at: '2026-11-21T10:00:00.000Z' });
    const older = await b.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { name: 'B om negen' }, at: '2026-11-21T09:00:00.000Z' });
    expect(older.acks[0]).toMatchObject({ status: 'conflict', reason: 'concurrent_edit' });
    expect((await stored('persons', rowId))!.fields).toEqual({ name: 'A om tien' });
    expect(await conflictsOf(rowId)).toEqual([{ field: 'name', losing_value: 'B om negen', winning_value: 'A om tien', losing_device: b.deviceId, winning_device: a.deviceId }]);

    // Pushed later but made later too: the newer value wins and the replaced one is kept.
    const newer = await b.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { name: 'B om elf' }, at: '2026-11-21T11:00:00.000Z' });
    expect(newer.acks[0]!.status).toBe('applied');
    expect((await stored('persons', rowId))!.fields).toEqual({ name: 'B om elf' });
    expect((await conflictsOf(rowId)).at(-1)).toEqual({ field: 'name', losing_value: 'A om tien', winning_value: 'B om elf', losing_device: a.deviceId, winning_device: b.deviceId });
  });

  it('breaks a tie of the same time by the higher device id, whichever arrives first', async () => {
    const [low, high] = a.deviceId < b.deviceId ? [a, b] : [b, a];
    const at = '2026-11-21T12:00:00.000Z';
    for (const [first, second] of [[low, high], [high, low]] as const) {
      const { rowId, version } = await created(first, { name: 'Basis' });
      await first.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { name: `van ${first.numberPrefix}` }, at });
      await second.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { name: `van ${second.numberPrefix}` }, at });
      expect((await stored('persons', rowId))!.fields).toEqual({ name: `van ${high.numberPrefix}` });
      expect(await conflictsOf(rowId)).toEqual([
        { field: 'name', losing_value: `van ${low.numberPrefix}`, winning_value: `van ${high.numberPrefix}`, losing_device: low.deviceId, winning_device: high.deviceId },
      ]);
    }
  });

  it('a delete beats a concurrent edit pushed after it; the edit goes to sync_conflicts', async () => {
    const { rowId, version } = await created(a, { name: 'Jansen' });
    await a.push({ table: 'persons', rowId, op: 'delete', baseServerVersion: version, fields: { deletedAt: '2026-11-21T10:00:00.000Z' } });
    // Even an edit made later than the delete loses.
    const edit = await b.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { name: 'Janssen' }, at: '2026-11-21T11:00:00.000Z' });
    expect(edit.acks[0]).toMatchObject({ status: 'conflict', reason: 'row_deleted' });
    expect(await stored('persons', rowId)).toMatchObject({ fields: { name: 'Jansen' }, deleted_at: '2026-11-21T10:00:00.000Z' });
    expect(await conflictsOf(rowId)).toEqual([
      { field: 'deletedAt', losing_value: { name: 'Janssen' }, winning_value: '2026-11-21T10:00:00.000Z', losing_device: b.deviceId, winning_device: a.deviceId },
    ]);
  });

  it('a delete beats a concurrent edit pushed before it; the edit goes to sync_conflicts', async () => {
    const { rowId, version } = await created(a, { name: 'Jansen' });
    await b.push({ table: 'persons', rowId, op: 'update', baseServerVersion: version, fields: { name: 'Janssen' }, at: '2026-11-21T11:00:00.000Z' });
    const removal = await a.push({ table: 'persons', rowId, op: 'delete', baseServerVersion: version, fields: { deletedAt: '2026-11-21T10:00:00.000Z' } });
    expect(removal.acks[0]!.status).toBe('applied');
    expect((await stored('persons', rowId))!.deleted_at).toBe('2026-11-21T10:00:00.000Z');
    expect(await conflictsOf(rowId)).toEqual([
      { field: 'deletedAt', losing_value: { name: 'Janssen' }, winning_value: '2026-11-21T10:00:00.000Z', losing_device: b.deviceId, winning_device: a.deviceId },
    ]);
  });

  it('refuses a duplicate dossier number permanently: acknowledged as rejected, also when sent again, and so are later changes of that row', async () => {
    await created(a, { dossierNumber: 'A2026-001', subject: 'Eerste' }, 'complaints');
    const rowId = newRowId();
    const duplicate = b.mutation({ table: 'complaints', rowId, op: 'insert', baseServerVersion: 0, fields: { dossierNumber: 'A2026-001', subject: 'Tweede' } });
    const result = await b.pushMutations([duplicate]);
    expect(result.acks[0]).toMatchObject({ status: 'rejected', reason: 'unique:complaints.dossier_number:A2026-001' });
    expect(await stored('complaints', rowId)).toBeUndefined();
    expect((await b.pushMutations([duplicate])).acks[0]).toMatchObject({ status: 'rejected', duplicate: true });
    const later = await b.push({ table: 'complaints', rowId, op: 'update', baseServerVersion: 0, fields: { subject: 'Aangepast' } });
    expect(later.acks[0]).toMatchObject({ status: 'rejected', reason: 'row_rejected' });
    expect(await stored('complaints', rowId)).toBeUndefined();
  });

  it('refuses changing a number to one another row holds, and frees a number the row gives up', async () => {
    const first = await created(a, { membershipNumber: 'A000001' }, 'members');
    const second = await created(b, { membershipNumber: 'B000001' }, 'members');
    const taken = await b.push({ table: 'members', rowId: second.rowId, op: 'update', baseServerVersion: second.version, fields: { membershipNumber: 'A000001' } });
    expect(taken.acks[0]).toMatchObject({ status: 'rejected', reason: 'unique:members.membership_number:A000001' });
    const renumbered = await a.push({ table: 'members', rowId: first.rowId, op: 'update', baseServerVersion: first.version, fields: { membershipNumber: 'A000009' } });
    expect(renumbered.acks[0]!.status).toBe('applied');
    const reuse = await b.push({ table: 'members', rowId: second.rowId, op: 'update', baseServerVersion: second.version, fields: { membershipNumber: 'A000001' } });
    expect(reuse.acks[0]!.status).toBe('applied');
  });

  it('L3: an amended mandate keeps its reference as history, so the new mandate may reuse it', async () => {
    const old = await created(a, { reference: 'A000001-M01', status: 'actief' }, 'sepa_mandates');
    const amended = await a.push(
      { table: 'sepa_mandates', rowId: old.rowId, op: 'update', baseServerVersion: old.version, fields: { status: 'gewijzigd' } },
      { table: 'sepa_mandates', rowId: newRowId(), op: 'insert', baseServerVersion: 0, fields: { reference: 'A000001-M01', status: 'actief' } },
    );
    expect(amended.acks.map((x) => x.status)).toEqual(['applied', 'applied']);
    const third = await created(b, { reference: 'A000001-M01', status: 'actief' }, 'sepa_mandates');
    expect(third.result.acks[0]).toMatchObject({ status: 'rejected', reason: 'unique:sepa_mandates.reference:A000001-M01' });
  });

  it('refuses tables that stay on each desktop', async () => {
    const result = await a.push({ table: 'number_series', rowId: newRowId(), op: 'insert', baseServerVersion: 0, fields: { key: 'members' } });
    expect(result.acks[0]).toMatchObject({ status: 'rejected', reason: 'local_only' });
  });

  it('through HTTP: applies a push, and answers 409 with the epoch when the desktop has another one', async () => {
    const mutation = { ...a.mutation({ table: 'persons', rowId: newRowId(), op: 'insert', baseServerVersion: 0, fields: { name: 'Via HTTP' } }) };
    const wrongEpoch = await f.app.inject({ method: 'POST', url: '/v1/push', headers: { ...a.headers, 'x-sync-epoch': 'oud' }, payload: { mutations: [mutation] } });
    expect(wrongEpoch.statusCode).toBe(409);
    expect(wrongEpoch.json()).toEqual({ code: 'epoch', epoch: await f.epoch(), message: 'De syncserver is teruggezet vanuit een back-up. Deze computer synchroniseert opnieuw volledig.' });
    const invalid = await f.app.inject({ method: 'POST', url: '/v1/push', headers: a.headers, payload: { mutations: [{ ...mutation, seq: -1 }] } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().code).toBe('invalid_request');
    const response = await f.app.inject({ method: 'POST', url: '/v1/push', headers: a.headers, payload: { mutations: [mutation] } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ epoch: await f.epoch(), refused: null, acks: [{ mutationId: mutation.mutationId, status: 'applied' }] });
    const page = await pull(f.db, { officeId: f.officeId, cursor: String(response.json().version - 1) });
    expect(page.rows).toEqual([expect.objectContaining({ table: 'persons', rowId: mutation.rowId, fields: { name: 'Via HTTP' }, serverVersion: response.json().version, createdBy: 'user-1' })]);
  });
});
