import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../app';
import { manualClock } from '../clock';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../contracts';
import { createClientSession, type ClientSession } from '../context';
import { scryptHasher } from '../auth/passwords';

export const ADMIN = { username: 'beheer', password: 'eerste-wachtwoord-1', name: 'Anna de Beheerder' };

/**
 * A real core on a real SQLite file in a fresh temporary folder, built by the real migrations.
 * Only the clock is controlled; scrypt runs at a lower cost so the suite stays quick.
 */
export function createTestCore(start = '2026-11-21T09:00:00Z', extra: Pick<CoreOptions, 'sync'> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-test-'));
  const dbPath = path.join(dir, 'servicedesk.sqlite');
  const clock = manualClock(start);
  const errors: unknown[] = [];
  const core = createCore({ dbPath, clock, passwords: scryptHasher(12), log: (_m, e) => errors.push(e), ...extra });
  return {
    core,
    clock,
    dbPath,
    errors,
    session: createClientSession,
    /** Calls a procedure and returns its value; fails the test with the Dutch message otherwise. */
    async ok<N extends ProcedureName>(name: N, input: ProcedureInput<N>, session: ClientSession): Promise<ProcedureOutput<N>> {
      const result = await core.call(name, input, session);
      if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
      return result.value;
    },
    close() {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestCore = ReturnType<typeof createTestCore>;

/** First start done: an administrator exists and is signed in on the returned session. */
export async function withAdmin(t: TestCore) {
  const admin = t.session();
  const user = await t.ok('auth.setup', { organisationName: 'Servicedesk Woerden', ...ADMIN, passwordRepeat: ADMIN.password }, admin);
  return { admin, adminUser: user };
}

export type { Core };
