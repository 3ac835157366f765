import type Database from 'better-sqlite3';
import { between, DAY, day, mulberry32, pick, uuidV7 } from '../scale/random';
import { person, type GeneratedPerson, dutchIban } from './generate';

/**
 * Generated relations at scale for the search bench: persons (with tussenvoegsels, real-format
 * postcodes, house-number additions, phone numbers typed every which way, e-mail addresses),
 * members with households, and providers with KvK numbers.
 *
 * Bench data, written directly: rows go in with prepared statements in large transactions on the
 * core's own connection, without audit trail or change log (that is not what this bench measures,
 * and 420,000 writer calls would take minutes). The FTS triggers of migration 0005 fill the name
 * index as they would for the writer. The derived columns (sort name, phone digits) come from the
 * same rules the handlers use.
 */
export interface RelationsScaleOptions {
  persons?: number;
  members?: number;
  providers?: number;
  seed?: number;
  /** Author of the rows (created_by). */
  userId?: string | null;
  end?: Date;
}

export interface SeededPerson extends GeneratedPerson {
  id: string;
  createdAt: number;
}

export interface RelationsScaleResult {
  persons: SeededPerson[];
  memberIds: string[];
  memberPersonIds: string[];
  providerIds: string[];
  kvkNumbers: string[];
}

const BATCH = 50_000;

type MemberRow = { id: string; personId: string; number: string; at: number; status: string; endDate: string | null };
type HouseholdRow = { id: string; memberId: string; personId: string; relation: string; at: number };
type ProviderRow = { id: string; personId: string; contactPersonId: string | null; type: string; kvk: string | null; at: number; status: string };

export function seedRelations(sqlite: Database.Database, options: RelationsScaleOptions = {}): RelationsScaleResult {
  const personCount = options.persons ?? 300_000;
  const memberCount = Math.min(options.members ?? 100_000, Math.floor(personCount * 0.5));
  const providerCount = Math.min(options.providers ?? 20_000, Math.floor(personCount * 0.1));
  const r = mulberry32(options.seed ?? 0x5e4c);
  const end = (options.end ?? new Date()).getTime();
  const start = end - 10 * 365 * DAY;
  const userId = options.userId ?? null;

  // Creation moments in order, so ids (UUIDv7) and rowids follow time as they do in real use.
  const moments = Array.from({ length: personCount }, () => start + Math.floor(r() * (end - start))).sort((a, b) => a - b);
  const persons: SeededPerson[] = moments.map((at, i) => ({ id: uuidV7(at, r), createdAt: at, ...person(r, i) }));
  const order = shuffle(r, persons.map((_, i) => i));

  const members: MemberRow[] = [];
  const households: HouseholdRow[] = [];
  const providers: ProviderRow[] = [];
  const kvkNumbers = new Set<string>();
  const companies = order.filter((i) => persons[i]!.kind === 'organisatie');
  const people = order.filter((i) => persons[i]!.kind === 'persoon');
  let next = 0;
  const take = () => persons[people[next++]!]!;

  while (members.length < memberCount && next < people.length) {
    const p = take();
    const at = Math.min(end, p.createdAt + between(r, 0, 30) * DAY);
    const roll = r();
    const status = roll < 0.9 ? 'actief' : roll < 0.97 ? 'opgezegd' : 'beeindigd';
    const member = { id: uuidV7(at, r), personId: p.id, number: `L${String(members.length + 1).padStart(6, '0')}`, at, status, endDate: status === 'actief' ? null : day(at + between(r, 200, 2000) * DAY) };
    members.push(member);
    // L1: a fifth of the members have huisgenoten, living at the same address.
    for (let h = r() < 0.2 ? between(r, 1, 3) : 0; h > 0 && next < people.length; h--) {
      const mate = take();
      Object.assign(mate, { street: p.street, houseNumber: p.houseNumber, houseNumberAddition: p.houseNumberAddition, postcode: p.postcode, city: p.city });
      households.push({ id: uuidV7(at, r), memberId: member.id, personId: mate.id, relation: pick(r, ['partner', 'kind', 'kind', 'huisgenoot']), at });
    }
  }
  const business = Math.min(companies.length, Math.round(providerCount * 0.7));
  for (let i = 0; i < providerCount; i++) {
    const isBusiness = i < business;
    const p = isBusiness ? persons[companies[i]!]! : next < people.length ? take() : null;
    if (!p) break;
    let kvk: string | null = null;
    if (isBusiness) do kvk = String(between(r, 1_000_000, 99_999_999)).padStart(8, '0'); while (kvkNumbers.has(kvk));
    if (kvk) kvkNumbers.add(kvk);
    const at = Math.min(end, p.createdAt + between(r, 0, 60) * DAY);
    const contact = isBusiness && r() < 0.6 && next < people.length ? take() : null;
    const status = pick(r, ['goedgekeurd', 'goedgekeurd', 'goedgekeurd', 'aangemeld', 'bezocht', 'afgewezen']);
    providers.push({ id: uuidV7(at, r), personId: p.id, contactPersonId: contact?.id ?? null, type: isBusiness ? 'bedrijf' : 'particulier', kvk, at, status });
  }

  write(sqlite, persons, userId, members, households, providers);
  return {
    persons,
    memberIds: members.map((m) => m.id),
    memberPersonIds: members.map((m) => m.personId),
    providerIds: providers.map((p) => p.id),
    kvkNumbers: [...kvkNumbers],
  };
}

