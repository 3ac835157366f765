import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { syncState } from '../../db/schema';

export type SyncState = typeof syncState.$inferSelect;
export type SyncStatus = SyncState['status'];

const LOCAL = 'local';

/** This desktop's one sync_state row, made on first use. */
export function loadSyncState(db: Db): SyncState {
  db.insert(syncState).values({ id: LOCAL }).onConflictDoNothing().run();
  return db.select().from(syncState).where(eq(syncState.id, LOCAL)).get()!;
}

export function updateSyncState(db: Db, patch: Partial<Omit<SyncState, 'id'>>): SyncState {
  loadSyncState(db);
  return db.update(syncState).set(patch).where(eq(syncState.id, LOCAL)).returning().get()!;
}

/**
 * After the server was restored from a backup (a new epoch) its versions mean something else:
 * everything is pulled again from the start and the versions seen so far are forgotten.
 */
export function forgetServerVersions(sqlite: Database.Database): void {
  sqlite.prepare('DELETE FROM sync_versions').run();
}
