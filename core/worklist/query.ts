import type Database from 'better-sqlite3';
import { preparedOnce } from '../db/prepared';
import { DOSSIER_SOURCES, dossierSource } from './dossier-sources';

export type WorklistScope = 'mine' | 'team';

export interface WorklistQuery {
  userId: string;
  roles: readonly string[];
  /** The caller's own team (staff.teamId); teams they manage are found in the query. */
  teamId: string | null;
  scope: WorklistScope;
  /** Last due day shown (inclusive). */
  horizon: string;
}

export interface WorklistRow {
  id: string;
  dossierKind: string;
  dossierId: string;
  kind: string;
  rule: string;
  dueOn: string;
  assignee: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
  assigneeRole: string | null;
  urgent: boolean;
  dossierNumber: string;
  dossierTitle: string;
}

// Each branch repeats the partial indexes' condition word for word, so SQLite may use them.
const OPEN = 'done_at IS NULL AND deleted_at IS NULL AND due_on <= @horizon';

/**
 * The open items of one person, as one statement: a UNION of the three partial-index paths
 * (assignee, role, team), then the item's names and its dossier per kind. UNION, not UNION ALL:
 * an item of mine in my own team is listed once.
 */
export function worklistSql(scope: WorklistScope): string {
  const teamBranch =
    scope === 'team'
      ? `UNION
    SELECT id FROM work_items WHERE team_id IN (SELECT @teamId WHERE @teamId IS NOT NULL UNION SELECT id FROM teams WHERE manager_id = @userId AND deleted_at IS NULL) AND ${OPEN}`
      : '';
  return `WITH picked(id) AS (
    SELECT id FROM work_items WHERE assignee_id = @userId AND ${OPEN}
    UNION
    SELECT id FROM work_items WHERE assignee_role IN (SELECT value FROM json_each(@roles)) AND ${OPEN}
    ${teamBranch}
  )
  SELECT w.id, w.dossier_kind, w.dossier_id, w.kind, w.rule, w.due_on, w.assignee_id, sa.name AS assignee_name, w.team_id, tm.name AS team_name,
    w.assignee_role, w.urgent, ${DOSSIER_SOURCES.map((s) => s.columns).join(',\n    ')}
  FROM picked JOIN work_items w ON w.id = picked.id
  LEFT JOIN staff sa ON sa.id = w.assignee_id
  LEFT JOIN teams tm ON tm.id = w.team_id
  ${DOSSIER_SOURCES.map((s) => s.joins).join('\n  ')}
  ORDER BY w.urgent DESC, w.due_on, w.id`;
}

export function worklistParams(q: WorklistQuery): Record<string, unknown> {
  const params: Record<string, unknown> = { userId: q.userId, roles: JSON.stringify(q.roles), horizon: q.horizon };
  if (q.scope === 'team') params.teamId = q.teamId;
  return params;
}

export function worklistRows(sqlite: Database.Database, q: WorklistQuery): WorklistRow[] {
  const statement = preparedOnce(sqlite, `worklist.${q.scope}`, () => sqlite.prepare(worklistSql(q.scope)));
  return (statement.all(worklistParams(q)) as Record<string, unknown>[]).map((r) => {
    const dossier = dossierSource(r.dossier_kind as string)?.describe(r) ?? { number: '?', title: '' };
    return {
      id: r.id as string,
      dossierKind: r.dossier_kind as string,
      dossierId: r.dossier_id as string,
      kind: r.kind as string,
      rule: r.rule as string,
      dueOn: r.due_on as string,
      assignee: r.assignee_id ? { id: r.assignee_id as string, name: (r.assignee_name as string | null) ?? '?' } : null,
      team: r.team_id ? { id: r.team_id as string, name: (r.team_name as string | null) ?? '?' } : null,
      assigneeRole: r.assignee_role as string | null,
      urgent: r.urgent === 1,
      dossierNumber: dossier.number,
      dossierTitle: dossier.title,
    };
  });
}
