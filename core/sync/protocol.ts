/**
 * The wire format between this desktop and the sync server (server/). Plain types, no imports, so
 * the server can share them.
 */

/** One change-log entry as the server receives it. `fields` holds the changed domain fields (camelCase) with their new values. */
export interface SyncMutation {
  mutationId: string;
  /** Contiguous per desktop: the server refuses a gap. */
  seq: number;
  table: string;
  rowId: string;
  op: 'insert' | 'update' | 'delete';
  at: string;
  userId: string | null;
  fields: Record<string, unknown>;
  /** The row's server version this change was made on; 0 for a row the server has not shown us yet. */
  baseServerVersion: number;
  schemaVersion: number;
}

export type AckStatus = 'applied' | 'conflict' | 'rejected';

export interface SyncAck {
  mutationId: string;
  seq?: number;
  status: AckStatus;
  serverVersion: number | null;
  reason?: string | null;
  /** Seen in an earlier push: acknowledged again with its stored status. */
  duplicate?: boolean;
}

export interface PushResponse {
  version: number;
  acks: SyncAck[];
  /** A seq gap stopped the push at `seq`; the server expects `expectedSeq` next. */
  refused: { mutationId: string; seq: number; expectedSeq: number; reason: string } | null;
}

export interface PullResponse {
  rows: PulledRow[];
  /** `version`, or `version:table:rowId` inside a version larger than a page. */
  cursor: string;
  hasMore: boolean;
}

export interface FieldClock {
  at: string;
  deviceId: string;
  userId?: string | null;
}

/** One row of a pull page: the row as the server holds it now. */
export interface PulledRow {
  table: string;
  rowId: string;
  fields: Record<string, unknown>;
  deletedAt: string | null;
  serverVersion: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
  /** Per field, who last wrote it and when, if the server sends it: the author the local audit trail names. */
  fieldClocks?: Record<string, FieldClock>;
}
