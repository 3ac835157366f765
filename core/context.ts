import type Database from 'better-sqlite3';
import type { Db } from '../db/client';
import type { Clock } from './clock';
import type { CurrentUser } from './contracts/auth';
import type { Ids } from './ids';
import type { PasswordHasher } from './auth/passwords';
import type { Writer } from './mutation/writer';
import type { SyncService } from './sync/service';

/** What a host keeps per client (a window, a browser): who is signed in there. */
export interface ClientSession {
  userId: string | null;
}

export function createClientSession(): ClientSession {
  return { userId: null };
}

/** Everything a handler may use. Tests build real ones; nothing is mocked by module. */
export interface HandlerContext {
  db: Db;
  sqlite: Database.Database;
  clock: Clock;
  ids: Ids;
  passwords: PasswordHasher;
  /** Folder of the document archive's files (.docx, .pdf); paths in the database are relative to it. */
  documentsDir: string;
  /** The signed-in caller, or null for public procedures called before sign-in. */
  user: CurrentUser | null;
  session: ClientSession;
  /**
   * Runs `fn` in one SQLite transaction with audit trail and change log; all or nothing. The
   * author is the signed-in user, or `actingUserId` where no one is signed in yet (first start).
   */
  write<T>(fn: (w: Writer) => T, options?: { actingUserId?: string }): T;
  /** Sync rounds with the central server; null when the host offers no credential store. */
  sync: SyncService | null;
}

export function requireUser(ctx: HandlerContext): CurrentUser {
  if (!ctx.user) throw new Error('Handler needs a signed-in user but access allowed anonymous calls');
  return ctx.user;
}
