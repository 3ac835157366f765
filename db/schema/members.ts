import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { rowMeta } from './columns';

/** L1: a membership covers the member's household. */
export const members = sqliteTable(
  'members',
  {
    ...rowMeta,
    personId: text('person_id').notNull(),
    membershipNumber: text('membership_number').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    status: text('status', { enum: ['actief', 'opgezegd', 'beeindigd'] }).notNull(),
    notes: text('notes'),
    /**
     * The member's person's sort name ("Berg, Jan van der"), derived: kept by triggers on persons and
     * members (db/migrations/0008), like the name search index, so the member list sorts by name with
     * an index walk instead of joining and sorting 100k persons per page. Never written by handlers.
     */
    sortName: text('sort_name'),
  },
  (t) => [
    uniqueIndex('members_number_unique').on(t.membershipNumber),
    index('members_person_idx').on(t.personId),
    // The member list (100k rows) pages through live members in each sort order, optionally per
    // status: covering indexes, so a deep page is a walk over an index, not over the table.
    index('members_live_number_idx').on(t.membershipNumber, t.status).where(sql`deleted_at IS NULL`),
    index('members_live_status_idx').on(t.status, t.membershipNumber).where(sql`deleted_at IS NULL`),
    index('members_live_start_idx').on(t.startDate, t.membershipNumber, t.status).where(sql`deleted_at IS NULL`),
    index('members_live_name_idx').on(t.sortName, t.membershipNumber, t.status).where(sql`deleted_at IS NULL`),
  ],
);

/** L1: huisgenoten, each a person of their own. */
export const householdMembers = sqliteTable(
  'household_members',
  {
    ...rowMeta,
    memberId: text('member_id').notNull(),
    personId: text('person_id').notNull(),
    relation: text('relation', { enum: ['partner', 'kind', 'huisgenoot'] }).notNull(),
  },
  (t) => [index('household_member_idx').on(t.memberId), index('household_person_idx').on(t.personId)],
);

/**
 * L3: SEPA mandate (Machtigingsformulier Europese Incasso). An IBAN change is an amendment: a new
 * row that `replaces` the old one. "Expired after 36 months unused" is derived, not stored.
 * SEPA keeps the mandate reference through an amendment (the debtor's bank knows the mandate by it),
 * so the reference is unique among current rows only: amended rows ('gewijzigd') are history.
 */
export const sepaMandates = sqliteTable(
  'sepa_mandates',
  {
    ...rowMeta,
    memberId: text('member_id').notNull(),
    reference: text('reference').notNull(),
    iban: text('iban').notNull(),
    bic: text('bic'),
    accountHolder: text('account_holder').notNull(),
    signatureDate: text('signature_date'),
    formReceived: integer('form_received', { mode: 'boolean' }).notNull().default(false),
    sequenceType: text('sequence_type', { enum: ['FRST', 'RCUR'] }).notNull().default('FRST'),
    lastCollectionDate: text('last_collection_date'),
    status: text('status', { enum: ['actief', 'gewijzigd', 'ingetrokken'] }).notNull(),
    replacesId: text('replaces_id'),
  },
  (t) => [
    uniqueIndex('mandates_reference_unique').on(t.reference).where(sql`status <> 'gewijzigd'`),
    index('mandates_reference_idx').on(t.reference),
    index('mandates_member_idx').on(t.memberId),
  ],
);

/** L1: the contribution per calendar year, in cents. */
export const contributionRates = sqliteTable(
  'contribution_rates',
  {
    ...rowMeta,
    year: integer('year').notNull(),
    amountCents: integer('amount_cents').notNull(),
  },
  (t) => [uniqueIndex('contribution_year_unique').on(t.year)],
);
