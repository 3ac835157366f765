import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLog, teams } from '../../db/schema';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { uuidIds } from '../ids';
import { createWriter } from './writer';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

/** The writer the core uses, on the test's database, acting as `userId` at the test clock's time. */
function createWriterFor(tc: TestCore, userId: string) {
  return createWriter({ db: tc.core.db, sqlite: tc.core.sqlite, ids: uuidIds, at: tc.clock.now().toISOString(), userId, onTableChanged: () => {} });
}

/** The transaction helper as handlers use it, with the administrator as the acting user. */
async function writeAsAdmin() {
  const { adminUser } = await withAdmin(t);
  const ctxWrite = (fn: Parameters<HandlerContext['write']>[0]) => t.core.sqlite.transaction(() => fn(createWriterFor(t, adminUser.id)))();
  return { adminUser, ctxWrite };
}

function auditRows(rowId: string) {
  return t.core.sqlite.prepare('SELECT op, field, old_value, new_value, user_id, at FROM audit_log WHERE row_id = ? ORDER BY seq').all(rowId) as {
    op: string;
    field: string;
    old_value: string | null;
    new_value: string | null;
    user_id: string;
    at: string;
  }[];
}

describe('the one mutation path', () => {
  it('S3: an insert writes the row with metadata, one audit line per field and one change-log entry', async () => {
    const { adminUser, ctxWrite } = await writeAsAdmin();
    const team = ctxWrite((w) => w.insert(teams, { name: 'Servicedesk', description: 'Telefoon', managerId: adminUser.id })) as typeof teams.$inferSelect;

    expect(team.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUIDv7
    expect(team).toMatchObject({ version: 1, createdBy: adminUser.id, updatedBy: adminUser.id, deletedAt: null, createdAt: '2026-11-21T09:00:00.000Z' });
    expect(auditRows(team.id)).toEqual([
      { op: 'insert', field: 'name', old_value: null, new_value: '"Servicedesk"', user_id: adminUser.id, at: '2026-11-21T09:00:00.000Z' },
      { op: 'insert', field: 'description', old_value: null, new_value: '"Telefoon"', user_id: adminUser.id, at: '2026-11-21T09:00:00.000Z' },
      { op: 'insert', field: 'managerId', old_value: null, new_value: JSON.stringify(adminUser.id), user_id: adminUser.id, at: '2026-11-21T09:00:00.000Z' },
    ]);
    const log = t.core.db.select().from(changeLog).where(eq(changeLog.rowId, team.id)).all();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ op: 'insert', baseVersion: 0, tableName: 'teams', userId: adminUser.id, schemaVersion: 17 });
    expect(log[0]!.fields).toEqual({
      name: { value: 'Servicedesk', baseVersion: 0 },
      description: { value: 'Telefoon', baseVersion: 0 },
      managerId: { value: adminUser.id, baseVersion: 0 },
    });
  });

  it('S3: an update records only the changed fields, with old and new value and the version before the change', async () => {
    const { adminUser, ctxWrite } = await writeAsAdmin();
    const team = ctxWrite((w) => w.insert(teams, { name: 'Servicedesk', managerId: adminUser.id })) as typeof teams.$inferSelect;
    t.clock.advance(60_000);
    const updated = createWriterFor(t, adminUser.id).update(teams, team.id, { name: 'Klantcontact', managerId: adminUser.id });

    expect(updated).toMatchObject({ name: 'Klantcontact', version: 2, updatedAt: '2026-11-21T09:01:00.000Z' });
    const updates = auditRows(team.id).filter((r) => r.op === 'update');
    expect(updates).toEqual([
      { op: 'update', field: 'name', old_value: '"Servicedesk"', new_value: '"Klantcontact"', user_id: adminUser.id, at: '2026-11-21T09:01:00.000Z' },
    ]);
    const log = t.core.db.select().from(changeLog).where(eq(changeLog.rowId, team.id)).all();
    expect(log.map((l) => [l.op, l.baseVersion, l.fields])).toEqual([
      ['insert', 0, expect.anything()],
      ['update', 1, { name: { value: 'Klantcontact', baseVersion: 1 } }],
    ]);
  });

  it('a patch that changes nothing writes nothing and keeps the version', async () => {
    const { adminUser, ctxWrite } = await writeAsAdmin();
    const team = ctxWrite((w) => w.insert(teams, { name: 'Servicedesk', managerId: adminUser.id })) as typeof teams.$inferSelect;
    const before = auditRows(team.id).length;
    const same = ctxWrite((w) => w.update(teams, team.id, { name: 'Servicedesk' })) as typeof teams.$inferSelect;
    expect(same.version).toBe(1);
    expect(auditRows(team.id)).toHaveLength(before);
  });

  it('a delete is a tombstone with its own audit line, never a hard delete', async () => {
    const { adminUser, ctxWrite } = await writeAsAdmin();
    const team = ctxWrite((w) => w.insert(teams, { name: 'Tijdelijk', managerId: adminUser.id })) as typeof teams.$inferSelect;
    ctxWrite((w) => w.remove(teams, team.id));
    const row = t.core.db.select().from(teams).where(eq(teams.id, team.id)).get();
    expect(row).toMatchObject({ deletedAt: '2026-11-21T09:00:00.000Z', version: 2 });
    expect(auditRows(team.id).at(-1)).toMatchObject({ op: 'delete', field: 'deletedAt' });
  });

  it('refuses a change on a stale version', async () => {
    const { adminUser, ctxWrite } = await writeAsAdmin();
    const team = ctxWrite((w) => w.insert(teams, { name: 'Servicedesk', managerId: adminUser.id })) as typeof teams.$inferSelect;
    ctxWrite((w) => w.update(teams, team.id, { name: 'Nieuw' }));
    expect(() => ctxWrite((w) => w.update(teams, team.id, { name: 'Ouder' }, { expectedVersion: 1 }))).toThrow(DomainError);
  });

  it('a failing write leaves nothing behind: no row, no audit line, no change-log entry', async () => {
    const { adminUser } = await withAdmin(t);
    const counts = () =>
      t.core.sqlite.prepare('SELECT (SELECT count(*) FROM teams) AS teams, (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM change_log) AS log').get();
    const before = counts();
    const failing = t.core.sqlite.transaction(() => {
      const w = createWriterFor(t, adminUser.id);
      w.insert(teams, { name: 'Eerste', managerId: adminUser.id });
      w.insert(teams, { name: 'Eerste', managerId: adminUser.id }); // unique name: the database refuses
    });
    expect(() => failing()).toThrow();
    expect(counts()).toEqual(before);
  });

  it('the same holds through the core: a handler that throws halfway rolls everything back', async () => {
    const { admin, adminUser } = await withAdmin(t);
    await t.ok('teams.create', { name: 'Servicedesk', managerId: adminUser.id }, admin);
    const before = t.core.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get();
    const result = await t.core.call('staff.create', { username: 'beheer', name: 'Dubbel', roles: ['admin'], password: 'wachtwoord-12', passwordRepeat: 'wachtwoord-12' }, admin);
    expect(result.ok).toBe(false);
    expect(t.core.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });
});
