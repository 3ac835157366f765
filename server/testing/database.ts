import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type SyncDatabase } from '../db/client';

export interface TestDatabase {
  db: SyncDatabase;
  /** Opens another pool on the same database (real PostgreSQL only), e.g. for many concurrent clients. */
  url: string | null;
  close(): Promise<void>;
}

const defaultUrl = 'postgres://postgres@127.0.0.1:5432/test';
let announced = false;

/**
 * A fresh, migrated database for one test file: a uniquely named database on the real PostgreSQL
 * server when it is reachable (dropped on close), PGlite otherwise. On CI the real server is required.
 */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.SYNC_TEST_DATABASE_URL ?? defaultUrl;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2_000 });
  const reachable = await admin.connect().then(
    () => true,
    (error: Error) => {
      if (process.env.CI) throw new Error(`CI must test against real PostgreSQL, but ${redact(adminUrl)} is unreachable: ${error.message}`);
      return false;
    },
  );
  if (!reachable) {
    announce(`PGlite (PostgreSQL at ${redact(adminUrl)} is unreachable)`);
    const db = await openPglite();
    return { db, url: null, close: () => db.close() };
  }
  announce(`real PostgreSQL at ${redact(adminUrl)}`);
  const name = `sync_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const db = await openPostgres(url.toString(), { poolSize: options.poolSize });
    return {
      db,
      url: url.toString(),
      async close() {
        await db.close();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  } catch (error) {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.end());
    throw error;
  }
}

function announce(what: string): void {
  if (announced) return;
  announced = true;
  console.info(`[sync tests] database: ${what}`);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
