import type { Queryable } from '../db/client';
import { syncErrors } from '../errors';

/** An open conflict as a desktop shows it: both values, and which computers made them. */
export interface OpenConflict {
  id: number;
  tableName: string;
  rowId: string;
  field: string;
  winningValue: unknown;
  winningDevice: string;
  winningAt: string;
  losingValue: unknown;
  losingDevice: string;
  losingAt: string;
  createdAt: string;
}

interface ConflictRow {
  id: number;
  table_name: string;
  row_id: string;
  field: string;
  winning_value: unknown;
  winning_device: string;
  winning_at: string;
  losing_value: unknown;
  losing_device: string;
  losing_at: string;
  created_at: string;
}

const COLUMNS = `c.id, c.table_name, c.row_id, c.field, c.winning_value, c.losing_value, c.winning_at, c.losing_at, c.created_at,
  coalesce(w.name, c.winning_device) AS winning_device, coalesce(l.name, c.losing_device) AS losing_device`;

/** Oldest first: the order in which they arose. Device ids become the names people gave them. */
export async function listOpenConflicts(q: Queryable, officeId: string, limit = 500): Promise<OpenConflict[]> {
  const { rows } = await q.query<ConflictRow>(
    `SELECT ${COLUMNS} FROM sync_conflicts c
       LEFT JOIN devices w ON w.id = c.winning_device
       LEFT JOIN devices l ON l.id = c.losing_device
      WHERE c.office_id = $1 AND c.resolved_at IS NULL
      ORDER BY c.id LIMIT $2`,
    [officeId, limit],
  );
  return rows.map(toConflict);
}

export type Resolution = 'winning_kept' | 'losing_restored';

/**
 * Marks a conflict handled. Restoring the losing value is an ordinary change the desktop pushed
 * (so it is audited and versioned like any other); this only records the decision. Resolving an
 * already resolved conflict again is harmless: a retry after a lost answer must not fail.
 */
export async function resolveConflict(
  q: Queryable,
  officeId: string,
  input: { id: number; resolution: Resolution; resolvedBy: string; deviceId: string },
): Promise<OpenConflict> {
  const { rows } = await q.query<{ id: number }>(
    `UPDATE sync_conflicts SET resolved_at = coalesce(resolved_at, now()::text), resolved_by = coalesce(resolved_by, $3), resolution = coalesce(resolution, $4)
      WHERE office_id = $1 AND id = $2 RETURNING id`,
    [officeId, input.id, `${input.resolvedBy}@${input.deviceId}`, input.resolution],
  );
  if (rows.length === 0) throw syncErrors.conflictNotFound();
  const found = await q.query<ConflictRow>(
    `SELECT ${COLUMNS} FROM sync_conflicts c LEFT JOIN devices w ON w.id = c.winning_device LEFT JOIN devices l ON l.id = c.losing_device WHERE c.id = $1`,
    [input.id],
  );
  return toConflict(found.rows[0]!);
}

function toConflict(r: ConflictRow): OpenConflict {
  return {
    id: Number(r.id),
    tableName: r.table_name,
    rowId: r.row_id,
    field: r.field,
    winningValue: r.winning_value,
    winningDevice: r.winning_device,
    winningAt: r.winning_at,
    losingValue: r.losing_value,
    losingDevice: r.losing_device,
    losingAt: r.losing_at,
    createdAt: r.created_at,
  };
}
