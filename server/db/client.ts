import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PGlite } from '@electric-sql/pglite';

/** The part of a pg client the sync logic needs: tests and the server hand it either driver. */
export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export type Isolation = 'read committed' | 'repeatable read';

export interface SyncDatabase extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (q: Queryable) => Promise<T>, options?: { isolation?: Isolation }): Promise<T>;
  close(): Promise<void>;
}

export const serverMigrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Opens PostgreSQL through a connection pool and applies pending migrations. */
export async function openPostgres(url: string, options: { poolSize?: number } = {}): Promise<SyncDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  await migratePg(drizzlePg(pool), { migrationsFolder: serverMigrationsFolder });
  return {
    kind: 'postgres',
    query: (text, params) => pool.query(text, params as unknown[]) as never,
    async transaction(fn, options) {
      const client = await pool.connect();
      try {
        await client.query(options?.isolation === 'repeatable read' ? 'BEGIN ISOLATION LEVEL REPEATABLE READ' : 'BEGIN');
        const result = await fn({ query: (text, params) => client.query(text, params as unknown[]) as never });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens an in-memory PGlite (tests without a PostgreSQL server) and applies the migrations. */
export async function openPglite(): Promise<SyncDatabase> {
  // Imported lazily: PGlite is a development dependency, never needed by the running server.
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const lite: PGlite = new PGlite();
  await migrate(drizzle(lite), { migrationsFolder: serverMigrationsFolder });
  return {
    kind: 'pglite',
    query: (text, params) => lite.query(text, params) as never,
    transaction: (fn, options) =>
      lite.transaction(async (tx) => {
        if (options?.isolation === 'repeatable read') await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
        return fn({ query: (text, params) => tx.query(text, params) as never });
      }),
    close: () => lite.close(),
  };
}

/** pg returns bigint columns as strings, PGlite may return numbers: versions are read through here. */
export function toNumber(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}
