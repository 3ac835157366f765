import type { Core } from '../app';
import type { ClientSession } from '../context';
import type { ServiceCategory } from '../contracts/providers';

/** D4: the services a new office starts with; the list stays editable (providers.saveCategory). */
export const DEFAULT_SERVICE_CATEGORIES = [
  'Klussen in en om het huis',
  'Schilderwerk',
  'Tuinonderhoud',
  'Schoonmaak',
  'Boodschappen',
  'Computerhulp',
  'Vervoer',
  'Loodgieterswerk',
  'Elektra',
  'Administratie',
] as const;

/**
 * For the demo data and first start: adds the default categories that are not there yet, through
 * the real procedure, as the manager or administrator signed in on `session`.
 */
export async function seedServiceCategories(core: Core, session: ClientSession): Promise<ServiceCategory[]> {
  const result = await core.call('providers.addDefaultCategories', {}, session);
  if (!result.ok) throw new Error(`providers.addDefaultCategories: ${result.error.message}`);
  return result.value;
}
