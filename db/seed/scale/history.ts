import type { Rng } from './random';

export type Kind = 'admin' | 'director' | 'manager' | 'employee';
export type Values = Record<string, unknown>;
export type Change = [field: string, oldValue: unknown, newValue: unknown];
export interface Tx { at: number; userId: string | null; table: string; rowId: string; op: 'insert' | 'update'; baseVersion: number; changes: Change[] }
export interface Rec { table: string; id: string; createdAt: number; createdBy: string | null; state: Values; version: number; updatedAt: number; updatedBy: string | null }
export interface Step { userId: string | null; patch: [string, unknown][] }
export interface Person { id: string; createdAt: number; kind: Kind; first: string; surname: string; username: string; team: number | null }

export interface Gen {
  r: Rng;
  start: number;
  end: number;
  txs: Tx[];
  /** Everyone who can act, ordered by the moment their account was made. */
  people: Person[];
  admins: Person[];
  hash: string;
  teamCount: number;
  teamIds: string[];
  series: Map<string, number>;
}

export function someoneAt(g: Gen, list: Person[], at: number): Person {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.createdAt <= at) lo = mid + 1;
    else hi = mid;
  }
  return list[Math.floor(g.r() * Math.max(1, lo))]!;
}

/**
 * One record's insert and later changes, `budget` audit lines in all, at moments spread over
 * [createdAt, lifeEnd] (sequential uniform order statistics, so the spread holds for any budget).
 * As in the writer, only fields whose value really changes are recorded.
 */
export function history(g: Gen, rec: Rec, insert: Values, budget: number, lifeEnd: number, fieldsPerStep: number, step: (rec: Rec, at: number) => Step): void {
  const inserted = Object.entries(insert).filter(([, v]) => v !== null && v !== undefined).slice(0, budget);
  rec.state = { ...insert };
  g.txs.push({ at: rec.createdAt, userId: rec.createdBy, table: rec.table, rowId: rec.id, op: 'insert', baseVersion: 0, changes: inserted.map(([f, v]) => [f, null, v]) });
  let remaining = budget - inserted.length;
  let at = rec.createdAt;
  // `idle` guards against a step that can no longer change anything.
  for (let idle = 0; remaining > 0 && idle < 100; ) {
    const expectedSteps = Math.max(1, remaining / fieldsPerStep);
    at = Math.max(at + 1, Math.floor(at + (lifeEnd - at) * (1 - Math.pow(g.r(), 1 / expectedSteps))));
    const { userId, patch } = step(rec, at);
    const changes: Change[] = [];
    for (const [field, value] of patch) {
      if (changes.length === remaining) break;
      // One stored hash stands in for a fresh (salted, so always different) hash each time.
      if (field !== 'passwordHash' && JSON.stringify(rec.state[field] ?? null) === JSON.stringify(value ?? null)) continue;
      changes.push([field, rec.state[field] ?? null, value]);
    }
    if (changes.length === 0) {
      idle++;
      continue;
    }
    idle = 0;
    for (const [field, , value] of changes) rec.state[field] = value;
    g.txs.push({ at, userId, table: rec.table, rowId: rec.id, op: 'update', baseVersion: rec.version, changes });
    rec.version++;
    rec.updatedAt = at;
    rec.updatedBy = userId;
    remaining -= changes.length;
  }
}
