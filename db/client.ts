import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { restoreDeferredSchema } from './deferred-schema';
import * as schema from './schema';

export type Db = ReturnType<typeof drizzle<typeof schema>>;

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: Db;
}

/** Where the generated migrations live; overridable for bundled builds (Electron main). */
export const defaultMigrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Opens (and creates) the database, sets the pragmas we rely on, restores deferred indexes and applies pending migrations. */
export function openDatabase(file: string, options: { migrationsFolder?: string; nativeBinding?: string } = {}): OpenedDatabase {
  // The desktop app passes a native module built for Electron's ABI (scripts/native-for-electron.mjs).
  const sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle(sqlite, { schema });
  // Indexes a bulk load set aside and did not get to build again (the desktop stopped halfway):
  // before the migrations, which may refer to them.
  restoreDeferredSchema(sqlite);
  migrate(db, { migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder });
  return { sqlite, db };
}
