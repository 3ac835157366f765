import type { Addressee } from '../core/contracts/documents';

const DOMESTIC = new Set(['', 'nederland', 'nl', 'nld', 'the netherlands', 'netherlands', 'holland']);

/**
 * The address block as PostNL asks for it: name, a "t.a.v." line for organisations, street and
 * number, postcode and place on one line with two spaces between them and the place in capitals,
 * and the country in capitals on the last line, only for abroad.
 */
export function addressLines(a: Addressee): string[] {
  const abroad = !isDomestic(a.country);
  const postcode = abroad ? a.postcode.trim() : dutchPostcode(a.postcode);
  const lines = [a.name.trim()];
  if (a.attention?.trim()) lines.push(attentionLine(a.attention));
  lines.push(a.street.trim(), `${postcode}  ${a.city.trim().toLocaleUpperCase('nl-NL')}`);
  if (abroad) lines.push(a.country!.trim().toLocaleUpperCase('nl-NL'));
  return lines;
}

/** The salutation typed for this addressee, or the neutral Dutch one; always ending in a comma. */
export function salutationFor(a: Pick<Addressee, 'salutation'>): string {
  const typed = a.salutation?.trim();
  if (!typed) return 'Geachte heer/mevrouw,';
  return /[,!]$/.test(typed) ? typed : `${typed},`;
}

export function isDomestic(country: string | null | undefined): boolean {
  return DOMESTIC.has((country ?? '').trim().toLowerCase());
}

/** "3477gg" and "3477 gg" become "3477 GG"; anything else is left as typed. */
function dutchPostcode(postcode: string): string {
  const m = /^([1-9]\d{3})\s*([a-z]{2})$/i.exec(postcode.trim());
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : postcode.trim();
}

/** People type "t.a.v. …", "T.a.v. …" or just the name; the letter always says "t.a.v. …" once. */
function attentionLine(attention: string): string {
  const name = attention.trim().replace(/^(?:t\.\s*a\.\s*v\.?:?\s*|tav:?\s+)/i, '');
  return `t.a.v. ${name}`;
}
