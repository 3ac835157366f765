import { derivedPersonColumns } from '../../../core/persons/rules';
import { between, pick, type Rng } from '../scale/random';
import { ADDITIONS, AREA_CODES, CITIES, FIRST_NAMES_F, FIRST_NAMES_M, MAIL_DOMAINS, ORGANISATION_SUFFIXES, ORGANISATION_WORDS, STREETS, SURNAMES } from './names';

export interface GeneratedPerson {
  kind: 'persoon' | 'organisatie';
  salutation: 'heer' | 'mevrouw' | 'neutraal' | null;
  initials: string | null;
  firstName: string | null;
  infix: string | null;
  lastName: string | null;
  organisationName: string | null;
  street: string;
  houseNumber: number;
  houseNumberAddition: string | null;
  postcode: string;
  city: string;
  phone: string | null;
  phoneAlt: string | null;
  email: string | null;
  preferredChannel: 'post' | 'email';
  sortName: string;
  phoneDigits: string | null;
  phoneAltDigits: string | null;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// PostNL does not hand out these letter pairs.
const UNUSED_PAIRS = new Set(['SA', 'SD', 'SS']);

/** A real-format postcode: 1000-9999 and two letters, never SA, SD or SS. */
export function postcode(r: Rng): string {
  for (;;) {
    const pair = `${pick(r, [...LETTERS])}${pick(r, [...LETTERS])}`;
    if (!UNUSED_PAIRS.has(pair)) return `${between(r, 1000, 9999)} ${pair}`;
  }
}

const digits = (r: Rng, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

/** A phone number as people type them: 06-12345678, +31 6 1234 5678, 0031…, (030) 123 45 67, 0348-123456. */
export function phone(r: Rng): string {
  if (r() < 0.6) {
    const rest = digits(r, 8);
    switch (between(r, 0, 4)) {
      case 0: return `06-${rest}`;
      case 1: return `06 ${rest.slice(0, 4)} ${rest.slice(4)}`;
      case 2: return `+31 6 ${rest.slice(0, 4)} ${rest.slice(4)}`;
      case 3: return `0031 6${rest}`;
      default: return `06${rest}`;
    }
  }
  const area = pick(r, AREA_CODES);
  const rest = digits(r, 10 - area.length);
  switch (between(r, 0, 3)) {
    case 0: return `(${area}) ${rest.slice(0, 3)} ${rest.slice(3)}`;
    case 1: return `${area}-${rest}`;
    case 2: return `+31 ${area.slice(1)} ${rest}`;
    default: return `${area}${rest}`;
  }
}

const initialsOf = (first: string, r: Rng) => (r() < 0.35 ? `${first[0]}.${pick(r, [...'ACHJMPW'])}.` : `${first[0]}.`);
const mailName = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ş/g, 's').toLowerCase().replace(/[^a-z]/g, '');

export function person(r: Rng, i: number, organisationShare = 0.08): GeneratedPerson {
  const isOrganisation = r() < organisationShare;
  const address = {
    street: pick(r, STREETS),
    houseNumber: r() < 0.8 ? between(r, 1, 120) : between(r, 121, 999),
    houseNumberAddition: r() < 0.15 ? pick(r, ADDITIONS) : null,
    postcode: postcode(r),
    city: pick(r, CITIES),
  };
  const phones = { phone: r() < 0.85 ? phone(r) : null, phoneAlt: r() < 0.25 ? phone(r) : null };
  if (isOrganisation) {
    const [infix, last] = pick(r, SURNAMES);
    const organisationName = [pick(r, ORGANISATION_WORDS), infix ? `${infix[0]!.toUpperCase()}${infix.slice(1)}` : null, last, pick(r, ORGANISATION_SUFFIXES)]
      .filter(Boolean)
      .join(' ');
    const email = r() < 0.8 ? `info@${mailName(last)}${i}.nl` : null;
    const values = { kind: 'organisatie' as const, salutation: null, initials: null, firstName: null, infix: null, lastName: null, organisationName, ...address, ...phones, email };
    return { ...values, preferredChannel: email && r() < 0.5 ? 'email' : 'post', ...derivedPersonColumns(values) };
  }
  const female = r() < 0.5;
  const first = pick(r, female ? FIRST_NAMES_F : FIRST_NAMES_M);
  const [infix, lastName] = pick(r, SURNAMES);
  const withFirstName = r() < 0.8;
  const email = r() < 0.6 ? `${mailName(first)}.${mailName(`${infix ?? ''}${lastName}`)}${i % 1000}@${pick(r, MAIL_DOMAINS)}` : null;
  const values = {
    kind: 'persoon' as const,
    salutation: r() < 0.03 ? ('neutraal' as const) : female ? ('mevrouw' as const) : ('heer' as const),
    initials: initialsOf(first, r),
    firstName: withFirstName ? first : null,
    infix,
    lastName,
    organisationName: null,
    ...address,
    ...phones,
    email,
  };
  return { ...values, preferredChannel: email && r() < 0.3 ? 'email' : 'post', ...derivedPersonColumns(values) };
}

const BANKS = [
  ['ABNA', 'ABNANL2A'],
  ['RABO', 'RABONL2U'],
  ['INGB', 'INGBNL2A'],
  ['SNSB', 'SNSBNL2A'],
  ['TRIO', 'TRIONL2U'],
  ['ASNB', 'ASNBNL21'],
  ['KNAB', 'KNABNL2H'],
  ['BUNQ', 'BUNQNL2A'],
] as const;

/** A valid Dutch IBAN and its BIC for the n-th account: real bank codes, ISO 13616 check digits. */
export function dutchIban(n: number): { iban: string; bic: string } {
  const [bank, bic] = BANKS[n % BANKS.length]!;
  const account = String(1_000_000_000 + ((n * 7_919) % 8_999_999_999)).padStart(10, '0');
  const numeric = `${bank}${account}NL00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return { iban: `NL${String(98 - remainder).padStart(2, '0')}${bank}${account}`, bic };
}
