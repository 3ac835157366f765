import type { ApplyCore } from './apply';
import { syncOnce, type SyncOutcome } from './client';
import type { CredentialStore } from './credentials';
import { callServer, type Fetch } from './http';
import { resend } from './outbox';
import { forgetServerVersions, loadSyncState, updateSyncState } from './state';

interface Registration {
  deviceId: string;
  credential: string;
  numberPrefix: string;
  epoch: string;
  status: 'pending' | 'approved';
}

/**
 * Registers this desktop with a one-time code an admin made. The credential goes to the store
 * (safeStorage, or a private file), never into the database; sync_state keeps where it is.
 */
export async function registerDesktop(input: {
  core: Pick<ApplyCore, 'db' | 'sqlite'>;
  fetch: Fetch;
  serverUrl: string;
  code: string;
  name: string;
  store: CredentialStore;
}) {
  const { sqlite } = input.core;
  const previous = loadSyncState(input.core.db);
  // The same server again (after a revoke): it has what was sent before. Another server gets everything.
  const sameServer = previous.serverUrl === input.serverUrl;
  const registration = await callServer<Registration>({ fetch: input.fetch, serverUrl: input.serverUrl }, 'POST', 'v1/devices/register', {
    code: input.code,
    name: input.name,
    lastSentSeq: sameServer ? lastSentSeq(sqlite) : 0,
  });
  await input.store.save({ deviceId: registration.deviceId, credential: registration.credential });
  return sqlite.transaction(() => {
    if (!sameServer) resend(sqlite, { fromSeq: 1 });
    // A new device starts reading from the beginning; what this desktop saw before proves nothing about it.
    forgetServerVersions(sqlite);
    return updateSyncState(input.core.db, {
      serverUrl: input.serverUrl,
      deviceId: registration.deviceId,
      deviceName: input.name,
    credentialRef: input.store.ref,
    numberPrefix: registration.numberPrefix,
    epoch: registration.epoch,
    cursor: 0,
      status: registration.status === 'pending' ? 'wacht_op_goedkeuring' : 'uit',
      lastError: null,
      lastSyncAt: null,
    });
  })();
}

/** The entry before the first unsent one: the server's device continues after it. */
function lastSentSeq(sqlite: ApplyCore['sqlite']): number {
  const row = sqlite
    .prepare('SELECT (SELECT min(seq) FROM change_log WHERE sent_at IS NULL) AS firstUnsent, (SELECT max(seq) FROM change_log) AS last')
    .get() as { firstUnsent: number | null; last: number | null };
  return row.firstUnsent !== null ? row.firstUnsent - 1 : (row.last ?? 0);
}

/** A sync round with the server and credential this desktop registered with; null when sync is not set up. */
export async function syncRegistered(input: { core: ApplyCore; fetch: Fetch; store: CredentialStore }): Promise<SyncOutcome | null> {
  const state = loadSyncState(input.core.db);
  const credential = await input.store.load();
  if (!state.serverUrl || !credential) return null;
  return syncOnce({ core: input.core, fetch: input.fetch, serverUrl: state.serverUrl, deviceId: credential.deviceId, credential: credential.credential });
}
