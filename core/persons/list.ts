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

// rowid last: a stable order for offset paging, and the order the list indexes already have.
const ORDER: Record<ListFilter['sort'], string[]> = {
  sortName: ['sort_name', 'rowid'],
  city: ['city', 'sort_name', 'rowid'],
  postcode: ['postcode', 'house_number', 'rowid'],
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

/**
 * One page of the person list and the total, for a virtual list of any length. Offset paging, so
 * the list can jump to any scroll position; the partial list indexes (live rows only, in each sort
 * order) keep a deep offset a walk over an index rather than over the table.
 */
export function listPersons(sqlite: Database.Database, filter: ListFilter, offset: number, limit: number): { total: number; rows: PersonListRow[] } {
  const w = where(filter);
  const dir = filter.direction === 'desc' ? 'DESC' : 'ASC';
  const order = ORDER[filter.sort].map((c) => `${c} ${dir}`).join(', ');
  const page = preparedOnce(sqlite, `persons.list:${w.key}:${order}`, () =>
    sqlite.prepare(`SELECT ${ROW_COLUMNS} FROM persons WHERE ${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?`),
  );
  const count = preparedOnce(sqlite, `persons.count:${w.key}`, () => sqlite.prepare(`SELECT count(*) FROM persons WHERE ${w.sql}`).pluck());
  const rows = page.all(...w.params, limit, offset) as (PersonListRow & Parameters<typeof displayName>[0])[];
  return {
    total: count.get(...w.params) as number,
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

/** Every row matching the filter, in list order, for the CSV export. */
export function allPersonsForExport(sqlite: Database.Database, filter: ListFilter): Record<string, unknown>[] {
  const w = where(filter);
  const dir = filter.direction === 'desc' ? 'DESC' : 'ASC';
  const order = ORDER[filter.sort].map((c) => `${c} ${dir}`).join(', ');
  return sqlite
    .prepare(
      `SELECT ${ROW_COLUMNS}, salutation, country, phone_alt AS phoneAlt, preferred_channel AS preferredChannel,
        created_at AS createdAt FROM persons WHERE ${w.sql} ORDER BY ${order}`,
    )
    .all(...w.params) as Record<string, unknown>[];
}
