import type Database from 'better-sqlite3';
import { preparedOnce } from '../db/prepared';
import { DOSSIER_SOURCES } from './dossier-sources';

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

interface ItemRow {
  id: string;
  dossier_kind: string;
  dossier_id: string;
  kind: string;
  rule: string;
  due_on: string;
  assignee_id: string | null;
  assignee_name: string | null;
  team_id: string | null;
  team_name: string | null;
  assignee_role: string | null;
  urgent: number;
}

// Each branch repeats the partial indexes' condition word for word, so SQLite may use them.
const OPEN = 'done_at IS NULL AND deleted_at IS NULL AND due_on <= @horizon';

/**
 * The open items of one person, as one statement: a UNION of the three partial-index paths
 * (assignee, role, team), then each item's names. UNION, not UNION ALL: an item of mine in my own
 * team is listed once.
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
    w.assignee_role, w.urgent
  FROM picked JOIN work_items w ON w.id = picked.id
  LEFT JOIN staff sa ON sa.id = w.assignee_id
  LEFT JOIN teams tm ON tm.id = w.team_id
  ORDER BY w.urgent DESC, w.due_on, w.id`;
}

export function worklistParams(q: WorklistQuery): Record<string, unknown> {
  const params: Record<string, unknown> = { userId: q.userId, roles: JSON.stringify(q.roles), horizon: q.horizon };
  if (q.scope === 'team') params.teamId = q.teamId;
  return params;
}

/**
 * Number and title per dossier, one query per kind over the distinct dossiers of the list: a
 * dossier with three open deadlines (an appeal) is read once, not three times.
 */
function describeDossiers(sqlite: Database.Database, items: ItemRow[]): Map<string, { number: string; title: string }> {
  const described = new Map<string, { number: string; title: string }>();
  for (const source of DOSSIER_SOURCES) {
    const ids = [...new Set(items.filter((i) => i.dossier_kind === source.kind).map((i) => i.dossier_id))];
    if (ids.length === 0) continue;
    const statement = preparedOnce(sqlite, `worklist.dossiers.${source.kind}`, () => sqlite.prepare(source.sql));
    for (const row of statement.all({ ids: JSON.stringify(ids) }) as Record<string, unknown>[]) {
      described.set(`${source.kind} ${row.dossier_id as string}`, source.describe(row));
    }
  }
  return described;
}

export function worklistRows(sqlite: Database.Database, q: WorklistQuery): WorklistRow[] {
  const statement = preparedOnce(sqlite, `worklist.${q.scope}`, () => sqlite.prepare(worklistSql(q.scope)));
  const items = statement.all(worklistParams(q)) as ItemRow[];
  const dossiers = describeDossiers(sqlite, items);
  return items.map((r) => {
    const dossier = dossiers.get(`${r.dossier_kind} ${r.dossier_id}`) ?? { number: '?', title: '' };
    return {
      id: r.id,
      dossierKind: r.dossier_kind,
      dossierId: r.dossier_id,
      kind: r.kind,
      rule: r.rule,
      dueOn: r.due_on,
      assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '?' } : null,
      team: r.team_id ? { id: r.team_id, name: r.team_name ?? '?' } : null,
      assigneeRole: r.assignee_role,
      urgent: r.urgent === 1,
      dossierNumber: dossier.number,
      dossierTitle: dossier.title,
    };
  });
}
