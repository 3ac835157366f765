import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, withAdmin, type TestCore } from '../testing/harness';
import { DEFAULT_SERVICE_CATEGORIES, seedServiceCategories } from './defaults';
import { completeBusiness, providerOffice, servicedeskEmployee } from './test-helpers';

let t: TestCore;
beforeEach(() => {
  t = createTestCore();
});
afterEach(() => t.close());

describe('D4: the editable list of service categories', () => {
  it('D4: the default list is added once; running it again adds nothing', async () => {
    const { admin } = await withAdmin(t);
    expect(await t.ok('providers.listCategories', {}, admin)).toEqual([]);
    const first = await seedServiceCategories(t.core, admin);
    expect(first.map((c) => c.name).sort()).toEqual([...DEFAULT_SERVICE_CATEGORIES].sort());
    await t.ok('providers.saveCategory', { id: first.find((c) => c.name === 'Elektra')!.id, name: 'Elektra en verlichting', active: true }, admin);
    const again = await seedServiceCategories(t.core, admin);
    expect(again).toHaveLength(DEFAULT_SERVICE_CATEGORIES.length + 1);
  });

  it('D4: categories are listed by name, with the number of providers offering each', async () => {
    const { admin, cat } = await providerOffice(t);
    await t.ok('providers.register', completeBusiness(cat), admin);
    const list = await t.ok('providers.listCategories', {}, admin);
    expect(list.map((c) => c.name)).toEqual([...DEFAULT_SERVICE_CATEGORIES].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(list.find((c) => c.name === 'Schilderwerk')).toMatchObject({ providerCount: 1, active: true });
    expect(list.find((c) => c.name === 'Vervoer')).toMatchObject({ providerCount: 0 });
  });

  it('D4: a category is added, renamed and retired; retired ones are left out on request', async () => {
    const { admin, cat } = await providerOffice(t);
    const added = await t.ok('providers.saveCategory', { name: 'Dierenoppas', active: true }, admin);
    expect(added).toMatchObject({ name: 'Dierenoppas', active: true, providerCount: 0 });
    const renamed = await t.ok('providers.saveCategory', { id: added.id, name: 'Huisdierenoppas', active: true }, admin);
    expect(renamed).toMatchObject({ id: added.id, name: 'Huisdierenoppas', version: 2 });
    await t.ok('providers.saveCategory', { id: cat('Vervoer'), name: 'Vervoer', active: false }, admin);
    const active = await t.ok('providers.listCategories', { includeInactive: false }, admin);
    expect(active.map((c) => c.name)).not.toContain('Vervoer');
    expect(active.map((c) => c.name)).toContain('Huisdierenoppas');
  });

  it('D4: names are unique regardless of case', async () => {
    const { admin, cat } = await providerOffice(t);
    expect(await t.core.call('providers.saveCategory', { name: 'schilderwerk', active: true }, admin)).toMatchObject({
      ok: false,
      error: { code: 'provider.category_name_taken', fields: { name: 'Er is al een dienst met de naam "Schilderwerk".' } },
    });
    expect(await t.core.call('providers.saveCategory', { id: cat('Vervoer'), name: 'TUINONDERHOUD', active: true }, admin)).toMatchObject({
      ok: false,
      error: { code: 'provider.category_name_taken' },
    });
    // Changing only the case of its own name is fine.
    expect(await t.ok('providers.saveCategory', { id: cat('Vervoer'), name: 'vervoer', active: true }, admin)).toMatchObject({ name: 'vervoer' });
    expect(await t.core.call('providers.saveCategory', { name: '  ', active: true }, admin)).toMatchObject({
      ok: false,
      error: { fields: { name: 'Vul de naam van de dienst in' } },
    });
  });

  it('D4: only an administrator or manager edits the list; everyone reads it', async () => {
    const { admin, adminUser } = await providerOffice(t);
    const lisa = await servicedeskEmployee(t, admin, adminUser.id);
    expect(await t.core.call('providers.saveCategory', { name: 'Dierenoppas', active: true }, lisa.session)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.core.call('providers.addDefaultCategories', {}, lisa.session)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await t.ok('providers.listCategories', {}, lisa.session)).length).toBe(DEFAULT_SERVICE_CATEGORIES.length);
  });
});
