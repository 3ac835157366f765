import { z } from 'zod';
import { generalLetterData, type Addressee, type GeneralLetterData } from '../../../../core/contracts';
import { GENERAL_LETTER_TYPE } from './labels';

/** Document types with a form here; others are made by their own screens (and not edited here). */
export function hasLetterForm(typeKey: string): boolean {
  return typeKey === GENERAL_LETTER_TYPE;
}

/**
 * The general letter's contract, with one change for the form: enclosures are typed one per line in
 * a text box and become the list the contract wants.
 */
export const letterFormSchema = generalLetterData.extend({
  enclosures: z
    .string()
    .transform((text) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(generalLetterData.shape.enclosures.unwrap()),
});

export type LetterFormValues = z.input<typeof letterFormSchema>;

const EMPTY_ADDRESSEE = { name: '', attention: '', street: '', postcode: '', city: '', country: '', salutation: '' };

export function emptyLetter(addressee: Partial<Addressee> = {}): LetterFormValues {
  const given = Object.fromEntries(Object.entries(addressee).map(([k, v]) => [k, v ?? '']));
  return { addressee: { ...EMPTY_ADDRESSEE, ...given }, subject: '', yourReference: '', body: '', enclosures: '' };
}

/** A stored concept back into the form; data the form does not know starts empty. */
export function letterValues(data: Record<string, unknown>): LetterFormValues {
  const parsed = generalLetterData.safeParse(data);
  if (!parsed.success) return emptyLetter();
  const letter: GeneralLetterData = parsed.data;
  return {
    addressee: emptyLetter(Object.fromEntries(Object.entries(letter.addressee).map(([k, v]) => [k, v ?? ''])) as Partial<Addressee>).addressee,
    subject: letter.subject,
    yourReference: letter.yourReference ?? '',
    body: letter.body,
    enclosures: letter.enclosures.join('\n'),
  };
}

/**
 * What the live preview draws while the form is still being filled in: required fields that are
 * empty show as a bracketed hint, so the letter takes shape from the first keystroke.
 */
export function draftForPreview(values: LetterFormValues): GeneralLetterData {
  const text = (value: string | null | undefined, hint: string) => (value?.trim() ? value.trim() : hint);
  const optional = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  const a = values.addressee;
  return {
    addressee: {
      name: text(a.name, '[Naam]'),
      attention: optional(a.attention),
      street: text(a.street, '[Straat en huisnummer]'),
      postcode: text(a.postcode, '[Postcode]'),
      city: text(a.city, '[Plaats]'),
      country: optional(a.country),
      salutation: optional(a.salutation),
    },
    subject: text(values.subject, '[Onderwerp]'),
    yourReference: optional(values.yourReference),
    body: text(values.body, '[Tekst van de brief]'),
    enclosures: (values.enclosures ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}
