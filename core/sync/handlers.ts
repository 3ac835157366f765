import { syncContracts, type SyncConflict, type SyncDevice, type SyncReport, type SyncStatusView } from '../contracts/sync';
import { fieldLabel, tableLabel } from '../contracts/labels';
import { requireUser, type HandlerContext } from '../context';
import { DomainError } from '../errors';
import { defineHandlers } from '../handlers';
import { countStaff } from '../staff/queries';
import { syncedTableByName } from './apply';
import { callServer, SyncHttpError, SyncOfflineError, type Connection } from './http';
import { countUnsent } from './outbox';
import { describeReportReason } from './report-reason';
import { describeSyncedRow } from './row-label';
import type { SyncService } from './service';
import { loadSyncState } from './state';

export const syncHandlers = defineHandlers(syncContracts, {
  'sync.status': (_input, ctx) => statusView(ctx),

  'sync.now': async (_input, ctx) => {
    const sync = requireService(ctx);
    if (!statusView(ctx).configured) throw new DomainError('sync.not_configured');
    await sync.syncNow();
    return statusView(ctx);
  },

  'sync.register': async (input, ctx) => {
    const sync = requireService(ctx);
    await serverCall(() => sync.register(input), { offlineField: 'serverUrl', refusedField: 'code' });
    return statusView(ctx);
  },

  // A further desktop's first start: instead of a first admin of its own, it fetches the office's
  // staff from the server; its people then sign in with the accounts they already have.
  'sync.join': async (input, ctx) => {
    const sync = requireService(ctx);
    if (countStaff(ctx.db) > 0) throw new DomainError('sync.join_after_setup');
    await serverCall(() => sync.register(input), { offlineField: 'serverUrl', refusedField: 'code' });
    return statusView(ctx);
  },

  'sync.joinProgress': async (_input, ctx) => {
    const sync = requireService(ctx);
    if (countStaff(ctx.db) > 0) throw new DomainError('sync.join_after_setup');
    if (!loadSyncState(ctx.db).serverUrl) throw new DomainError('sync.not_configured');
    await sync.syncNow();
    return statusView(ctx);
  },

  'sync.disconnect': async (_input, ctx) => {
    await requireService(ctx).disconnect();
    return statusView(ctx);
  },

  'sync.reports': (input, ctx) => {
    const rows = ctx.sqlite
      .prepare(
        `SELECT mutation_id, table_name, row_id, status, reason, reported_at, seen_at FROM sync_reports
         ${input.includeSeen ? '' : 'WHERE seen_at IS NULL'} ORDER BY reported_at DESC, seq DESC LIMIT 500`,
      )
      .all() as { mutation_id: string; table_name: string; row_id: string; status: SyncReport['status']; reason: string | null; reported_at: string; seen_at: string | null }[];
    return rows.map((r) => ({
      mutationId: r.mutation_id,
      tableName: r.table_name,
      tableLabel: tableLabel(r.table_name),
      rowId: r.row_id,
      rowLabel: describeSyncedRow(ctx.sqlite, r.table_name, r.row_id),
      status: r.status,
      reason: describeReportReason(r.table_name, r.reason),
      reportedAt: r.reported_at,
      seen: r.seen_at !== null,
    }));
  },

  'sync.markReportsSeen': (input, ctx) => {
    const now = ctx.clock.now().toISOString();
    const mark = ctx.sqlite.prepare('UPDATE sync_reports SET seen_at = ? WHERE mutation_id = ? AND seen_at IS NULL');
    const marked = ctx.sqlite.transaction(() => input.mutationIds.reduce((n, id) => n + mark.run(now, id).changes, 0))();
    return { marked };
  },

  'sync.conflicts': async (_input, ctx) => {
    const connection = await connect(ctx);
    const { conflicts } = await serverCall(() => callServer<{ conflicts: ServerConflict[] }>(connection, 'GET', 'v1/conflicts'));
    return conflicts.map((c) => toConflict(ctx, c));
  },

  'sync.resolveConflict': async (input, ctx) => {
    const user = requireUser(ctx);
    const connection = await connect(ctx);
    const { conflicts } = await serverCall(() => callServer<{ conflicts: ServerConflict[] }>(connection, 'GET', 'v1/conflicts'));
    const conflict = conflicts.find((c) => c.id === input.id);
    if (!conflict) throw new DomainError('record.not_found');
    if (input.keep === 'losing') restoreLosingValue(ctx, conflict);
    // The restored value is an ordinary local change: it reaches the server with the next push.
    await serverCall(() =>
      callServer(connection, 'POST', `v1/conflicts/${input.id}/resolve`, {
        resolution: input.keep === 'losing' ? 'losing_restored' : 'winning_kept',
        resolvedBy: user.name,
      }),
    );
    void ctx.sync?.syncNow();
    return { resolved: true as const };
  },

  'sync.devices': async (_input, ctx) => {
    const connection = await connect(ctx);
    const { devices } = await serverCall(() => callServer<{ devices: ServerDevice[] }>(connection, 'GET', 'v1/admin/devices'));
    return devices.map((d) => toDevice(d, connection.deviceId));
  },

  'sync.approveDevice': async (input, ctx) => {
    const connection = await connect(ctx);
    const device = await serverCall(() => callServer<ServerDevice>(connection, 'POST', `v1/admin/devices/${encodeURIComponent(input.id)}/approve`, {}));
    return toDevice(device, connection.deviceId);
  },

  'sync.revokeDevice': async (input, ctx) => {
    const connection = await connect(ctx);
    const device = await serverCall(() => callServer<ServerDevice>(connection, 'POST', `v1/admin/devices/${encodeURIComponent(input.id)}/revoke`, {}));
    return toDevice(device, connection.deviceId);
  },

  'sync.createCode': async (input, ctx) => {
    const connection = await connect(ctx);
    return serverCall(() => callServer<{ code: string; expiresAt: string }>(connection, 'POST', 'v1/admin/codes', { autoApprove: input.approveAtOnce }));
  },
});

