import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { numberSeries } from '../../db/schema';
import type { Writer } from '../mutation/writer';

export interface SeriesDefaults {
  prefix: string;
  padding?: number;
}

/**
 * The next number of a series, allocated inside the caller's transaction: if the row that gets the
 * number is not written, the number is not used either. Numbers are never reused.
 */
export function allocateNumber(w: Writer, db: Db, key: string, defaults: SeriesDefaults): string {
  const series =
    db.select().from(numberSeries).where(eq(numberSeries.key, key)).get() ??
    w.insert(numberSeries, { key, prefix: defaults.prefix, padding: defaults.padding ?? 6, nextValue: 1 });
  w.update(numberSeries, series.id, { nextValue: series.nextValue + 1 });
  return `${series.prefix}${String(series.nextValue).padStart(series.padding, '0')}`;
}
