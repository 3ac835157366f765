import type Database from 'better-sqlite3';
import type { HouseholdRelation, Mandate, Member, MemberStatus } from '../contracts/members';
import { preparedOnce } from '../db/prepared';
import { DomainError } from '../errors';
import { addressLine, displayName } from '../persons/names';
import { canCollect, collectBlocker, contributionFor, DEFAULT_CONTRIBUTION_CENTS, mandateExpiresAfter, mandateStatus, type SequenceType, type StoredMandateStatus } from './rules';

/**
 * Reading members. Opening a member page is `memberDetail`: five prepared, indexed lookups (member
 * with person, household, mandates, this year's rate, document count), so it stays fast at 100k members.
 */

/** The person columns names and letters need, under the names core/persons/names.ts expects. */
export const PERSON_COLUMNS = (p: string) => `${p}.kind, ${p}.salutation, ${p}.initials, ${p}.first_name AS firstName, ${p}.infix,
  ${p}.last_name AS lastName, ${p}.organisation_name AS organisationName, ${p}.street, ${p}.house_number AS houseNumber,
  ${p}.house_number_addition AS houseNumberAddition, ${p}.postcode, ${p}.city, ${p}.country, ${p}.phone, ${p}.email,
  ${p}.preferred_channel AS preferredChannel, ${p}.sort_name AS sortName`;

export interface PersonColumns {
  kind: 'persoon' | 'organisatie';
  salutation: 'heer' | 'mevrouw' | 'neutraal' | null;
  initials: string | null;
  firstName: string | null;
  infix: string | null;
  lastName: string | null;
  organisationName: string | null;
  street: string | null;
  houseNumber: number | null;
  houseNumberAddition: string | null;
  postcode: string | null;
  city: string | null;
  country: string | null;
  phone: string | null;
  email: string | null;
  preferredChannel: 'post' | 'email';
  sortName: string;
}

