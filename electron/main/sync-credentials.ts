import fs from 'node:fs/promises';
import { safeStorage } from 'electron';
import { parseCredential, writePrivateFile, type CredentialStore } from '../../core/sync/credentials';

/**
 * The desktop's sync credential, encrypted with Electron's safeStorage (the OS keychain, DPAPI or
 * libsecret) in a file only this user can read. A copied database or user folder carries no usable
 * secret. Call after the app is ready.
 */
export function safeStorageCredentialStore(file: string): CredentialStore {
  return {
    ref: `safeStorage:${file}`,
    async load() {
      const encrypted = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!encrypted) return null;
      const decrypted = await safeStorage.decryptStringAsync(encrypted);
      const credential = parseCredential(decrypted.result);
      // The OS rotated its key: store it again under the new one.
      if (decrypted.shouldReEncrypt) await writePrivateFile(file, await safeStorage.encryptStringAsync(decrypted.result));
      return credential;
    },
    async save(credential) {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) {
        // Never fall back to plain text on the desktop: without a keychain, sync cannot be set up.
        throw new Error('safeStorage encryption is not available on this system');
      }
      await writePrivateFile(file, await safeStorage.encryptStringAsync(JSON.stringify(credential)));
    },
    async clear() {
      await fs.rm(file, { force: true });
    },
  };
}
