import type Database from 'better-sqlite3';
import type { PersonKind, PersonListRow } from '../contracts/persons';
import { preparedOnce } from '../db/prepared';
import { readQuery, upperBound, type Reading } from '../search/rules';
import { displayName } from './names';

export interface ListFilter {
  text?: string;
  kind?: PersonKind;
  sort: 'sortName' | 'city' | 'postcode';
  direction: 'asc' | 'desc';
}

// The sort columns, then the rest of the list index's key: a full order for the page, so offset
// paging is stable. The inner query orders by the sort columns alone, which the index gives as is.
const ORDER: Record<ListFilter['sort'], { sort: string[]; tail: string[]; index: string }> = {
  sortName: { sort: ['sort_name'], tail: ['kind', 'rowid'], index: 'persons_live_name_idx' },
  city: { sort: ['city', 'sort_name'], tail: ['kind', 'rowid'], index: 'persons_live_city_idx' },
  postcode: { sort: ['postcode', 'house_number'], tail: ['kind', 'rowid'], index: 'persons_live_postcode_idx' },
};

const ROW_COLUMNS = `id, kind, sort_name AS sortName, initials, first_name AS firstName, infix, last_name AS lastName,
  organisation_name AS organisationName, street, house_number AS houseNumber, house_number_addition AS houseNumberAddition,
  postcode, city, phone, email`;

/** SQL condition and parameters for one reading of the text filter (the same readings as the search box). */
function readingCondition(r: Reading): { sql: string; params: unknown[] } {
  switch (r.match) {
    case 'telefoon': {
      const bound = upperBound(r.digits);
      return { sql: '(phone_digits >= ? AND phone_digits < ? OR phone_alt_digits >= ? AND phone_alt_digits < ?)', params: [r.digits, bound, r.digits, bound] };
    }
    case 'postcode':
      if (r.houseNumber === null) return { sql: '(postcode >= ? AND postcode < ?)', params: [r.postcode, upperBound(r.postcode)] };
      return {
        sql: "(postcode = ? AND house_number = ? AND upper(replace(replace(coalesce(house_number_addition, ''), '-', ''), ' ', '')) LIKE ?)",
        params: [r.postcode, r.houseNumber, `${r.addition ?? ''}%`],
      };
    case 'email':
      return { sql: '(email >= ? AND email < ?)', params: [r.prefix, upperBound(r.prefix)] };
    case 'lidnummer':
      return {
        sql: '(id IN (SELECT person_id FROM members WHERE membership_number >= ? AND membership_number < ? AND deleted_at IS NULL))',
        params: [r.prefix, upperBound(r.prefix)],
      };
    case 'kvk':
      return { sql: '(id IN (SELECT person_id FROM providers WHERE kvk_number >= ? AND kvk_number < ? AND deleted_at IS NULL))', params: [r.prefix, upperBound(r.prefix)] };
    case 'naam':
      return { sql: '(rowid IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH ?))', params: [r.fts] };
  }
}

function where(filter: ListFilter): { key: string; sql: string; params: unknown[] } {
  const parts = ['deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.kind) {
    parts.push('kind = ?');
    params.push(filter.kind);
  }
  const readings = filter.text ? readQuery(filter.text) : [];
  if (filter.text?.trim() && readings.length === 0) parts.push('0');
  if (readings.length > 0) {
    const conditions = readings.map(readingCondition);
    parts.push(`(${conditions.map((c) => c.sql).join(' OR ')})`);
    params.push(...conditions.flatMap((c) => c.params));
  }
  return { key: parts.join(' AND ') + readings.map((r) => r.match).join(','), sql: parts.join(' AND '), params };
}

/** A text filter matching more persons than this is counted as "more than 10.000": type on to narrow it. */
export const COUNT_CAP = 10_000;

/**
 * One page of the person list and the total, for a virtual list of any length. Offset paging, so
 * the list can jump to any scroll position.
 *
 * Unfiltered (or by kind only), the page's rows are found in a covering index of live persons per
 * sort order (migration 0009) and only then read from the table: a page deep in 300,000 persons
 * walks an index. The index is named, as SQLite would otherwise take the plain sort index and read
 * the table for every row it skips (half a second deep in the list).
 *
 * With a text filter, the count stops at COUNT_CAP. A narrow filter is sorted as a whole; a broad
 * one ("de", "06") walks the list index in order and keeps the rows that match, which finds a
 * page without sorting tens of thousands of rows. Counts are reused while nothing is written.
 */
