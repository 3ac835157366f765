import { applyPulledPage, type ApplyCore } from './apply';
import { bulkPull } from './bulk-pull';
import { callServer, OFFLINE_MESSAGE, SyncHttpError, SyncOfflineError, type Connection, type Fetch } from './http';
import { markAcked, readOutbox, resend } from './outbox';
import type { PullResponse, PushResponse } from './protocol';
import { forgetServerVersions, loadSyncState, updateSyncState, type SyncStatus } from './state';

export interface SyncOnceOptions {
  core: ApplyCore;
  fetch: Fetch;
  serverUrl: string;
  deviceId: string;
  credential: string;
  /** Mutations per push; each push is one transaction on the server. */
  batchSize?: number;
  /** Rows per pull page; each page is one transaction here. */
  pageSize?: number;
  /** After a restore of the server: local changes of this many days are pushed again. */
  resendDays?: number;
  timeoutMs?: number;
}

export interface SyncOutcome {
  status: SyncStatus;
  pushed: number;
  pulled: number;
  /** Dutch, for the status indicator. */
  error: string | null;
}

type Epoch = { epoch?: string };

const running = new WeakMap<object, Promise<SyncOutcome>>();

/**
 * One sync round: push the outbox first, then pull until the server has nothing newer. Never
 * throws for what a server or network can do; the outcome and sync_state say how it went. A
 * second call while one runs joins the running one.
 */
export function syncOnce(options: SyncOnceOptions): Promise<SyncOutcome> {
  const busy = running.get(options.core.db);
  if (busy) return busy;
  const round = runRound(options).finally(() => running.delete(options.core.db));
  running.set(options.core.db, round);
  return round;
}

async function runRound(options: SyncOnceOptions): Promise<SyncOutcome> {
  const { core } = options;
  const progress = { pushed: 0, pulled: 0 };
  updateSyncState(core.db, { serverUrl: options.serverUrl, deviceId: options.deviceId, status: 'bezig', pushed: 0, pulled: 0 });
  try {
    // A new epoch sends us round once more, from the start; a second one in the same round is an error.
    for (let attempt = 0; ; attempt++) {
      try {
        await pushAll(options, progress);
        await pullAll(options, progress);
        break;
      } catch (error) {
        if (attempt > 0 || !(error instanceof SyncHttpError && error.code === 'epoch')) throw error;
        startFullResync(options, String(error.body.epoch ?? ''));
      }
    }
    return finish(core, { status: 'bijgewerkt', ...progress, error: null }, core.clock.now().toISOString());
  } catch (error) {
    return finish(core, { status: statusFor(error), ...progress, error: messageFor(error) });
  }
}

function finish(core: ApplyCore, outcome: SyncOutcome, syncedAt?: string): SyncOutcome {
  updateSyncState(core.db, { status: outcome.status, lastError: outcome.error, pushed: outcome.pushed, pulled: outcome.pulled, ...(syncedAt ? { lastSyncAt: syncedAt } : {}) });
  return outcome;
}

function connection(options: SyncOnceOptions): Connection {
  const state = loadSyncState(options.core.db);
  return { fetch: options.fetch, serverUrl: options.serverUrl, deviceId: options.deviceId, credential: options.credential, epoch: state.epoch, timeoutMs: options.timeoutMs };
}

async function pushAll(options: SyncOnceOptions, progress: { pushed: number }): Promise<void> {
  const { core } = options;
  let resentForGap = false;
  for (;;) {
    const batch = readOutbox(core.sqlite, options.batchSize ?? 500);
    if (batch.length === 0) return;
    const response = await callServer<PushResponse>(connection(options), 'POST', 'v1/push', { mutations: batch });
    markAcked(core.sqlite, response.acks, batch, core.clock.now().toISOString());
    progress.pushed += response.acks.length;
    updateSyncState(core.db, { pushed: progress.pushed });
    if (response.refused) {
      // The server misses earlier entries (it was restored, or an ack got lost in a crash): send
      // again from where it expects to continue, once per round.
      if (resentForGap || response.refused.expectedSeq > response.refused.seq) throw gapError(response.refused.expectedSeq);
      resentForGap = true;
      resend(core.sqlite, { fromSeq: response.refused.expectedSeq });
    } else if (response.acks.length === 0) {
      throw new SyncHttpError(200, 'no_progress', 'De syncserver nam geen wijzigingen aan.', {});
    }
  }
}