function write(
  sqlite: Database.Database,
  persons: SeededPerson[],
  userId: string | null,
  members: MemberRow[],
  households: HouseholdRow[],
  providers: ProviderRow[],
): void {
  const iso = (ms: number) => new Date(ms).toISOString();
  const meta = (id: string, at: number) => [id, iso(at), iso(at), userId, userId];
  const personRow = sqlite.prepare(
    `INSERT INTO persons (id, created_at, updated_at, created_by, updated_by, deleted_at, version, kind, salutation, initials, first_name, infix,
       last_name, organisation_name, street, house_number, house_number_addition, postcode, city, country, phone, phone_alt, phone_digits,
       phone_alt_digits, email, preferred_channel, notes, sort_name, merged_into_id)
     VALUES (?, ?, ?, ?, ?, NULL, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, ?, NULL)`,
  );
  const memberRow = sqlite.prepare(
    `INSERT INTO members (id, created_at, updated_at, created_by, updated_by, deleted_at, version, person_id, membership_number, start_date, end_date, status, notes)
     VALUES (?, ?, ?, ?, ?, NULL, 1, ?, ?, ?, ?, ?, NULL)`,
  );
  const householdRow = sqlite.prepare(
    `INSERT INTO household_members (id, created_at, updated_at, created_by, updated_by, deleted_at, version, member_id, person_id, relation)
     VALUES (?, ?, ?, ?, ?, NULL, 1, ?, ?, ?)`,
  );
  const providerRow = sqlite.prepare(
    `INSERT INTO providers (id, created_at, updated_at, created_by, updated_by, deleted_at, version, person_id, contact_person_id, provider_type,
       kvk_number, screening_status, regions) VALUES (?, ?, ?, ?, ?, NULL, 1, ?, ?, ?, ?, ?, ?)`,
  );
  for (let from = 0; from < persons.length; from += BATCH) {
    sqlite.transaction(() => {
      for (let i = from; i < Math.min(persons.length, from + BATCH); i++) {
        const p = persons[i]!;
        personRow.run(...meta(p.id, p.createdAt), p.kind, p.salutation, p.initials, p.firstName, p.infix, p.lastName, p.organisationName, p.street,
          p.houseNumber, p.houseNumberAddition, p.postcode, p.city, p.phone, p.phoneAlt, p.phoneDigits, p.phoneAltDigits, p.email, p.preferredChannel, p.sortName);
      }
    })();
  }
  const mandateRow = sqlite.prepare(
    `INSERT INTO sepa_mandates (id, created_at, updated_at, created_by, updated_by, deleted_at, version, member_id, reference, iban, bic,
       account_holder, signature_date, form_received, sequence_type, last_collection_date, status, replaces_id)
     VALUES (?, ?, ?, ?, ?, NULL, 1, ?, ?, ?, ?, ?, ?, 1, 'RCUR', ?, 'actief', NULL)`,
  );
  const holder = new Map(persons.map((p) => [p.id, p.sortName]));
  sqlite.transaction(() => {
    for (const m of members) memberRow.run(...meta(m.id, m.at), m.personId, m.number, day(m.at), m.endDate, m.status);
    // L3: four in five active members pay by direct debit, with a signed mandate and a valid IBAN.
    members.forEach((m, i) => {
      if (m.status !== 'actief' || i % 5 === 0) return;
      const { iban, bic } = dutchIban(i);
      mandateRow.run(`${m.id.slice(0, 24)}${String(i).padStart(12, '0')}`, iso(m.at), iso(m.at), userId, userId, m.id, `${m.number}-M01`, iban, bic,
        holder.get(m.personId) ?? 'Onbekend', day(m.at), day(m.at + 30 * DAY));
    });
    for (const h of households) householdRow.run(...meta(h.id, h.at), h.memberId, h.personId, h.relation);
    for (const p of providers) providerRow.run(...meta(p.id, p.at), p.personId, p.contactPersonId, p.type, p.kvk, p.status, '[{"place":"Woerden"}]');
  })();
  sqlite.pragma('optimize');
}

function shuffle<T>(r: () => number, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
