import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { numberSeries, syncState } from '../../db/schema';
import { preparedOnce } from '../db/prepared';
import type { Writer } from '../mutation/writer';

export interface SeriesDefaults {
  prefix: string;
  padding?: number;
}

/**
 * The next number of a series, allocated inside the caller's transaction: if the row that gets the
 * number is not written, the number is not used either. Numbers are never reused.
 *
 * A desktop linked to a sync server puts the letter the server gave it after the series' prefix
 * (K2026-A000001, LB000001): every desktop counts on its own, offline too, and two desktops can
 * never hand out the same number. A desktop never linked keeps the plain form (K2026-000001).
 */
export function allocateNumber(w: Writer, db: Db, key: string, defaults: SeriesDefaults): string {
  const series =
    db.select().from(numberSeries).where(eq(numberSeries.key, key)).get() ??
    w.insert(numberSeries, { key, prefix: defaults.prefix, padding: defaults.padding ?? 6, nextValue: 1 });
  w.update(numberSeries, series.id, { nextValue: series.nextValue + 1 });
  return `${series.prefix}${devicePrefix(db)}${String(series.nextValue).padStart(series.padding, '0')}`;
}

function devicePrefix(db: Db): string {
  const row = preparedOnce(db, 'numbering.devicePrefix', () =>
    db.select({ prefix: syncState.numberPrefix }).from(syncState).prepare(),
  ).get();
  // Kept after unlinking too: the numbers made under it stay unique, and so do the next ones.
  return row?.prefix ?? '';
}