type ServerConflict = Omit<SyncConflict, 'tableLabel' | 'rowLabel' | 'fieldLabel'>;
type ServerDevice = Omit<SyncDevice, 'thisDesktop'>;

function requireService(ctx: HandlerContext): SyncService {
  if (!ctx.sync) throw new DomainError('sync.unavailable');
  return ctx.sync;
}

function statusView(ctx: HandlerContext): SyncStatusView {
  const state = loadSyncState(ctx.db);
  const unseen = ctx.sqlite.prepare('SELECT count(*) FROM sync_reports WHERE seen_at IS NULL').pluck().get() as number;
  return {
    configured: state.serverUrl !== null && state.deviceId !== null,
    available: ctx.sync !== null,
    status: state.status,
    running: ctx.sync?.running ?? false,
    serverUrl: state.serverUrl,
    deviceId: state.deviceId,
    deviceName: state.deviceName,
    numberPrefix: state.numberPrefix,
    lastSyncAt: state.lastSyncAt,
    lastError: state.lastError,
    pushed: state.pushed,
    pulled: state.pulled,
    unsent: countUnsent(ctx.sqlite),
    unseenReports: unseen,
  };
}

/** This desktop's credential, speaking for the signed-in person (the server's admin routes check the role). */
async function connect(ctx: HandlerContext): Promise<Connection & { deviceId: string }> {
  const sync = requireService(ctx);
  const state = loadSyncState(ctx.db);
  const credential = await sync.credential();
  if (!state.serverUrl || !credential) throw new DomainError('sync.not_configured');
  return {
    fetch: sync.fetch,
    serverUrl: state.serverUrl,
    deviceId: credential.deviceId,
    credential: credential.credential,
    epoch: state.epoch,
    timeoutMs: 15_000,
    headers: { 'x-sync-user-roles': (ctx.user?.roles ?? []).join(',') },
  };
}

/** The server's refusal in its own Dutch words; unreachable as a clear message at the right field. */
async function serverCall<T>(fn: () => Promise<T>, fields: { offlineField?: string; refusedField?: string } = {}): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof SyncOfflineError) throw new DomainError('sync.offline', {}, fields.offlineField ? [fields.offlineField] : []);
    if (error instanceof SyncHttpError) throw new DomainError('sync.server', { message: error.message }, fields.refusedField ? [fields.refusedField] : []);
    throw error;
  }
}

function toConflict(ctx: HandlerContext, c: ServerConflict): SyncConflict {
  return {
    ...c,
    tableLabel: tableLabel(c.tableName),
    rowLabel: describeSyncedRow(ctx.sqlite, c.tableName, c.rowId),
    fieldLabel: fieldLabel(c.tableName, c.field),
  };
}

function toDevice(d: ServerDevice, thisDeviceId: string): SyncDevice {
  return { ...d, thisDesktop: d.id === thisDeviceId };
}

/** Brings the losing value back through the one write path: audited, versioned, pushed like any edit. */
function restoreLosingValue(ctx: HandlerContext, conflict: ServerConflict): void {
  const table = syncedTableByName(conflict.tableName);
  if (!table) throw new DomainError('sync.row_missing');
  ctx.write((w) => {
    const exists = ctx.sqlite.prepare(`SELECT 1 FROM "${conflict.tableName}" WHERE id = ?`).pluck().get(conflict.rowId);
    if (!exists) throw new DomainError('sync.row_missing');
    w.update(table, conflict.rowId, { [conflict.field]: conflict.losingValue } as never);
  });
}
