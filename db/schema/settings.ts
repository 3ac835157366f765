import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rowMeta } from './columns';

/** The organisation's own details: one row, used by every letter head, e-mail and export. */
export const organisation = sqliteTable('organisation', {
  ...rowMeta,
  name: text('name').notNull(),
  visitingStreet: text('visiting_street'),
  visitingPostcode: text('visiting_postcode'),
  visitingCity: text('visiting_city'),
  postalStreet: text('postal_street'),
  postalPostcode: text('postal_postcode'),
  postalCity: text('postal_city'),
  phone: text('phone'),
  email: text('email'),
  website: text('website'),
  iban: text('iban'),
  bic: text('bic'),
  sepaCreditorId: text('sepa_creditor_id'),
  kvkNumber: text('kvk_number'),
  vatNumber: text('vat_number'),
  /** Logo for the letter head: a data URL (PNG or JPEG), small enough to travel with sync. */
  logoDataUrl: text('logo_data_url'),
});
