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

// A unique last column keeps offset paging stable; each sort walks a covering index of live members
// (members_live_*_idx), so even a deep page never touches the table or sorts. The name is the
// person's sort name, kept on the member by triggers (migration 0008).
const ORDER: Record<MemberListFilter['sort'], string[]> = {
  membershipNumber: ['m.membership_number'],
  sortName: ['m.sort_name', 'm.membership_number'],
  startDate: ['m.start_date', 'm.membership_number'],
};

// Named, because SQLite's planner prefers the unique (non-covering) number index and a table scan to
// count, which costs 5-10x more at 100k members. Only without a text filter: a text match is small
// and the planner starts from it.
const INDEX: Record<MemberListFilter['sort'], string> = {
  membershipNumber: 'members_live_number_idx',
  sortName: 'members_live_name_idx',
  startDate: 'members_live_start_idx',
};
const COUNT_INDEX = 'members_live_status_idx';

/** One reading of the text filter (the same readings as the search box and persons.list) on person `p`. */
function personCondition(r: Exclude<Reading, { match: 'lidnummer' | 'kvk' }>): { sql: string; params: unknown[] } {
  switch (r.match) {
    case 'telefoon': {
      const bound = upperBound(r.digits);
      return { sql: '(p.phone_digits >= ? AND p.phone_digits < ? OR p.phone_alt_digits >= ? AND p.phone_alt_digits < ?)', params: [r.digits, bound, r.digits, bound] };
    }
    case 'postcode':
      if (r.houseNumber === null) return { sql: '(p.postcode >= ? AND p.postcode < ?)', params: [r.postcode, upperBound(r.postcode)] };
      return { sql: '(p.postcode = ? AND p.house_number = ?)', params: [r.postcode, r.houseNumber] };
    case 'email':
      return { sql: '(p.email >= ? AND p.email < ?)', params: [r.prefix, upperBound(r.prefix)] };
    case 'naam':
      return { sql: '(p.rowid IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH ?))', params: [r.fts] };
  }
}

/**
 * A member is found by its own person or by one of its huisgenoten: the caller on the phone may be
 * either. The matching persons come first (a few), then their memberships, so the page query itself
 * needs no join.
 */
function readingCondition(r: Reading): { sql: string; params: unknown[] } {
  if (r.match === 'lidnummer') return { sql: '(m.membership_number >= ? AND m.membership_number < ?)', params: [r.prefix, upperBound(r.prefix)] };
  if (r.match === 'kvk') return { sql: '0', params: [] };
  const person = personCondition(r);
  return {
    sql: `m.id IN (SELECT own.id FROM persons p JOIN members own ON own.person_id = p.id WHERE ${person.sql}
      UNION SELECT h.member_id FROM persons p JOIN household_members h ON h.person_id = p.id AND h.deleted_at IS NULL WHERE ${person.sql})`,
    params: [...person.params, ...person.params],
  };
}

/** Digits alone ("123") mean a membership number too: the number without its L and zeros. */
function readingsOf(text: string): Reading[] {
  const readings = readQuery(text);
  const digits = text.trim();
  if (/^\d{1,6}$/.test(digits)) readings.push({ match: 'lidnummer', prefix: `L${digits.padStart(6, '0')}` });
  return readings;
}

function where(filter: MemberListFilter): { key: string; sql: string; params: unknown[]; hasText: boolean } {
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
  // The SQL names the query's shape (which readings, which filters); values are parameters.
  const sql = parts.join(' AND ');
  return { key: sql, sql, params, hasText: !!filter.text?.trim() };
}

/**
 * One page of the member list and the total, for a virtual list of 100k members. Same paging as
 * persons.list: `{ offset, limit }` in, `{ total, offset, rows }` out. Two steps: the page's members
 * from an index alone, then names and addresses for just those rows.
 */
export function listMembers(sqlite: Database.Database, filter: MemberListFilter, offset: number, limit: number): { total: number; rows: MemberListRow[] } {
  const w = where(filter);
  const dir = filter.direction === 'desc' ? 'DESC' : 'ASC';
  const order = ORDER[filter.sort].map((c) => `${c} ${dir}`).join(', ');
  let rowids: number[];
  let total: number;
  if (w.hasText) {
    // A text match is a small set: found once, sorted, counted and sliced here, instead of running
    // the match twice (page and count).
    const matches = preparedOnce(sqlite, `members.match:${w.key}:${order}`, () => sqlite.prepare(`SELECT m.rowid FROM members m WHERE ${w.sql} ORDER BY ${order}`).pluck());
    const all = matches.all(...w.params) as number[];
    total = all.length;
    rowids = all.slice(offset, offset + limit);
  } else {
    const page = preparedOnce(sqlite, `members.list:${w.key}:${order}`, () =>
      sqlite.prepare(`SELECT m.rowid FROM members m INDEXED BY ${INDEX[filter.sort]} WHERE ${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?`).pluck(),
    );
    const count = preparedOnce(sqlite, `members.count:${w.key}`, () => sqlite.prepare(`SELECT count(*) FROM members m INDEXED BY ${COUNT_INDEX} WHERE ${w.sql}`).pluck());
    rowids = page.all(...w.params, limit, offset) as number[];
    total = count.get(...w.params) as number;
  }
  const details = preparedOnce(sqlite, 'members.listRows', () =>
    sqlite.prepare(`SELECT m.rowid AS rowid, m.id, m.membership_number AS membershipNumber, m.person_id AS personId, m.start_date AS startDate,
        m.end_date AS endDate, m.status, ${PERSON_COLUMNS('p')}
      FROM members m JOIN persons p ON p.id = m.person_id WHERE m.rowid IN (SELECT value FROM json_each(?))`),
  );
  const byRowid = new Map((details.all(JSON.stringify(rowids)) as (PersonColumns & Omit<MemberListRow, 'displayName' | 'addressLine' | 'sortName'> & { rowid: number })[]).map((r) => [r.rowid, r]));
  const rows = rowids.map((id) => byRowid.get(id)).filter((r) => r !== undefined);
  return {
    total,
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
