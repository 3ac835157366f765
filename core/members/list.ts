import type Database from 'better-sqlite3';
import type { MemberListRow, MemberStatus } from '../contracts/members';
import { preparedOnce } from '../db/prepared';
import { addressLine, displayName } from '../persons/names';
import { readQuery, upperBound, type Reading } from '../search/rules';
import { PERSON_COLUMNS, type PersonColumns } from './queries';

export interface MemberListFilter {
  text?: string;
  status?: MemberStatus;
  sort: 'membershipNumber' | 'sortName' | 'startDate';
  direction: 'asc' | 'desc';
}

// A unique last column keeps offset paging stable; each sort walks an index (members_number_unique,
// persons_sort_idx, members_start_idx) instead of sorting 100k rows per page.
const ORDER: Record<MemberListFilter['sort'], string[]> = {
  membershipNumber: ['m.membership_number'],
  sortName: ['p.sort_name', 'm.membership_number'],
  startDate: ['m.start_date', 'm.membership_number'],
};

/**
 * One reading of the text filter (the same readings as the search box and persons.list) on a person
 * alias. A member is found by its own person or by one of its huisgenoten: the caller on the phone
 * may be either.
 */
function personCondition(r: Exclude<Reading, { match: 'lidnummer' | 'kvk' }>, p: string): { sql: string; params: unknown[] } {
  switch (r.match) {
    case 'telefoon': {
      const bound = upperBound(r.digits);
      return { sql: `(${p}.phone_digits >= ? AND ${p}.phone_digits < ? OR ${p}.phone_alt_digits >= ? AND ${p}.phone_alt_digits < ?)`, params: [r.digits, bound, r.digits, bound] };
    }
    case 'postcode':
      if (r.houseNumber === null) return { sql: `(${p}.postcode >= ? AND ${p}.postcode < ?)`, params: [r.postcode, upperBound(r.postcode)] };
      return { sql: `(${p}.postcode = ? AND ${p}.house_number = ?)`, params: [r.postcode, r.houseNumber] };
    case 'email':
      return { sql: `(${p}.email >= ? AND ${p}.email < ?)`, params: [r.prefix, upperBound(r.prefix)] };
    case 'naam':
      return { sql: `(${p}.rowid IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH ?))`, params: [r.fts] };
  }
}

function readingCondition(r: Reading): { sql: string; params: unknown[] } {
  if (r.match === 'lidnummer') return { sql: '(m.membership_number >= ? AND m.membership_number < ?)', params: [r.prefix, upperBound(r.prefix)] };
  if (r.match === 'kvk') return { sql: '0', params: [] };
  const own = personCondition(r, 'p');
  const housemate = personCondition(r, 'hp');
  return {
    sql: `(${own.sql} OR m.id IN (SELECT h.member_id FROM household_members h JOIN persons hp ON hp.id = h.person_id WHERE h.deleted_at IS NULL AND ${housemate.sql}))`,
    params: [...own.params, ...housemate.params],
  };
}

/** Digits alone ("123") mean a membership number too: the number without its L and zeros. */
function readingsOf(text: string): Reading[] {
  const readings = readQuery(text);
  const digits = text.trim();
  if (/^\d{1,6}$/.test(digits)) readings.push({ match: 'lidnummer', prefix: `L${digits.padStart(6, '0')}` });
  return readings;
}

function where(filter: MemberListFilter): { key: string; sql: string; params: unknown[] } {
  const parts = ['m.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.status) {
    parts.push('m.status = ?');
    params.push(filter.status);
  }
  const readings = filter.text ? readingsOf(filter.text) : [];
  if (filter.text?.trim() && readings.length === 0) parts.push('0');
  if (readings.length > 0) {
    const conditions = readings.map(readingCondition);
    parts.push(`(${conditions.map((c) => c.sql).join(' OR ')})`);
    params.push(...conditions.flatMap((c) => c.params));
  }
  const shape = readings.map((r) => (r.match === 'postcode' ? `postcode${r.houseNumber === null ? '' : '+nr'}` : r.match));
  return { key: `${filter.status ? 'status' : ''}|${shape.join(',')}|${filter.text?.trim() && readings.length === 0 ? 'none' : ''}`, sql: parts.join(' AND '), params };
}

/**
 * One page of the member list and the total, for a virtual list of 100k members. Same paging as
 * persons.list: `{ offset, limit }` in, `{ total, offset, rows }` out.
 */
export function listMembers(sqlite: Database.Database, filter: MemberListFilter, offset: number, limit: number): { total: number; rows: MemberListRow[] } {
  const w = where(filter);
  const dir = filter.direction === 'desc' ? 'DESC' : 'ASC';
  const order = ORDER[filter.sort].map((c) => `${c} ${dir}`).join(', ');
  const from = 'FROM members m JOIN persons p ON p.id = m.person_id';
  const page = preparedOnce(sqlite, `members.list:${w.key}:${order}`, () =>
    sqlite.prepare(`SELECT m.id, m.membership_number AS membershipNumber, m.person_id AS personId, m.start_date AS startDate,
        m.end_date AS endDate, m.status, ${PERSON_COLUMNS('p')} ${from} WHERE ${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?`),
  );
  // Without a text filter the count needs no persons: one pass over an index of members.
  const countFrom = /\bp\./.test(w.sql) ? from : 'FROM members m';
  const count = preparedOnce(sqlite, `members.count:${w.key}`, () => sqlite.prepare(`SELECT count(*) ${countFrom} WHERE ${w.sql}`).pluck());
  const rows = page.all(...w.params, limit, offset) as (PersonColumns & Omit<MemberListRow, 'displayName' | 'addressLine' | 'sortName'>)[];
  return {
    total: count.get(...w.params) as number,
    rows: rows.map((r) => ({
      id: r.id,
      membershipNumber: r.membershipNumber,
      personId: r.personId,
      sortName: r.sortName,
      displayName: displayName(r),
      addressLine: addressLine(r),
      startDate: r.startDate,
      endDate: r.endDate,
      status: r.status,
    })),
  };
}