export interface MemberWithPerson extends PersonColumns {
  id: string;
  personId: string;
  membershipNumber: string;
  startDate: string;
  endDate: string | null;
  status: MemberStatus;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface HouseholdRow extends PersonColumns {
  id: string;
  personId: string;
  relation: HouseholdRelation;
}

export interface MandateRow {
  id: string;
  memberId: string;
  reference: string;
  iban: string;
  bic: string | null;
  accountHolder: string;
  signatureDate: string | null;
  formReceived: number;
  sequenceType: SequenceType;
  lastCollectionDate: string | null;
  status: StoredMandateStatus;
  replacesId: string | null;
  createdAt: string;
  version: number;
}

export function findMember(sqlite: Database.Database, id: string): MemberWithPerson | undefined {
  const statement = preparedOnce(sqlite, 'members.byId', () =>
    sqlite.prepare(`SELECT m.id, m.person_id AS personId, m.membership_number AS membershipNumber, m.start_date AS startDate,
        m.end_date AS endDate, m.status, m.notes, m.created_at AS createdAt, m.updated_at AS updatedAt, m.version, ${PERSON_COLUMNS('p')}
      FROM members m JOIN persons p ON p.id = m.person_id WHERE m.id = ? AND m.deleted_at IS NULL`),
  );
  return statement.get(id) as MemberWithPerson | undefined;
}

export function getMember(sqlite: Database.Database, id: string): MemberWithPerson {
  const row = findMember(sqlite, id);
  if (!row) throw new DomainError('record.not_found');
  return row;
}

export function householdOf(sqlite: Database.Database, memberId: string): HouseholdRow[] {
  const statement = preparedOnce(sqlite, 'members.household', () =>
    sqlite.prepare(`SELECT h.id, h.person_id AS personId, h.relation, ${PERSON_COLUMNS('p')}
      FROM household_members h JOIN persons p ON p.id = h.person_id
      WHERE h.member_id = ? AND h.deleted_at IS NULL ORDER BY h.created_at, h.rowid`),
  );
  return statement.all(memberId) as HouseholdRow[];
}

const MANDATE_COLUMNS = `id, member_id AS memberId, reference, iban, bic, account_holder AS accountHolder, signature_date AS signatureDate,
  form_received AS formReceived, sequence_type AS sequenceType, last_collection_date AS lastCollectionDate, status,
  replaces_id AS replacesId, created_at AS createdAt, version`;

/** Newest first; an amendment and the row it replaces share a timestamp, so rowid breaks the tie. */
export function mandatesOf(sqlite: Database.Database, memberId: string): MandateRow[] {
  const statement = preparedOnce(sqlite, 'members.mandates', () =>
    sqlite.prepare(`SELECT ${MANDATE_COLUMNS} FROM sepa_mandates WHERE member_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, rowid DESC`),
  );
  return statement.all(memberId) as MandateRow[];
}

export function getMandate(sqlite: Database.Database, id: string): MandateRow {
  const statement = preparedOnce(sqlite, 'members.mandate', () => sqlite.prepare(`SELECT ${MANDATE_COLUMNS} FROM sepa_mandates WHERE id = ? AND deleted_at IS NULL`));
  const row = statement.get(id) as MandateRow | undefined;
  if (!row) throw new DomainError('record.not_found');
  return row;
}

/** Every reference the member's mandates ever had, amended and revoked ones included: serials are never reused. */
export function mandateReferencesOf(sqlite: Database.Database, memberId: string): string[] {
  const statement = preparedOnce(sqlite, 'members.mandateReferences', () => sqlite.prepare('SELECT reference FROM sepa_mandates WHERE member_id = ?').pluck());
  return statement.all(memberId) as string[];
}

export function contributionRates(sqlite: Database.Database): { year: number; amountCents: number }[] {
  const statement = preparedOnce(sqlite, 'members.rates', () =>
    sqlite.prepare('SELECT year, amount_cents AS amountCents FROM contribution_rates WHERE deleted_at IS NULL ORDER BY year DESC'),
  );
  return statement.all() as { year: number; amountCents: number }[];
}

export function findContributionRate(sqlite: Database.Database, year: number): { id: string; amountCents: number } | undefined {
  const statement = preparedOnce(sqlite, 'members.rateOfYear', () =>
    sqlite.prepare('SELECT id, amount_cents AS amountCents FROM contribution_rates WHERE year = ? AND deleted_at IS NULL'),
  );
  return statement.get(year) as { id: string; amountCents: number } | undefined;
}

/** L1: the contribution of one year, and whether it is the default (no amount set). */
export function contributionOfYear(sqlite: Database.Database, year: number): { year: number; amountCents: number; isDefault: boolean } {
  const rate = findContributionRate(sqlite, year);
  return { year, amountCents: contributionFor(year, rate ? [{ year, amountCents: rate.amountCents }] : []), isDefault: !rate };
}

function documentsCount(sqlite: Database.Database, memberId: string): number {
  const statement = preparedOnce(sqlite, 'members.documentsCount', () =>
    sqlite.prepare(`SELECT count(*) FROM documents WHERE dossier_kind = 'member' AND dossier_id = ? AND deleted_at IS NULL`).pluck(),
  );
  return statement.get(memberId) as number;
}

/** An active membership of this person, if any: a person is a member once at a time. */
export function activeMembershipOf(sqlite: Database.Database, personId: string): { id: string; membershipNumber: string } | undefined {
  const statement = preparedOnce(sqlite, 'members.activeOfPerson', () =>
    sqlite.prepare(
      `SELECT id, membership_number AS membershipNumber FROM members WHERE person_id = ? AND status <> 'beeindigd' AND deleted_at IS NULL LIMIT 1`,
    ),
  );
  return statement.get(personId) as { id: string; membershipNumber: string } | undefined;
}

/** A live person (not tombstoned, not merged away), or undefined. */
export function findLivePerson(sqlite: Database.Database, id: string): { id: string } | undefined {
  const statement = preparedOnce(sqlite, 'members.livePerson', () =>
    sqlite.prepare('SELECT id FROM persons WHERE id = ? AND deleted_at IS NULL AND merged_into_id IS NULL'),
  );
  return statement.get(id) as { id: string } | undefined;
}

export function toMandate(row: MandateRow, today: string): Mandate {
  const facts = { status: row.status, signatureDate: row.signatureDate, formReceived: row.formReceived === 1, lastCollectionDate: row.lastCollectionDate };
  return {
    id: row.id,
    reference: row.reference,
    iban: row.iban,
    bic: row.bic,
    accountHolder: row.accountHolder,
    signatureDate: row.signatureDate,
    formReceived: facts.formReceived,
    sequenceType: row.sequenceType,
    lastCollectionDate: row.lastCollectionDate,
    status: mandateStatus(facts, today),
    usableUntil: row.status === 'actief' ? mandateExpiresAfter(facts) : null,
    canCollect: canCollect(facts, today),
    collectBlocker: collectBlocker(facts, today),
    replacesId: row.replacesId,
    createdAt: row.createdAt,
  };
}

/** "Opening a member page": the member as the screens and the letters see it, on `today` (Europe/Amsterdam). */
export function memberDetail(sqlite: Database.Database, id: string, today: string): Member {
  const m = getMember(sqlite, id);
  return {
    id: m.id,
    membershipNumber: m.membershipNumber,
    startDate: m.startDate,
    endDate: m.endDate,
    status: m.status,
    notes: m.notes,
    person: {
      id: m.personId,
      kind: m.kind,
      sortName: m.sortName,
      displayName: displayName(m),
      addressLine: addressLine(m),
      phone: m.phone,
      email: m.email,
      preferredChannel: m.preferredChannel,
    },
    household: householdOf(sqlite, id).map((h) => ({ id: h.id, personId: h.personId, relation: h.relation, displayName: displayName(h), addressLine: addressLine(h) })),
    mandates: mandatesOf(sqlite, id).map((row) => toMandate(row, today)),
    contribution: contributionOfYear(sqlite, Number(today.slice(0, 4))),
    documentsCount: documentsCount(sqlite, id),
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    version: m.version,
  };
}

export { DEFAULT_CONTRIBUTION_CENTS };
