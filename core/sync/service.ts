import type { ApplyCore } from './apply';
import type { SyncOutcome } from './client';
import type { CredentialStore } from './credentials';
import type { Fetch } from './http';
import { countUnsent } from './outbox';
import { registerDesktop, syncRegistered } from './register';
import { loadSyncState, updateSyncState } from './state';

/** What a host gives the core to sync with: where the credential lives, and the timing. */
export interface SyncHostOptions {
  store: CredentialStore;
  fetch?: Fetch;
  /** A round every minute, as the issue of the office asks. */
  intervalMs?: number;
  /** The first round after start: the window is up and a sign-in is not held up. */
  startDelayMs?: number;
  /** A round this long after local work, so a colleague sees it without waiting a minute. */
  afterChangeMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export type SyncServiceCore = ApplyCore;

export type SyncService = ReturnType<typeof createSyncService>;

const MINUTE = 60_000;

/**
 * Runs sync rounds for one desktop: on start, every minute, soon after local changes and on
 * demand. Rounds never overlap (syncOnce joins a running one); a round's failure only changes
 * sync_state, which the status indicator reads.
 */
export function createSyncService(core: SyncServiceCore, options: SyncHostOptions) {
  const fetchFn = options.fetch ?? fetch;
  const log = options.log ?? ((message: string, error?: unknown) => console.warn(message, error ?? ''));
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let interval: ReturnType<typeof setInterval> | null = null;
  let changeTimer: ReturnType<typeof setTimeout> | null = null;
  let current: Promise<SyncOutcome | null> | null = null;
  let stopped = false;

  function round(): Promise<SyncOutcome | null> {
    if (current) return current;
    current = syncRegistered({ core, fetch: fetchFn, store: options.store })
      .catch((error: unknown) => {
        // syncOnce itself never throws; this is the credential store (an unreadable file, a locked keychain).
        log('Synchroniseren kon niet starten', error);
        updateSyncState(core.db, { status: 'fout', lastError: 'De sleutel van deze computer voor de syncserver is onleesbaar. Koppel de computer opnieuw.' });
        return null;
      })
      .finally(() => {
        current = null;
      });
    return current;
  }

  function later(ms: number, fn: () => void) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timer.unref?.();
    timers.add(timer);
  }

  let timing = { intervalMs: options.intervalMs ?? MINUTE, startDelayMs: options.startDelayMs ?? 3_000, afterChangeMs: options.afterChangeMs ?? 5_000 };

  /** Local work leaves entries in the outbox; pulled rows do not, so a pull never starts another round. */
  function onChanged(tables: string[]) {
    if (stopped || changeTimer || tables.every((t) => t.startsWith('sync_'))) return;
    changeTimer = setTimeout(() => {
      changeTimer = null;
      if (!stopped && countUnsent(core.sqlite) > 0 && loadSyncState(core.db).serverUrl) void round();
    }, timing.afterChangeMs);
    changeTimer.unref?.();
  }

  return {
    start(override: Partial<typeof timing> = {}): void {
      stopped = false;
      timing = { ...timing, ...override };
      later(timing.startDelayMs, () => void round());
      interval = setInterval(() => void round(), timing.intervalMs);
      interval.unref?.();
      core.events.on('changed', onChanged);
    },

    /** Waits for a running round, so the database is not closed under it. */
    async stop(): Promise<void> {
      stopped = true;
      core.events.off('changed', onChanged);
      if (interval) clearInterval(interval);
      if (changeTimer) clearTimeout(changeTimer);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await current;
    },

    syncNow: round,

    get running(): boolean {
      return current !== null;
    },

    /** Links this desktop to a server with an admin's one-time code, then syncs at once. */
    async register(input: { serverUrl: string; code: string; name: string }) {
      await current;
      const state = await registerDesktop({ core, fetch: fetchFn, store: options.store, ...input });
      await round();
      return state;
    },

    /** Stops syncing; nothing local is lost, unsent changes stay in the outbox for a next link. */
    async disconnect(): Promise<void> {
      await current;
      await options.store.clear();
      updateSyncState(core.db, { deviceId: null, credentialRef: null, status: 'uit', lastError: null });
    },

    credential: () => options.store.load(),
    fetch: fetchFn,
  };
}
