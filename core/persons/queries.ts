import type Database from 'better-sqlite3';
import type { persons } from '../../db/schema';
import type { Person, PersonRoles } from '../contracts/persons';
import { preparedOnce } from '../db/prepared';
import { DomainError } from '../errors';
import { addressLine, displayName } from './names';

export type PersonRow = typeof persons.$inferSelect;

/** The columns of `persons` under their row names, as drizzle returns them; for raw prepared statements. */
export const PERSON_COLUMNS = `id, created_at AS createdAt, updated_at AS updatedAt, created_by AS createdBy, updated_by AS updatedBy,
  deleted_at AS deletedAt, version, kind, salutation, initials, first_name AS firstName, infix, last_name AS lastName,
  organisation_name AS organisationName, street, house_number AS houseNumber, house_number_addition AS houseNumberAddition,
  postcode, city, country, phone, phone_alt AS phoneAlt, phone_digits AS phoneDigits, phone_alt_digits AS phoneAltDigits, email,
  preferred_channel AS preferredChannel, notes, sort_name AS sortName, merged_into_id AS mergedIntoId`;

/** Name columns of a joined person `alias`, for displayName. */
const nameColumns = (alias: string) =>
  `${alias}.kind AS kind, ${alias}.initials AS initials, ${alias}.first_name AS firstName, ${alias}.infix AS infix,
   ${alias}.last_name AS lastName, ${alias}.organisation_name AS organisationName`;

function statements(sqlite: Database.Database) {
  return preparedOnce(sqlite, 'persons.queries', () => ({
    byId: sqlite.prepare(`SELECT ${PERSON_COLUMNS} FROM persons WHERE id = ?`),
    memberships: sqlite.prepare(
      `SELECT id, membership_number AS membershipNumber, status, start_date AS startDate, end_date AS endDate
       FROM members WHERE person_id = ? AND deleted_at IS NULL ORDER BY start_date DESC`,
    ),
    households: sqlite.prepare(
      `SELECT h.id, h.member_id AS memberId, m.membership_number AS membershipNumber, h.relation, m.person_id AS memberPersonId, ${nameColumns('p')}
       FROM household_members h JOIN members m ON m.id = h.member_id JOIN persons p ON p.id = m.person_id
       WHERE h.person_id = ? AND h.deleted_at IS NULL AND m.deleted_at IS NULL`,
    ),
    ownProviders: sqlite.prepare(
      `SELECT pr.id, pr.provider_type AS providerType, pr.screening_status AS screeningStatus, pr.kvk_number AS kvkNumber, ${nameColumns('p')}
       FROM providers pr JOIN persons p ON p.id = pr.person_id WHERE pr.person_id = ? AND pr.deleted_at IS NULL`,
    ),
    // No index on contact_person_id: a scan of the providers (tens of thousands) on opening one page.
    contactOf: sqlite.prepare(
      `SELECT pr.id, pr.provider_type AS providerType, pr.screening_status AS screeningStatus, pr.kvk_number AS kvkNumber, ${nameColumns('p')}
       FROM providers pr JOIN persons p ON p.id = pr.person_id WHERE pr.contact_person_id = ? AND pr.deleted_at IS NULL`,
    ),
    mergedFrom: sqlite.prepare(`SELECT id, sort_name AS sortName, deleted_at AS mergedAt FROM persons WHERE merged_into_id = ? ORDER BY deleted_at`),
  }));
}

export function findPersonRow(sqlite: Database.Database, id: string): PersonRow | undefined {
  return statements(sqlite).byId.get(id) as PersonRow | undefined;
}

/** A person that exists and is not tombstoned; a merged one is a tombstone too. */
export function getLivePersonRow(sqlite: Database.Database, id: string): PersonRow {
  const row = findPersonRow(sqlite, id);
  if (!row || row.deletedAt) throw new DomainError('record.not_found');
  return row;
}

type NameRow = Parameters<typeof displayName>[0];

export function personRoles(sqlite: Database.Database, personId: string): PersonRoles {
  const s = statements(sqlite);
  const provider = (role: 'dienstverlener' | 'contactpersoon') => (r: Record<string, unknown>) => ({
    id: r.id as string,
    role,
    providerType: r.providerType as string,
    screeningStatus: r.screeningStatus as string,
    kvkNumber: (r.kvkNumber as string | null) ?? null,
    name: displayName(r as unknown as NameRow),
  });
  return {
    memberships: s.memberships.all(personId) as PersonRoles['memberships'],
    households: (s.households.all(personId) as Record<string, unknown>[]).map((r) => ({
      id: r.id as string,
      memberId: r.memberId as string,
      membershipNumber: r.membershipNumber as string,
      relation: r.relation as string,
      memberPersonId: r.memberPersonId as string,
      memberName: displayName(r as unknown as NameRow),
    })),
    providers: [
      ...(s.ownProviders.all(personId) as Record<string, unknown>[]).map(provider('dienstverlener')),
      ...(s.contactOf.all(personId) as Record<string, unknown>[]).map(provider('contactpersoon')),
    ],
  };
}

/** The person page: the row, its names and address line, its roles and who was merged into it. */
export function personView(sqlite: Database.Database, id: string): Person {
  const row = findPersonRow(sqlite, id);
  // A merged person stays readable, so an old link can follow `mergedIntoId` to the kept one.
  if (!row || (row.deletedAt && !row.mergedIntoId)) throw new DomainError('record.not_found');
  return {
    id: row.id,
    kind: row.kind,
    salutation: row.salutation,
    initials: row.initials,
    firstName: row.firstName,
    infix: row.infix,
    lastName: row.lastName,
    organisationName: row.organisationName,
    street: row.street,
    houseNumber: row.houseNumber,
    houseNumberAddition: row.houseNumberAddition,
    postcode: row.postcode,
    city: row.city,
    country: row.country,
    phone: row.phone,
    phoneAlt: row.phoneAlt,
    email: row.email,
    preferredChannel: row.preferredChannel,
    notes: row.notes,
    sortName: row.sortName,
    displayName: displayName(row),
    addressLine: addressLine(row),
    mergedIntoId: row.mergedIntoId,
    mergedFrom: statements(sqlite).mergedFrom.all(id) as Person['mergedFrom'],
    roles: personRoles(sqlite, id),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
