import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { rowMeta } from './columns';

/**
 * Number series for human numbers (membership numbers, later dossier and invoice numbers).
 * Allocated in the same transaction as the row that gets the number, never reused. Each desktop
 * has its own series (`prefix`), so numbers made offline never collide.
 */
export const numberSeries = sqliteTable(
  'number_series',
  {
    ...rowMeta,
    key: text('key').notNull(),
    prefix: text('prefix').notNull(),
    nextValue: integer('next_value').notNull().default(1),
    padding: integer('padding').notNull().default(6),
  },
  (t) => [uniqueIndex('number_series_key_unique').on(t.key)],
);
