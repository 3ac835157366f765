import { isLocalOnly } from '../../core/mutation/local-only';
import { toNumber, type Queryable, type SyncDatabase } from '../db/client';
import { mergeMutation, type ConflictRecord, type StoredRow } from './conflicts';
import type { Mutation } from './contracts';
import { loadClaims, loadMutationStatuses, loadRejectedRows, loadRows, writePush } from './push-store';
import { claimKey, claimsOf } from './unique-columns';

export type MutationStatus = 'applied' | 'conflict' | 'rejected';

export interface Ack {
  mutationId: string;
  seq: number;
  status: MutationStatus;
  serverVersion: number;
  reason: string | null;
  /** Seen in an earlier push: acknowledged again with its stored status, not applied twice. */
  duplicate: boolean;
}

export interface PushResult {
  version: number;
  acks: Ack[];
  /** Set when a seq gap stopped the push: the mutations from here on were not looked at. */
  refused: { mutationId: string; seq: number; expectedSeq: number; reason: 'seq_gap' } | null;
}

export interface PushInput {
  officeId: string;
  deviceId: string;
  mutations: Mutation[];
}

/** One push, one transaction. */
export function push(db: SyncDatabase, input: PushInput): Promise<PushResult> {
  return db.transaction((q) => pushInTransaction(q, input));
}

/**
 * Applies a device's outbox entries in seq order. The office version is taken first, under the
 * office row lock held until commit: pushes are serialised, so version order is commit order and a
 * pull cursor on server_version never skips a row.
 */
export async function pushInTransaction(q: Queryable, input: PushInput): Promise<PushResult> {
  const { rows: locked } = await q.query<{ version: unknown }>(`UPDATE offices SET version = version + 1 WHERE id = $1 RETURNING version`, [input.officeId]);
  if (!locked[0]) throw new Error(`unknown office ${input.officeId}`);
  const version = toNumber(locked[0].version);
  const { rows: deviceRows } = await q.query<{ last_seq: unknown }>(`SELECT last_seq FROM devices WHERE id = $1 AND office_id = $2`, [input.deviceId, input.officeId]);
  if (!deviceRows[0]) throw new Error(`unknown device ${input.deviceId}`);
  let lastSeq = toNumber(deviceRows[0].last_seq);

  const mutations = [...input.mutations].sort((a, b) => a.seq - b.seq);
  const known = await loadMutationStatuses(q, input.deviceId, mutations.map((m) => m.mutationId));
  const rows = await loadRows(q, input.officeId, mutations);
  const rejectedRows = await loadRejectedRows(q, input.officeId, mutations);
  const claims = await loadClaims(q, input.officeId, mutations, rows);
  const initialClaims = new Map(claims);

  const acks: Ack[] = [];
  const applied: (Ack & { table: string; rowId: string })[] = [];
  const conflicts: ConflictRecord[] = [];
  const touched = new Set<string>();
  let refused: PushResult['refused'] = null;

  for (const m of mutations) {
    const stored = known.get(m.mutationId);
    if (stored) {
      acks.push({ ...stored, mutationId: m.mutationId, seq: m.seq, duplicate: true });
      continue;
    }
    if (m.seq !== lastSeq + 1) {
      refused = { mutationId: m.mutationId, seq: m.seq, expectedSeq: lastSeq + 1, reason: 'seq_gap' };
      break;
    }
    lastSeq = m.seq;
    const key = rowKey(m.table, m.rowId);
    const ack = decide(m);
    known.set(m.mutationId, ack);
    acks.push(ack);
    applied.push({ ...ack, table: m.table, rowId: m.rowId });
    if (ack.status === 'rejected' && !rows.has(key)) rejectedRows.add(key);

    function decide(m: Mutation): Ack {
      const reject = (reason: string): Ack => ({ mutationId: m.mutationId, seq: m.seq, status: 'rejected', serverVersion: version, reason, duplicate: false });
      if (isLocalOnly(m.table)) return reject('local_only');
      const current = rows.get(key);
      // The row's creation was refused (e.g. a duplicate number): its later changes cannot apply either.
      if (!current && rejectedRows.has(key)) return reject('row_rejected');
      const merged = mergeMutation(current, m, input.deviceId, version);
      const taken = claimsOf(m.table, merged.row.fields).find((c) => {
        const holder = claims.get(claimKey(m.table, c.column, c.value));
        return holder !== undefined && holder !== m.rowId;
      });
      if (taken) return reject(`unique:${m.table}.${taken.column}:${taken.value}`);
      for (const c of current ? claimsOf(m.table, current.fields) : []) {
        const held = claimKey(m.table, c.column, c.value);
        if (claims.get(held) === m.rowId) claims.delete(held);
      }
      for (const c of claimsOf(m.table, merged.row.fields)) claims.set(claimKey(m.table, c.column, c.value), m.rowId);
      rows.set(key, merged.row);
      touched.add(key);
      conflicts.push(...merged.conflicts);
      return { mutationId: m.mutationId, seq: m.seq, status: merged.status, serverVersion: version, reason: merged.reason, duplicate: false };
    }
  }

  await writePush(q, {
    officeId: input.officeId,
    deviceId: input.deviceId,
    lastSeq,
    rows: [...touched].map((k) => rows.get(k) as StoredRow),
    mutations: applied,
    conflicts,
    claimsBefore: initialClaims,
    claimsAfter: claims,
  });
  return { version, acks, refused };
}

export function rowKey(table: string, rowId: string): string {
  return `${table}\u0000${rowId}`;
}
