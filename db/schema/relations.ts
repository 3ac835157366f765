import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rowMeta } from './columns';

/**
 * Persons and organisations: everyone a dossier can point at. A person may be a member, a household
 * member, a provider (contact), a complainant, or several at once; those roles live in their own
 * tables and refer to this row. Search columns (`searchName`, `phoneDigits…`) are derived on write.
 */
export const persons = sqliteTable(
  'persons',
  {
    ...rowMeta,
    kind: text('kind', { enum: ['persoon', 'organisatie'] }).notNull(),
    salutation: text('salutation', { enum: ['heer', 'mevrouw', 'neutraal'] }),
    initials: text('initials'),
    firstName: text('first_name'),
    /** Tussenvoegsel: "van der" in "Jan van der Berg". */
    infix: text('infix'),
    lastName: text('last_name'),
    organisationName: text('organisation_name'),
    street: text('street'),
    houseNumber: integer('house_number'),
    houseNumberAddition: text('house_number_addition'),
    /** "1234 AB" */
    postcode: text('postcode'),
    city: text('city'),
    /** Null for the Netherlands. */
    country: text('country'),
    phone: text('phone'),
    phoneAlt: text('phone_alt'),
    /** Phone numbers as digits in national form (0612345678), whatever way they were typed. */
    phoneDigits: text('phone_digits'),
    phoneAltDigits: text('phone_alt_digits'),
    email: text('email'),
    preferredChannel: text('preferred_channel', { enum: ['post', 'email'] }).notNull().default('post'),
    notes: text('notes'),
    /** Display and sort name: "Berg, Jan van der" / organisation name. */
    sortName: text('sort_name').notNull(),
    /** Set when this record was merged into another; its references moved there. */
    mergedIntoId: text('merged_into_id'),
  },
  (t) => [
    index('persons_address_idx').on(t.postcode, t.houseNumber),
    index('persons_phone_idx').on(t.phoneDigits),
    index('persons_phone_alt_idx').on(t.phoneAltDigits),
    index('persons_email_idx').on(t.email),
    index('persons_sort_idx').on(t.sortName),
    // persons.get lists who was merged into a person.
    index('persons_merged_into_idx').on(t.mergedIntoId),
    // The person list pages by offset over 300k+ rows: one covering index of live rows per sort order
    // (with kind, the list's filter), so a deep page walks an index and never the table.
    index('persons_live_name_idx').on(t.sortName, t.kind).where(sql`deleted_at IS NULL`),
    index('persons_live_city_idx').on(t.city, t.sortName, t.kind).where(sql`deleted_at IS NULL`),
    index('persons_live_postcode_idx').on(t.postcode, t.houseNumber, t.kind).where(sql`deleted_at IS NULL`),
  ],
);
