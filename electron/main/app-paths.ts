import path from 'node:path';

export interface AppPathsInput {
  isPackaged: boolean;
  /** app.getAppPath(): the project folder in dev and preview, app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: the folder beside app.asar when packaged. */
  resourcesPath: string;
  /** app.getPath('userData'). */
  userData: string;
}

export interface AppPaths {
  database: string;
  migrationsFolder: string;
  backups: string;
  /** The sync credential, encrypted with safeStorage (sync-credentials.ts). */
  syncCredential: string;
  /**
   * better-sqlite3 built for Electron's ABI by scripts/native-for-electron.mjs (npm start / npm run
   * dev), since node_modules keeps the Node build for tests. Packaged apps get node_modules rebuilt
   * for Electron by the packager and use the default module.
   */
  nativeBinding?: string;
}

/**
 * The migrations are read from disk at start, not bundled into main: packaging must ship
 * db/migrations as an extra resource (electron-builder: extraResources from db/migrations to
 * db/migrations), which lands in process.resourcesPath.
 */
export function appPaths({ isPackaged, appPath, resourcesPath, userData }: AppPathsInput): AppPaths {
  return {
    database: path.join(userData, 'servicedesk.sqlite'),
    migrationsFolder: path.join(isPackaged ? resourcesPath : appPath, 'db', 'migrations'),
    backups: path.join(userData, 'backups'),
    syncCredential: path.join(userData, 'sync-credential.bin'),
    nativeBinding: isPackaged ? undefined : path.join(appPath, 'out', 'native', 'better_sqlite3.node'),
  };
}
