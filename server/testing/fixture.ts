import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import type { SyncDatabase } from '../db/client';
import { createRegistrationCode } from '../devices/codes';
import { registerDevice, type Registration } from '../devices/register';
import { DEFAULT_OFFICE_ID, findOffice } from '../offices';
import type { Mutation } from '../sync/contracts';
import { push, type PushResult } from '../sync/push';
import { schemaRange } from '../sync/schema-range';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestDevice extends Registration {
  /** Headers of an ordinary request from this device (a user without the admin role). */
  headers: Record<string, string>;
  adminHeaders: Record<string, string>;
  nextSeq: number;
  /** An outbox entry with this device's next seq. */
  mutation(draft: MutationDraft): Mutation;
  pushMutations(mutations: Mutation[]): Promise<PushResult>;
  /** Pushes outbox entries with the next seqs of this device (direct call, no HTTP). */
  push(...entries: MutationDraft[]): Promise<PushResult>;
}

export type MutationDraft = Omit<Mutation, 'seq' | 'mutationId' | 'userId' | 'at'> & Partial<Pick<Mutation, 'mutationId' | 'userId' | 'at'>>;

export interface SyncFixture {
  test: TestDatabase;
  db: SyncDatabase;
  app: FastifyInstance;
  officeId: string;
  epoch(): Promise<string>;
  /** A device registered with a server-made code, so approved at once. */
  device(name: string): Promise<TestDevice>;
  close(): Promise<void>;
}

let counter = 0;

export async function createSyncFixture(options: { poolSize?: number } = {}): Promise<SyncFixture> {
  const test = await createTestDatabase(options);
  const app = await buildApp({ db: test.db });
  const epoch = async () => (await findOffice(test.db, DEFAULT_OFFICE_ID))!.epoch;
  return {
    test,
    db: test.db,
    app,
    officeId: DEFAULT_OFFICE_ID,
    epoch,
    async device(name) {
      const { code } = await createRegistrationCode(test.db, DEFAULT_OFFICE_ID, { autoApprove: true });
      return deviceFrom(test.db, await registerDevice(test.db, { code, name }));
    },
    async close() {
      await app.close();
      await test.close();
    },
  };
}

export function deviceFrom(db: SyncDatabase, registration: Registration): TestDevice {
  const headers = {
    authorization: `Bearer ${registration.deviceId}:${registration.credential}`,
    'x-schema-version': String(schemaRange.max),
    'x-sync-epoch': registration.epoch,
  };
  const device: TestDevice = {
    ...registration,
    headers,
    adminHeaders: { ...headers, 'x-sync-user-roles': 'staff,admin' },
    nextSeq: 1,
    mutation: (e) => ({ mutationId: `m${++counter}`, userId: 'user-1', at: '2026-11-21T10:00:00.000Z', ...e, seq: device.nextSeq++ }),
    pushMutations: (mutations) => push(db, { officeId: DEFAULT_OFFICE_ID, deviceId: registration.deviceId, mutations }),
    push: (...entries) => device.pushMutations(entries.map((e) => device.mutation(e))),
  };
  return device;
}
