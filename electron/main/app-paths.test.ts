import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from './app-paths';

describe('app paths', () => {
  const common = { appPath: '/src/servicedesk', resourcesPath: '/opt/servicedesk/resources', userData: '/home/medewerker/.config/Servicedesk' };

  it('keeps the database and its backups in the user data folder', () => {
    const paths = appPaths({ ...common, isPackaged: true });
    expect(paths.database).toBe(path.join(common.userData, 'servicedesk.sqlite'));
    expect(paths.backups).toBe(path.join(common.userData, 'backups'));
  });

  it('reads migrations from the project in development and from the resources when packaged', () => {
    expect(appPaths({ ...common, isPackaged: false }).migrationsFolder).toBe(path.join(common.appPath, 'db', 'migrations'));
    expect(appPaths({ ...common, isPackaged: true }).migrationsFolder).toBe(path.join(common.resourcesPath, 'db', 'migrations'));
  });

  it('loads the Electron build of better-sqlite3 from out/native only when not packaged', () => {
    expect(appPaths({ ...common, isPackaged: false }).nativeBinding).toBe(path.join(common.appPath, 'out', 'native', 'better_sqlite3.node'));
    expect(appPaths({ ...common, isPackaged: true }).nativeBinding).toBeUndefined();
  });
});
