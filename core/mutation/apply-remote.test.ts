import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getTableColumns } from 'drizzle-orm';
import { numberSeries, staff } from '../../db/schema';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { applyRemote } from './apply-remote';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

const staffOrder = (field: string) => Object.keys(getTableColumns(staff)).indexOf(field);
const remoteAuthor = { at: '2026-11-21T08:00:00.000Z', userId: 'remote-user' };

describe('applying a change from the sync server', () => {
  it('S3: a remote change is audited under its remote author with values redacted as locally, and never enters the change log', async () => {
    const { adminUser } = await withAdmin(t);
    const logBefore = t.core.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get();
    const applied = t.core.sqlite.transaction(() =>
      applyRemote(t.core, { table: staff, rowId: adminUser.id, fields: { passwordHash: 'elders-gezet', name: 'Anna B.' }, created: remoteAuthor, updated: remoteAuthor }),
    )();

    // In the table's column order, whatever order they came in.
    expect(applied).toEqual({ op: 'update', changed: ['name', 'passwordHash'] });
    const lines = t.core.sqlite
      .prepare("SELECT field, new_value, user_id, at FROM audit_log WHERE row_id = ? AND op = 'update' ORDER BY seq")
      .all(adminUser.id);
    expect(lines).toEqual([
      { field: 'name', new_value: '"Anna B."', user_id: 'remote-user', at: remoteAuthor.at },
      { field: 'passwordHash', new_value: '"[verborgen]"', user_id: 'remote-user', at: remoteAuthor.at },
    ]);
    expect(t.core.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(logBefore);
    expect(t.core.sqlite.prepare('SELECT updated_by, version FROM staff WHERE id = ?').get(adminUser.id)).toEqual({ updated_by: 'remote-user', version: 2 });
  });

  it('S3: a pulled new row is one line holding its values, in column order, with the password hash hidden as locally', () => {
    const fields = { username: 'piet', passwordHash: 'scrypt$geheim', name: 'Piet', roles: ['servicedesk'], active: true };
    t.core.sqlite.transaction(() => applyRemote(t.core, { table: staff, rowId: 'staff-remote-1', fields, created: remoteAuthor, updated: remoteAuthor }))();

    const lines = t.core.sqlite.prepare('SELECT op, field, new_value, user_id, at FROM audit_log WHERE row_id = ?').all('staff-remote-1') as { new_value: string }[];
    expect(lines).toEqual([{ op: 'insert', field: '*', new_value: expect.any(String), user_id: 'remote-user', at: remoteAuthor.at }]);
    const values = JSON.parse(lines[0]!.new_value) as Record<string, unknown>;
    expect(values).toEqual({ username: 'piet', passwordHash: '[verborgen]', name: 'Piet', roles: ['servicedesk'], active: true });
    expect(Object.keys(values)).toEqual(Object.keys(fields).sort((a, b) => staffOrder(a) - staffOrder(b)));
    expect(lines[0]!.new_value).not.toContain('geheim');
  });

  it('refuses a local-only table: its rows belong to this desktop alone', () => {
    expect(() => applyRemote(t.core, { table: numberSeries, rowId: 'x', fields: { key: 'k', prefix: 'P' }, created: remoteAuthor, updated: remoteAuthor })).toThrow(/local-only/);
  });
});