async function pullAll(options: SyncOnceOptions, progress: { pulled: number }): Promise<void> {
  const { core } = options;
  const cursor = String(loadSyncState(core.db).cursor);
  const bulk = bulkPull(core, cursor);
  const fetchPage = async (from: string) => {
    const query = new URLSearchParams({ cursor: from, limit: String(options.pageSize ?? 1000) });
    return callServer<PullResponse & Epoch>(connection(options), 'GET', `v1/pull?${query}`);
  };
  let next: Promise<PullResponse & Epoch> | undefined = fetchPage(cursor);
  try {
    while (next) {
      const page: PullResponse & Epoch = await next;
      // The next page is asked for before this one is written, so the server reads it meanwhile.
      next = page.hasMore ? prefetch(fetchPage(page.cursor)) : undefined;
      if (next) await sent();
      // The page and the cursor after it in one transaction: a crash re-pulls at most this page.
      const applied = core.sqlite.transaction(() => {
        const result = applyPulledPage(core, page.rows);
        updateSyncState(core.db, { cursor: completedVersion(page.cursor), pulled: progress.pulled + page.rows.length });
        return result;
      })();
      progress.pulled += page.rows.length;
      bulk.pageApplied(applied, page.rows.length, page.hasMore);
    }
  } finally {
    bulk.finish();
  }
}

/** A page asked for ahead: if the pull stops first, its failure is nobody's to handle. */
function prefetch<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

/** Lets the request just made leave before the event loop is held by writing a page. */
function sent(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Inside a version (`version:table:rowId`) only the versions before it are complete; pulling that version again is harmless. */
function completedVersion(cursor: string): number {
  const [version, after] = [Number.parseInt(cursor, 10), cursor.includes(':')];
  return after ? version - 1 : version;
}

/**
 * The server was restored from a backup: it may have forgotten recent changes. Pull everything
 * again, forget the versions seen before, and push the recent local changes once more (the
 * server skips those it still has).
 */
function startFullResync(options: SyncOnceOptions, epoch: string): void {
  const { core } = options;
  const hadEpoch = loadSyncState(core.db).epoch !== null;
  core.sqlite.transaction(() => {
    updateSyncState(core.db, { epoch, cursor: 0 });
    if (!hadEpoch) return; // first contact: nothing to redo
    forgetServerVersions(core.sqlite);
    const since = new Date(core.clock.now().getTime() - (options.resendDays ?? 30) * 86_400_000).toISOString();
    resend(core.sqlite, { since });
  })();
}

function gapError(expectedSeq: number): SyncHttpError {
  return new SyncHttpError(409, 'seq_gap', `De syncserver mist wijzigingen van deze computer vanaf nummer ${expectedSeq}. Neem contact op met de beheerder.`, {});
}

function statusFor(error: unknown): SyncStatus {
  if (error instanceof SyncOfflineError) return 'offline';
  if (error instanceof SyncHttpError) {
    if (error.status === 426) return 'verouderd';
    if (error.code === 'device_revoked') return 'ingetrokken';
    if (error.code === 'device_pending') return 'wacht_op_goedkeuring';
  }
  return 'fout';
}

function messageFor(error: unknown): string {
  if (error instanceof SyncOfflineError) return OFFLINE_MESSAGE;
  if (error instanceof SyncHttpError) return error.message;
  return `Synchroniseren is mislukt: ${error instanceof Error ? error.message : String(error)}`;
}