export function listPersons(sqlite: Database.Database, filter: ListFilter, offset: number, limit: number) {
  const w = where(filter);
  const { inner, outer } = orderBy(filter);
  const filtered = !!filter.text?.trim();
  const counted = filtered
    ? cachedCount(sqlite, w.key + JSON.stringify(w.params), () =>
        preparedOnce(sqlite, `persons.countCapped:${w.key}`, () =>
          sqlite.prepare(`SELECT count(*) FROM (SELECT 1 FROM persons WHERE ${w.sql} LIMIT ${COUNT_CAP + 1})`).pluck(),
        ).get(...w.params) as number,
      )
    : cachedCount(sqlite, w.key, () =>
        preparedOnce(sqlite, `persons.count:${w.key}`, () =>
          sqlite.prepare(`SELECT count(*) FROM persons INDEXED BY persons_live_name_idx WHERE ${w.sql}`).pluck(),
        ).get(...w.params) as number,
      );
  const broad = !filtered || counted > COUNT_CAP;
  const from = broad ? `persons INDEXED BY ${ORDER[filter.sort].index}` : 'persons';
  const page = preparedOnce(sqlite, `persons.list:${w.key}:${outer}:${from}`, () =>
    sqlite.prepare(`SELECT ${ROW_COLUMNS} FROM persons WHERE rowid IN (SELECT rowid FROM ${from} WHERE ${w.sql} ORDER BY ${inner} LIMIT ? OFFSET ?) ORDER BY ${outer}`),
  );
  const rows = page.all(...w.params, limit, offset) as (PersonListRow & Parameters<typeof displayName>[0])[];
  return {
    total: filtered ? Math.min(counted, COUNT_CAP) : counted,
    totalCapped: filtered && counted > COUNT_CAP,
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      sortName: r.sortName,
      displayName: displayName(r),
      street: r.street,
      houseNumber: r.houseNumber,
      houseNumberAddition: r.houseNumberAddition,
      postcode: r.postcode,
      city: r.city,
      phone: r.phone,
      email: r.email,
    })),
  };
}

/**
 * Scrolling asks for page after page with the same filter; counting 300,000 rows for each would cost
 * more than the page. A count is reused while nothing was written: not on this connection
 * (total_changes) nor by another one (data_version).
 */
function cachedCount(sqlite: Database.Database, key: string, count: () => number): number {
  const s = preparedOnce(sqlite, 'persons.count.state', () => ({
    changes: sqlite.prepare('SELECT total_changes()').pluck(),
    version: sqlite.prepare('PRAGMA data_version').pluck(),
    cache: new Map<string, { state: string; total: number }>(),
  }));
  const state = `${s.changes.get() as number}:${s.version.get() as number}`;
  const hit = s.cache.get(key);
  if (hit?.state === state) return hit.total;
  const total = count();
  if (s.cache.size > 50) s.cache.clear();
  s.cache.set(key, { state, total });
  return total;
}

function orderBy(filter: ListFilter): { inner: string; outer: string } {
  const dir = filter.direction === 'desc' ? 'DESC' : 'ASC';
  const { sort, tail } = ORDER[filter.sort];
  return { inner: sort.map((c) => `${c} ${dir}`).join(', '), outer: [...sort, ...tail].map((c) => `${c} ${dir}`).join(', ') };
}

/** Every row matching the filter, in list order, for the CSV export. */
export function allPersonsForExport(sqlite: Database.Database, filter: ListFilter): Record<string, unknown>[] {
  const w = where(filter);
  const order = orderBy(filter).outer;
  return sqlite
    .prepare(
      `SELECT ${ROW_COLUMNS}, salutation, country, phone_alt AS phoneAlt, preferred_channel AS preferredChannel,
        created_at AS createdAt FROM persons WHERE ${w.sql} ORDER BY ${order}`,
    )
    .all(...w.params) as Record<string, unknown>[];
}
