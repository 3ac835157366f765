import { randomUUID } from 'node:crypto';
import { toNumber, type Queryable } from './db/client';

export const DEFAULT_OFFICE_ID = 'default';

export interface Office {
  id: string;
  name: string;
  version: number;
  epoch: string;
}

/** The server serves one office for now; it is created on first start. */
export async function ensureOffice(q: Queryable, id = DEFAULT_OFFICE_ID, name = 'Servicedesk'): Promise<Office> {
  await q.query(`INSERT INTO offices (id, name, version, epoch) VALUES ($1, $2, 0, $3) ON CONFLICT (id) DO NOTHING`, [id, name, randomUUID()]);
  const office = await findOffice(q, id);
  if (!office) throw new Error(`office ${id} could not be created`);
  return office;
}

export async function findOffice(q: Queryable, id: string): Promise<Office | null> {
  const { rows } = await q.query<{ id: string; name: string; version: unknown; epoch: string }>(`SELECT id, name, version, epoch FROM offices WHERE id = $1`, [id]);
  const row = rows[0];
  return row ? { ...row, version: toNumber(row.version) } : null;
}

/**
 * After a restore from backup: a new epoch tells every desktop that the server may have forgotten
 * changes it acknowledged, so they resync fully and push their recent changes again.
 */
export async function startNewEpoch(q: Queryable, id = DEFAULT_OFFICE_ID): Promise<string> {
  const epoch = randomUUID();
  await q.query(`UPDATE offices SET epoch = $2 WHERE id = $1`, [id, epoch]);
  return epoch;
}
