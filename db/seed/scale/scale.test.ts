import { afterEach, describe, expect, it } from 'vitest';
import { scryptHasher } from '../../../core/auth/passwords';
import { createTestCore, withAdmin, type TestCore } from '../../../core/testing/harness';
import { seedScale, type ScaleOptions } from './index';

const END = new Date('2026-11-21T09:00:00Z');
const cores: TestCore[] = [];
afterEach(() => cores.splice(0).forEach((t) => t.close()));

async function seeded(options: Partial<ScaleOptions> = {}) {
  const t = createTestCore('2024-11-21T09:00:00Z');
  cores.push(t);
  const { admin, adminUser } = await withAdmin(t);
  const result = await seedScale(t.core.sqlite, { adminId: adminUser.id, staff: 40, teams: 5, auditRows: 4_000, end: END, passwords: scryptHasher(12), ...options });
  return { t, admin, adminId: adminUser.id, result, all: <T>(sql: string, ...params: unknown[]) => t.core.sqlite.prepare(sql).all(...params) as T[] };
}

describe('seedScale', () => {
  it('fills the audit trail to exactly the asked number of rows, in time order', async () => {
    const { all, result } = await seeded();
    expect(all<{ n: number }>('SELECT count(*) AS n FROM audit_log')[0]!.n).toBe(4_000);
    expect(result.dossierIds.length).toBeGreaterThan(0);
    const outOfOrder = all<{ n: number }>('SELECT count(*) AS n FROM audit_log a JOIN audit_log b ON b.seq = a.seq + 1 WHERE b.at < a.at');
    expect(outOfOrder[0]!.n).toBe(0);
  });

  it("writes what the writer would: each staff row's version and values follow from its audit and change log", async () => {
    const { all, result } = await seeded();
    for (const id of result.staffIds.slice(0, 10)) {
      const row = all<Record<string, unknown>>('SELECT * FROM staff WHERE id = ?', id)[0]!;
      const changes = all<{ fields: string }>("SELECT fields FROM change_log WHERE table_name = 'staff' AND row_id = ? ORDER BY seq", id);
      expect(row.version).toBe(changes.length);
      const lines = all<{ field: string; new_value: string | null }>("SELECT field, new_value FROM audit_log WHERE table_name = 'staff' AND row_id = ? ORDER BY seq", id);
      const replayed = Object.fromEntries(lines.map((l) => [l.field, l.new_value === null ? null : JSON.parse(l.new_value)]));
      expect(replayed.passwordHash).toBe('[verborgen]');
      expect(replayed.name ?? null).toBe(row.name);
      expect(replayed.teamId ?? null).toBe(row.team_id);
      expect(replayed.failedAttempts ?? 0).toBe(row.failed_attempts);
      expect(replayed.roles).toEqual(JSON.parse(row.roles as string));
    }
  });

  it('spreads every row over staff and teams when asked', async () => {
    const { all, result } = await seeded({ spread: 'staff', auditRows: 40_000 });
    expect(result.dossierIds).toEqual([]);
    const tables = all<{ table_name: string }>('SELECT DISTINCT table_name FROM audit_log ORDER BY 1').map((r) => r.table_name);
    expect(tables).toEqual(['organisation', 'staff', 'teams']);
    expect(all<{ n: number }>('SELECT count(*) AS n FROM audit_log')[0]!.n).toBe(40_000);
  });

  it('makes the same data from the same seed', async () => {
    // The first administrator and the organisation come from auth.setup, with fresh ids each time.
    const rows = (s: Awaited<ReturnType<typeof seeded>>) =>
      s.all(
        "SELECT at, table_name, row_id, field, replace(old_value, @admin, 'A') AS o, replace(new_value, @admin, 'A') AS n FROM audit_log WHERE row_id <> @admin AND table_name <> 'organisation' ORDER BY seq",
        { admin: s.adminId },
      );
    const first = await seeded();
    const second = await seeded();
    expect(rows(second)).toEqual(rows(first));
  });

  it('makes records the procedures accept: history, team changes and sign-in of generated staff', async () => {
    const { t, admin, result, all } = await seeded();
    const { entries: history } = await t.ok('audit.history', { tableName: 'staff', rowId: result.staffIds[5]!, limit: 1000 }, admin);
    expect(history.length).toBeGreaterThan(5);
    expect(history.some((e) => e.op === 'insert' && e.field === 'username')).toBe(true);

    const teams = await t.ok('teams.list', {}, admin);
    expect(teams).toHaveLength(5);
    expect(teams.every((team) => team.managerName && team.memberCount > 0)).toBe(true);
    const team = teams[1]!;
    await t.ok('teams.update', { id: team.id, name: team.name, description: 'Gewijzigd in de test', managerId: team.managerId }, admin);

    const [someone] = all<{ username: string }>("SELECT username FROM staff WHERE active = 1 AND locked_until IS NULL AND roles LIKE '%manager%'");
    const user = await t.ok('auth.signIn', { username: someone!.username, password: result.password }, t.session());
    expect(user.username).toBe(someone!.username);
  });
});
