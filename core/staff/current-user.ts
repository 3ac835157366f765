import type Database from 'better-sqlite3';
import type { CurrentUser } from '../contracts/auth';
import type { Role } from '../contracts/roles';
import { preparedOnce } from '../db/prepared';

/**
 * Looked up on every call, so a role change or deactivation takes effect at once. One prepared
 * statement on the primary key keeps this within the dispatch overhead budget.
 */
export function loadCurrentUser(sqlite: Database.Database, id: string): CurrentUser | null {
  const statement = preparedOnce(sqlite, 'currentUser', () =>
    sqlite.prepare('SELECT id, username, name, roles, team_id, must_change_password FROM staff WHERE id = ? AND active = 1 AND deleted_at IS NULL'),
  );
  const row = statement.get(id) as
    | { id: string; username: string; name: string; roles: string; team_id: string | null; must_change_password: number }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    roles: JSON.parse(row.roles) as Role[],
    teamId: row.team_id,
    mustChangePassword: row.must_change_password === 1,
  };
}
