import type Database from 'better-sqlite3';
import type { SearchHit, SearchMatch } from '../contracts/search';
import { preparedOnce } from '../db/prepared';
import { addressLine, displayName } from '../persons/names';
import { PERSON_COLUMNS, type PersonRow } from '../persons/queries';
import { additionKey } from '../persons/rules';
import { upperBound, type Reading } from './rules';

/** A person found, with the member or provider record the reading pointed at (lidnummer, KvK). */
export interface Found {
  personId: string;
  matchedOn: SearchMatch;
  memberId?: string;
  providerId?: string;
}

/** Name matches considered per key press; beyond this the box asks to type more. */
export const NAME_CANDIDATES = 1000;

// Every statement walks one index in order and stops at the limit: the hot path of the search box.
function statements(sqlite: Database.Database) {
  return preparedOnce(sqlite, 'search.queries', () => ({
    phone: sqlite.prepare(
      `SELECT id FROM persons WHERE phone_digits >= @from AND phone_digits < @to AND deleted_at IS NULL ORDER BY phone_digits LIMIT @limit`,
    ),
    phoneAlt: sqlite.prepare(
      `SELECT id FROM persons WHERE phone_alt_digits >= @from AND phone_alt_digits < @to AND deleted_at IS NULL ORDER BY phone_alt_digits LIMIT @limit`,
    ),
    address: sqlite.prepare(
      `SELECT id, house_number_addition AS addition FROM persons WHERE postcode = @postcode AND house_number = @houseNumber AND deleted_at IS NULL
       ORDER BY house_number_addition, sort_name LIMIT 200`,
    ),
    postcode: sqlite.prepare(
      `SELECT id FROM persons WHERE postcode >= @from AND postcode < @to AND deleted_at IS NULL ORDER BY postcode, house_number LIMIT @limit`,
    ),
    email: sqlite.prepare(`SELECT id FROM persons WHERE email >= @from AND email < @to AND deleted_at IS NULL ORDER BY email LIMIT @limit`),
    membership: sqlite.prepare(
      `SELECT m.id AS memberId, m.person_id AS personId FROM members m JOIN persons p ON p.id = m.person_id
       WHERE m.membership_number >= @from AND m.membership_number < @to AND m.deleted_at IS NULL AND p.deleted_at IS NULL
       ORDER BY m.membership_number LIMIT @limit`,
    ),
    kvk: sqlite.prepare(
      `SELECT pr.id AS providerId, pr.person_id AS personId FROM providers pr JOIN persons p ON p.id = pr.person_id
       WHERE pr.kvk_number >= @from AND pr.kvk_number < @to AND pr.deleted_at IS NULL AND p.deleted_at IS NULL
       ORDER BY pr.kvk_number LIMIT @limit`,
    ),
    // Newest first, at most NAME_CANDIDATES, then alphabetical: a short prefix ("de") matches tens of
    // thousands of names, and sorting all of them on every key press is what made typing slow.
    name: sqlite.prepare(
      `SELECT p.id, count(*) OVER () AS matches
       FROM (SELECT rowid AS r FROM persons_fts WHERE persons_fts MATCH @fts ORDER BY rowid DESC LIMIT ${NAME_CANDIDATES}) f
       JOIN persons p ON p.rowid = f.r WHERE p.deleted_at IS NULL ORDER BY p.sort_name LIMIT @limit`,
    ),
    person: sqlite.prepare(`SELECT ${PERSON_COLUMNS} FROM persons WHERE id = ?`),
    ownMembership: sqlite.prepare(
      `SELECT id, membership_number AS number, status FROM members WHERE person_id = ? AND deleted_at IS NULL
       ORDER BY status = 'actief' DESC, start_date DESC LIMIT 1`,
    ),
    household: sqlite.prepare(
      `SELECT m.membership_number AS number FROM household_members h JOIN members m ON m.id = h.member_id
       WHERE h.person_id = ? AND h.deleted_at IS NULL AND m.deleted_at IS NULL ORDER BY m.status = 'actief' DESC LIMIT 1`,
    ),
    ownProvider: sqlite.prepare(
      `SELECT id, kvk_number AS kvk, screening_status AS status FROM providers WHERE person_id = ? AND deleted_at IS NULL
       ORDER BY screening_status = 'goedgekeurd' DESC LIMIT 1`,
    ),
  }));
}

