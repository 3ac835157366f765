import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contracts } from './contracts';
import { mergeContracts } from './contracts/contract';
import { SCHEMA_VERSION } from './mutation/schema-version';
import { assertRegistryComplete, handlers } from './registry';

describe('procedure registry', () => {
  it('has exactly one handler per contract', () => {
    expect(() => assertRegistryComplete()).not.toThrow();
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contracts).sort());
  });

  it('fails at start-up when two areas define the same procedure', () => {
    const one = { 'x.do': contracts['system.ping'] };
    expect(() => mergeContracts(one, one)).toThrow(/x\.do is defined twice/);
  });

  it('S1: every procedure declares who may call it', () => {
    for (const [name, contract] of Object.entries(contracts)) {
      expect(contract.access === 'public' || contract.access === 'signedIn' || contract.access.length > 0, name).toBe(true);
    }
    const publicOnes = Object.entries(contracts).filter(([, c]) => c.access === 'public').map(([n]) => n).sort();
    expect(publicOnes).toEqual(['auth.setup', 'auth.signIn', 'auth.signOut', 'auth.status', 'sync.join', 'sync.joinProgress', 'system.ping']);
  });

  it('names procedures area.verb', () => {
    for (const name of Object.keys(contracts)) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]+$/);
  });

  it('the schema version in the change log equals the number of migrations', () => {
    const journal = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../db/migrations/meta/_journal.json'), 'utf8'));
    expect(SCHEMA_VERSION).toBe(journal.entries.length);
  });
});
