import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/client';
import { systemClock, type Clock } from './clock';
import { contracts, type ProcedureInput, type ProcedureName, type ProcedureOutput } from './contracts';
import type { Envelope } from './contracts/envelope';
import type { ClientSession, HandlerContext } from './context';
import { createDispatch } from './dispatch';
import { uuidIds, type Ids } from './ids';
import { createWriter, type Writer } from './mutation/writer';
import { scryptHasher, type PasswordHasher } from './auth/passwords';
import { assertRegistryComplete, handlers } from './registry';
import { loadCurrentUser } from './staff/current-user';
import { createSyncService, type SyncHostOptions } from './sync/service';

export interface CoreOptions {
  /** SQLite file, or ':memory:'. */
  dbPath: string;
  /** Where produced documents (.docx, .pdf) are kept; by default `documents/` beside the database. */
  documentsDir?: string;
  clock?: Clock;
  ids?: Ids;
  passwords?: PasswordHasher;
  migrationsFolder?: string;
  /** better-sqlite3 native module to load instead of the default (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** Check every handler's output against its contract; on by default outside production. */
  validateOutput?: boolean;
  log?: (message: string, error?: unknown) => void;
  /** Where this host keeps the sync credential; without it the desktop cannot be linked to a server. */
  sync?: SyncHostOptions;
}

/** Events hosts forward to the renderer: which tables changed, so screens can refresh. */
export interface CoreEvents {
  changed: [tables: string[]];
}

export type Core = ReturnType<typeof createCore>;

export function createCore(options: CoreOptions) {
  assertRegistryComplete();
  const { sqlite, db } = openDatabase(options.dbPath, { migrationsFolder: options.migrationsFolder, nativeBinding: options.nativeBinding });
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? uuidIds;
  const passwords = options.passwords ?? scryptHasher();
  const log = options.log ?? ((message, error) => console.error(message, error));
  const events = new EventEmitter<CoreEvents>();
  const documentsDir = options.documentsDir ?? defaultDocumentsDir(options.dbPath);

  function write<T>(userId: string | null, fn: (w: Writer) => T): T {
    const changedTables = new Set<string>();
    const run = sqlite.transaction(() => {
      const writer = createWriter({ db, sqlite, ids, at: clock.now().toISOString(), userId, onTableChanged: (t) => changedTables.add(t) });
      const result = fn(writer);
      if (result instanceof Promise) throw new Error('ctx.write takes a synchronous function: a transaction cannot span an await');
      return result;
    });
    const result = run();
    if (changedTables.size > 0) events.emit('changed', [...changedTables]);
    return result;
  }

  const sync = options.sync ? createSyncService({ db, sqlite, ids, clock, events }, { log, ...options.sync }) : null;

  const dispatch = createDispatch({
    contracts,
    handlers: handlers as never,
    loadUser: (id) => loadCurrentUser(sqlite, id),
    validateOutput: options.validateOutput ?? process.env.NODE_ENV !== 'production',
    onInternalError: (name, error) => log(`Procedure ${name} failed`, error),
    makeContext: (user, session) => ({
      db,
      sqlite,
      clock,
      ids,
      passwords,
      documentsDir,
      user,
      session,
      write: (fn, writeOptions) => write(user?.id ?? writeOptions?.actingUserId ?? null, fn),
      sync,
    }),
  });

  return {
    dispatch,
    /** Typed call for tests, scripts and the bench: same path as the hosts. */
    call<N extends ProcedureName>(name: N, input: ProcedureInput<N>, session: ClientSession): Promise<Envelope<ProcedureOutput<N>>> {
      return dispatch(name, input, session) as Promise<Envelope<ProcedureOutput<N>>>;
    },
    events,
    /** Started and stopped by the host, beside the mail sender. */
    sync,
    sqlite,
    db,
    documentsDir,
    // For work outside a procedure (the mail sender, core/mail/sender.ts): the same one write path as
    // ctx.write, authored by `userId`, or by no one (null) for the system's own bookkeeping.
    write,
    clock,
    ids,
    close() {
      events.removeAllListeners();
      sqlite.close();
    },
  };
}

function defaultDocumentsDir(dbPath: string): string {
  return dbPath === ':memory:' ? path.join(os.tmpdir(), 'servicedesk-documents') : path.join(path.dirname(path.resolve(dbPath)), 'documents');
}
