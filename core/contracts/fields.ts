import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { z } from 'zod';

/** Field schemas with Dutch messages, shared by the back end and the forms. */

const trimmed = z.string().trim();

export const requiredText = (label: string, max = 200) =>
  trimmed.min(1, `Vul ${label} in`).max(max, `${capitalise(label)} is te lang (hoogstens ${max} tekens)`);

/** Optional text: an empty string is stored as null, so "not filled in" has one representation. */
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, `Hoogstens ${max} tekens`)
    .nullish()
    .transform((v) => (v ? v : null));

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.union([z.literal(''), z.email('Vul een geldig e-mailadres in')]))
  .nullish()
  .transform((v) => (v ? v : null));

/** Dutch postcode: four digits (not starting with 0) and two letters; stored as "1234 AB". */
export const postcodeField = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? normalisePostcode(v) : null))
  .refine((v) => v === null || /^[1-9]\d{3} [A-Z]{2}$/.test(v), 'Vul een postcode in als 1234 AB');

export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : value.trim().toUpperCase();
}

export const kvkField = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v.replace(/[\s.]/g, '') : null))
  .refine((v) => v === null || /^\d{8}$/.test(v), 'Een KvK-nummer heeft 8 cijfers');

export const ibanField = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? (electronicFormatIBAN(v) ?? v.replace(/\s/g, '').toUpperCase()) : null))
  .refine((v) => v === null || isValidIBAN(v), 'Dit IBAN klopt niet; controleer het nummer');

export const bicField = z
  .string()
  .trim()
  .toUpperCase()
  .nullish()
  .transform((v) => (v ? v.replace(/\s/g, '') : null))
  .refine((v) => v === null || isValidBIC(v), 'Deze BIC klopt niet (8 of 11 tekens, bijvoorbeeld RABONL2U)');

/** Dutch BTW-identificatienummer: NL, nine digits, B, two digits. */
export const vatField = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v.replace(/[\s.]/g, '').toUpperCase() : null))
  .refine((v) => v === null || /^NL\d{9}B\d{2}$/.test(v), 'Vul een btw-nummer in als NL123456789B01');

/** SEPA creditor identifier (incassant-ID), Dutch form: NL, 2 check digits, ZZZ, KvK number + 4 digits. */
export const creditorIdField = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v.replace(/\s/g, '').toUpperCase() : null))
  .refine((v) => v === null || /^[A-Z]{2}\d{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/.test(v), 'Vul een geldig incassant-ID in, bijvoorbeeld NL12ZZZ123456780000');

export const phoneField = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^[+()\d\s-]{6,20}$/.test(v), 'Vul een geldig telefoonnummer in');

export const urlField = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^(https?:\/\/)?[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(v), 'Vul een geldig webadres in');

export const idField = z.uuid('Ongeldige verwijzing');

export const newPasswordField = z
  .string()
  .min(10, 'Een wachtwoord heeft minstens 10 tekens')
  .max(200, 'Een wachtwoord heeft hoogstens 200 tekens');

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A logo for the letter head as a data URL: PNG or JPEG, at most 300 kB. Left out (undefined) means
 * "keep the current logo", so forms without a logo picker never wipe it; null removes it.
 */
export const logoField = z
  .string()
  .nullish()
  .transform((v) => (v === undefined ? undefined : v ? v : null))
  .refine((v) => v == null || /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(v), 'Kies een logo als PNG- of JPEG-afbeelding')
  .refine((v) => v == null || v.length <= 400_000, 'Het logo is te groot (hoogstens 300 kB)');
