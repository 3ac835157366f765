import { providerServices } from '../../db/schema';
import type { Writer } from '../mutation/writer';
import type { Db } from '../../db/client';
import { providerServiceRows } from './queries';

/**
 * D4: the offered services are replaced as a set. A kept category keeps its row (so its history
 * stays in one place), a dropped one is tombstoned, a new one inserted.
 */
export function replaceServices(w: Writer, db: Db, providerId: string, wanted: { categoryId: string; experience: string | null }[]): void {
  const current = providerServiceRows(db, providerId);
  for (const existing of current) {
    const keep = wanted.find((s) => s.categoryId === existing.categoryId);
    if (keep) w.update(providerServices, existing.id, { experience: keep.experience });
    else w.remove(providerServices, existing.id);
  }
  for (const s of wanted) {
    if (!current.some((c) => c.categoryId === s.categoryId)) w.insert(providerServices, { providerId, categoryId: s.categoryId, experience: s.experience });
  }
}
