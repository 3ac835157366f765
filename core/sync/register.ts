import type { ApplyCore } from './apply';
import { syncOnce, type SyncOutcome } from './client';
import type { CredentialStore } from './credentials';
import { callServer, type Fetch } from './http';
import { loadSyncState, updateSyncState } from './state';

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
export async function registerDesktop(input: { core: Pick<ApplyCore, 'db'>; fetch: Fetch; serverUrl: string; code: string; name: string; store: CredentialStore }) {
  const registration = await callServer<Registration>({ fetch: input.fetch, serverUrl: input.serverUrl }, 'POST', 'v1/devices/register', {
    code: input.code,
    name: input.name,
  });
  await input.store.save({ deviceId: registration.deviceId, credential: registration.credential });
  return updateSyncState(input.core.db, {
    serverUrl: input.serverUrl,
    deviceId: registration.deviceId,
    credentialRef: input.store.ref,
    numberPrefix: registration.numberPrefix,
    epoch: registration.epoch,
    cursor: 0,
    status: registration.status === 'pending' ? 'wacht_op_goedkeuring' : 'uit',
    lastError: null,
  });
}

/** A sync round with the server and credential this desktop registered with; null when sync is not set up. */
export async function syncRegistered(input: { core: ApplyCore; fetch: Fetch; store: CredentialStore }): Promise<SyncOutcome | null> {
  const state = loadSyncState(input.core.db);
  const credential = await input.store.load();
  if (!state.serverUrl || !credential) return null;
  return syncOnce({ core: input.core, fetch: input.fetch, serverUrl: state.serverUrl, deviceId: credential.deviceId, credential: credential.credential });
}
