import { formatInitials, type NameParts } from './rules';

/**
 * Dutch names as screens and letters write them. The tussenvoegsel ("van der") is written in lower
 * case after a first name or initials and with a capital when the surname stands alone
 * ("Geachte heer Van der Berg,"), as the Dutch spelling rules ask.
 */

export interface PersonName extends NameParts {
  salutation?: 'heer' | 'mevrouw' | 'neutraal' | null;
}

/** "Jan van der Berg"; with only initials "J. van der Berg"; an organisation's own name. */
export function displayName(p: PersonName): string {
  if (p.kind === 'organisatie') return clean(p.organisationName);
  return surnameAfter(p.firstName?.trim() || formatInitials(p.initials), p);
}

/** "J. van der Berg": initials (or the first name's initial) for letters and lists. */
export function formalName(p: PersonName): string {
  if (p.kind === 'organisatie') return clean(p.organisationName);
  return surnameAfter(formatInitials(p.initials) ?? formatInitials(p.firstName?.trim().charAt(0)), p);
}

/** "De heer J. van der Berg", "Mevrouw J. van der Berg", or the formal name alone. */
export function addresseeName(p: PersonName): string {
  if (p.kind === 'organisatie') return clean(p.organisationName);
  const name = formalName(p);
  if (p.salutation === 'heer') return `De heer ${name}`;
  if (p.salutation === 'mevrouw') return `Mevrouw ${name}`;
  return name;
}

/** The surname as it stands alone: "Van der Berg", "De Vries", "Jansen". */
export function standaloneSurname(p: PersonName): string {
  return capitaliseFirst([p.infix?.trim(), p.lastName?.trim()].filter(Boolean).join(' '));
}

/**
 * The opening line of a letter: "Geachte heer Van der Berg,", "Geachte mevrouw De Vries,".
 * Without a known salutation: "Geachte J. van der Berg," (neutral, by initials) or the general
 * "Geachte heer/mevrouw," for organisations and unknown persons.
 */
export function letterSalutation(p: PersonName | null | undefined): string {
  if (!p || p.kind === 'organisatie') return 'Geachte heer/mevrouw,';
  const surname = standaloneSurname(p);
  if (!surname) return 'Geachte heer/mevrouw,';
  if (p.salutation === 'heer') return `Geachte heer ${surname},`;
  if (p.salutation === 'mevrouw') return `Geachte mevrouw ${surname},`;
  const formal = formalName(p);
  return formal !== surname ? `Geachte ${formal},` : `Geachte heer/mevrouw ${surname},`;
}

export interface AddressParts {
  street?: string | null;
  houseNumber?: number | null;
  houseNumberAddition?: string | null;
  postcode?: string | null;
  city?: string | null;
  country?: string | null;
}

/** "Kerkstraat 12a", "Kerkstraat 12-2", "Kerkstraat 12 bis"; null without street. */
export function streetLine(a: AddressParts): string | null {
  const street = a.street?.trim();
  if (!street) return null;
  if (a.houseNumber == null) return street;
  return `${street} ${houseNumberText(a)}`;
}

/** "12", "12a", "12-2", "12 bis": a single letter is written against the number, the rest after a hyphen or space. */
export function houseNumberText(a: Pick<AddressParts, 'houseNumber' | 'houseNumberAddition'>): string {
  if (a.houseNumber == null) return '';
  const addition = a.houseNumberAddition?.trim().replace(/^[-\s]+/, '');
  if (!addition) return String(a.houseNumber);
  if (/^[a-z]$/i.test(addition)) return `${a.houseNumber}${addition.toLowerCase()}`;
  if (/^[a-z]{2,}$/i.test(addition)) return `${a.houseNumber} ${addition}`;
  return `${a.houseNumber}-${addition}`;
}

/** One line for lists and search hits: "Kerkstraat 12a, 3441 AB Woerden"; null without any address. */
export function addressLine(a: AddressParts): string | null {
  const place = [a.postcode?.trim(), a.city?.trim()].filter(Boolean).join(' ');
  const parts = [streetLine(a), place, a.country?.trim()].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function surnameAfter(given: string | null | undefined, p: PersonName): string {
  if (!given) return standaloneSurname(p);
  return [given, p.infix?.trim(), p.lastName?.trim()].filter(Boolean).join(' ');
}

function capitaliseFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl-NL') + text.slice(1);
}

function clean(text: string | null | undefined): string {
  return (text ?? '').trim();
}