type Ids = { id: string }[];
const range = (prefix: string, limit: number) => ({ from: prefix, to: upperBound(prefix), limit });

/**
 * The persons one reading finds, in index order, at most `limit`; `more` when there may be more
 * than were returned (the search box then says to type on).
 */
export function findByReading(sqlite: Database.Database, reading: Reading, limit: number): { found: Found[]; more: boolean } {
  const s = statements(sqlite);
  const persons = (rows: Ids, matchedOn: SearchMatch) => ({ found: rows.map((r): Found => ({ personId: r.id, matchedOn })), more: rows.length >= limit });
  switch (reading.match) {
    case 'telefoon': {
      const bound = upperBound(reading.digits);
      const main = s.phone.all({ from: reading.digits, to: bound, limit }) as Ids;
      const alt = s.phoneAlt.all({ from: reading.digits, to: bound, limit }) as Ids;
      return { ...persons([...main, ...alt], 'telefoon'), more: main.length >= limit || alt.length >= limit };
    }
    case 'postcode': {
      if (reading.houseNumber === null) return persons(s.postcode.all(range(reading.postcode, limit)) as Ids, 'postcode');
      const rows = s.address.all({ postcode: reading.postcode, houseNumber: reading.houseNumber }) as { id: string; addition: string | null }[];
      const wanted = reading.addition;
      return persons(wanted ? rows.filter((r) => additionKey(r.addition).startsWith(wanted)) : rows, 'postcode');
    }
    case 'email':
      return persons(s.email.all(range(reading.prefix, limit)) as Ids, 'email');
    case 'lidnummer': {
      const rows = s.membership.all(range(reading.prefix, limit)) as { memberId: string; personId: string }[];
      return { found: rows.map((r) => ({ ...r, matchedOn: 'lidnummer' as const })), more: rows.length >= limit };
    }
    case 'kvk': {
      const rows = s.kvk.all(range(reading.prefix, limit)) as { providerId: string; personId: string }[];
      return { found: rows.map((r) => ({ ...r, matchedOn: 'kvk' as const })), more: rows.length >= limit };
    }
    case 'naam': {
      const rows = s.name.all({ fts: reading.fts, limit }) as { id: string; matches: number }[];
      return { ...persons(rows, 'naam'), more: (rows[0]?.matches ?? 0) > limit };
    }
  }
}

/** A found person as the search box shows it: what to open, name, address and phone, roles as badges. */
export function toHit(sqlite: Database.Database, found: Found): SearchHit | null {
  const s = statements(sqlite);
  const person = s.person.get(found.personId) as PersonRow | undefined;
  if (!person || person.deletedAt) return null;
  const membership = s.ownMembership.get(person.id) as { id: string; number: string; status: string } | undefined;
  const household = s.household.get(person.id) as { number: string } | undefined;
  const provider = s.ownProvider.get(person.id) as { id: string; kvk: string | null; status: string } | undefined;

  const memberId = found.memberId ?? membership?.id ?? null;
  const providerId = found.providerId ?? provider?.id ?? null;
  const kind = found.matchedOn === 'kvk' ? 'provider' : memberId ? 'member' : providerId ? 'provider' : 'person';
  const badges: string[] = [];
  if (membership) badges.push(membership.status === 'actief' ? `Lid ${membership.number}` : `Oud-lid ${membership.number}`);
  if (household) badges.push(`Huisgenoot van ${household.number}`);
  if (provider) badges.push(provider.kvk ? `Dienstverlener · KvK ${provider.kvk}` : 'Dienstverlener');
  if (person.kind === 'organisatie' && !provider) badges.push('Organisatie');

  return {
    kind,
    id: kind === 'member' ? memberId! : kind === 'provider' ? providerId! : person.id,
    personId: person.id,
    memberId,
    providerId,
    title: displayName(person),
    subtitle: [addressLine(person), person.phone].filter(Boolean).join(' · '),
    badges,
    matchedOn: found.matchedOn,
  };
}
