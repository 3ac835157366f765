import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { DEFAULT_SERVICE_CATEGORIES } from './defaults';
import { seedDemoProviders } from './demo';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

describe('demo providers', () => {
  it('fill every screen: approved, waiting, rejected, and one on the insurance work list', async () => {
    const { admin } = await withAdmin(t);
    await seedDemoProviders(t.core, admin);
    expect(await t.ok('providers.listCategories', {}, admin)).toHaveLength(DEFAULT_SERVICE_CATEGORIES.length);
    const all = await t.ok('providers.list', {}, admin);
    expect(all.total).toBe(6);
    expect((await t.ok('providers.list', { approved: true, region: '3441 AB' }, admin)).rows.map((r) => r.name)).toEqual([
      'Henk Bos',
      'Elektro Smit B.V.',
      'Klusbedrijf Van Dijk',
    ]);
    expect((await t.ok('providers.insuranceExpiring', {}, admin)).map((r) => [r.name, r.daysLeft])).toEqual([['Elektro Smit B.V.', 12]]);
    const visser = all.rows.find((r) => r.name === 'Marieke Visser')!;
    expect((await t.ok('providers.get', { id: visser.id }, admin)).missingForApproval.map((m) => m.key)).toEqual(['vog']);
  });
});
