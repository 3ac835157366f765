import fs from 'node:fs/promises';
import path from 'node:path';

/** What proves this desktop to the sync server. Kept outside the database, so a copied database file carries no secret. */
export interface DeviceCredential {
  deviceId: string;
  credential: string;
}

/** Where the credential is kept: Electron's safeStorage on the desktop (electron/main/sync-credentials.ts), a private file in the browser host. */
export interface CredentialStore {
  /** Stored in sync_state.credential_ref: which store holds it, never the secret. */
  readonly ref: string;
  load(): Promise<DeviceCredential | null>;
  save(credential: DeviceCredential): Promise<void>;
  clear(): Promise<void>;
}

/** A JSON file only its owner can read or write (0600), replaced atomically. */
export function fileCredentialStore(file: string): CredentialStore {
  return {
    ref: `file:${file}`,
    async load() {
      const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      return text === null ? null : parseCredential(text);
    },
    async save(credential) {
      await writePrivateFile(file, JSON.stringify(credential));
    },
    async clear() {
      await fs.rm(file, { force: true });
    },
  };
}

/** Writes beside the target and renames, so a crash never leaves half a credential; 0600 from the first byte. */
export async function writePrivateFile(file: string, contents: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, contents, { mode: 0o600 });
  await fs.chmod(temporary, 0o600); // the umask never widens it, but an existing file keeps its old mode
  await fs.rename(temporary, file);
}

export function parseCredential(text: string): DeviceCredential {
  const value = JSON.parse(text) as Partial<DeviceCredential>;
  if (typeof value.deviceId !== 'string' || typeof value.credential !== 'string') throw new Error('The stored sync credential is unreadable');
  return { deviceId: value.deviceId, credential: value.credential };
}
