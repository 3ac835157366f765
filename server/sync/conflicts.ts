import type { Mutation } from './contracts';

export interface FieldClock {
  at: string;
  deviceId: string;
  userId: string | null;
}

/** A synced row as the server keeps it (generic: its fields as JSON). */
export interface StoredRow {
  tableName: string;
  rowId: string;
  fields: Record<string, unknown>;
  fieldVersions: Record<string, number>;
  fieldClocks: Record<string, FieldClock>;
  deletedAt: string | null;
  serverVersion: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface ConflictRecord {
  tableName: string;
  rowId: string;
  field: string;
  losingValue: unknown;
  winningValue: unknown;
  losingDevice: string;
  winningDevice: string;
  losingAt: string;
  winningAt: string;
}

export interface MergeResult {
  row: StoredRow;
  /** 'conflict' when (part of) this mutation lost to a concurrent change; it is kept in sync_conflicts. */
  status: 'applied' | 'conflict';
  reason: string | null;
  conflicts: ConflictRecord[];
}

const DELETED_AT = 'deletedAt';

/** Later `at` wins; on the same instant the higher device id, so every server decides alike. */
export function incomingWins(incoming: FieldClock, stored: FieldClock): boolean {
  const a = Date.parse(incoming.at);
  const b = Date.parse(stored.at);
  if (!Number.isNaN(a) && !Number.isNaN(b) && a !== b) return a > b;
  if (Number.isNaN(a) || Number.isNaN(b)) {
    if (incoming.at !== stored.at) return incoming.at > stored.at;
  }
  return incoming.deviceId > stored.deviceId;
}

/**
 * Whether the stored field changed after the version the device based its change on, by someone
 * else: a device's own earlier change is history it has seen, never a concurrent one.
 */
function isConcurrent(row: StoredRow, field: string, base: number, deviceId: string): boolean {
  return (row.fieldVersions[field] ?? 0) > base && row.fieldClocks[field]?.deviceId !== deviceId;
}

/** Applies one mutation field by field on top of the stored row (pure; the caller writes the result). */
export function mergeMutation(stored: StoredRow | undefined, m: Mutation, deviceId: string, version: number): MergeResult {
  const clock: FieldClock = { at: m.at, deviceId, userId: m.userId };
  const row: StoredRow = stored
    ? { ...stored, fields: { ...stored.fields }, fieldVersions: { ...stored.fieldVersions }, fieldClocks: { ...stored.fieldClocks } }
    : { tableName: m.table, rowId: m.rowId, fields: {}, fieldVersions: {}, fieldClocks: {}, deletedAt: null, serverVersion: version, createdAt: m.at, createdBy: m.userId, updatedAt: m.at, updatedBy: m.userId };
  row.serverVersion = version;
  const conflicts: ConflictRecord[] = [];
  const conflict = (field: string, loser: { value: unknown; clock: FieldClock }, winner: { value: unknown; clock: FieldClock }) =>
    conflicts.push({
      tableName: m.table,
      rowId: m.rowId,
      field,
      losingValue: loser.value ?? null,
      winningValue: winner.value ?? null,
      losingDevice: loser.clock.deviceId,
      winningDevice: winner.clock.deviceId,
      losingAt: loser.clock.at,
      winningAt: winner.clock.at,
    });
  const set = (field: string, value: unknown) => {
    if (field === DELETED_AT) row.deletedAt = (value as string | null) ?? null;
    else row.fields[field] = value ?? null;
    row.fieldVersions[field] = version;
    row.fieldClocks[field] = clock;
  };
  const { [DELETED_AT]: deletedAt, ...edits } = m.fields;
  const deleting = m.op === 'delete' || (deletedAt !== undefined && deletedAt !== null);

  if (deleting) {
    // A delete beats a concurrent edit; the edit is kept for a person to restore.
    const concurrent = Object.keys(row.fieldVersions).filter((f) => f !== DELETED_AT && isConcurrent(row, f, m.baseServerVersion, deviceId));
    if (concurrent.length > 0) {
      const latest = concurrent.map((f) => row.fieldClocks[f]!).reduce((a, b) => (incomingWins(b, a) ? b : a));
      conflict(DELETED_AT, { value: Object.fromEntries(concurrent.map((f) => [f, row.fields[f] ?? null])), clock: latest }, { value: deletedAt ?? m.at, clock });
    }
    if (!row.deletedAt) set(DELETED_AT, deletedAt ?? m.at);
  } else if (row.deletedAt && isConcurrent(row, DELETED_AT, m.baseServerVersion, deviceId)) {
    conflict(DELETED_AT, { value: m.fields, clock }, { value: row.deletedAt, clock: row.fieldClocks[DELETED_AT]! });
    return { row, status: 'conflict', reason: 'row_deleted', conflicts };
  } else if (deletedAt === null && DELETED_AT in m.fields) {
    edits[DELETED_AT] = null;
  }

  let lost = false;
  for (const [field, value] of Object.entries(edits)) {
    const current = field === DELETED_AT ? row.deletedAt : row.fields[field];
    if (!isConcurrent(row, field, m.baseServerVersion, deviceId)) {
      set(field, value);
    } else if (JSON.stringify(current ?? null) === JSON.stringify(value ?? null)) {
      continue; // both made the same change: nothing to decide
    } else if (incomingWins(clock, row.fieldClocks[field]!)) {
      conflict(field, { value: current, clock: row.fieldClocks[field]! }, { value, clock });
      set(field, value);
    } else {
      conflict(field, { value, clock }, { value: current, clock: row.fieldClocks[field]! });
      lost = true;
    }
  }
  if (Object.values(row.fieldClocks).some((c) => c === clock)) {
    row.updatedAt = m.at;
    row.updatedBy = m.userId;
  }
  return { row, status: lost ? 'conflict' : 'applied', reason: lost ? 'concurrent_edit' : null, conflicts };
}
