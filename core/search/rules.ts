import type { SearchMatch } from '../contracts/search';
import { additionKey, phonePrefixDigits } from '../persons/rules';

/**
 * What someone typed into the search box, recognised without touching the database. One text can
 * mean more than one thing ("01234567" is a phone prefix and a KvK number); every reading is
 * searched and the hits say which one matched.
 */
export type Reading =
  | { match: 'telefoon'; digits: string }
  /** `postcode` is complete ("3441 AB") when a house number is given, else a prefix ("3441 A"). */
  | { match: 'postcode'; postcode: string; houseNumber: number | null; addition: string | null }
  | { match: 'email'; prefix: string }
  | { match: 'lidnummer'; prefix: string }
  | { match: 'kvk'; prefix: string }
  | { match: 'naam'; fts: string; tokens: string[] };

// "3441 AB 12", "3441ab12", "3441AB 12-a", "3441 ab 12 bis", "3441 AB".
const POSTCODE = /^([1-9]\d{3})\s*([a-z]{2})(?:\s*(\d{1,5})(?:\s*[-/]?\s*([a-z0-9]{1,4}))?)?$/i;
const POSTCODE_START = /^([1-9]\d{3})\s*([a-z])?$/i;
const PHONE = /^(?:\+|00|\(?0)[\d\s\-().+/]*$/;
const MEMBERSHIP = /^([a-z]{1,3})[\s-]?(\d+)$/i;

export function readQuery(typed: string): Reading[] {
  const q = typed.trim();
  if (!q) return [];
  if (q.includes('@')) return [{ match: 'email', prefix: q.toLowerCase() }];

  const postcode = POSTCODE.exec(q);
  if (postcode) {
    const code = `${postcode[1]} ${postcode[2]!.toUpperCase()}`;
    const houseNumber = postcode[3] ? Number(postcode[3]) : null;
    return [{ match: 'postcode', postcode: code, houseNumber, addition: postcode[4] ? additionKey(postcode[4]) : null }];
  }
  const start = POSTCODE_START.exec(q);
  if (start) {
    const prefix = start[2] ? `${start[1]} ${start[2].toUpperCase()}` : `${start[1]} `;
    return [{ match: 'postcode', postcode: prefix, houseNumber: null, addition: null }];
  }

  const readings: Reading[] = [];
  if (PHONE.test(q)) {
    const digits = phonePrefixDigits(q);
    if (digits && digits.length >= 2) readings.push({ match: 'telefoon', digits });
  }
  const compact = q.replace(/[\s.]/g, '');
  // KvK numbers are 8 digits; from 5 typed digits on, the first ones are a prefix worth showing.
  if (/^\d{5,8}$/.test(compact) && !compact.startsWith('00')) readings.push({ match: 'kvk', prefix: compact });
  if (readings.length > 0) return readings;

  const membership = MEMBERSHIP.exec(q);
  if (membership) return [{ match: 'lidnummer', prefix: `${membership[1]!.toUpperCase()}${membership[2]}` }];

  const tokens = nameTokens(q);
  return tokens.length ? [{ match: 'naam', fts: ftsPrefixQuery(tokens), tokens }] : [];
}

/**
 * Words as the FTS5 unicode61 tokenizer sees them: letters and digits, split at everything else
 * ("van 't Hof" → van, t, hof; "de Vries-Ünal" → de, vries, ünal). Diacritics are folded by the
 * index and the query alike; the Turkish dotless ı is a letter of its own there, so it is folded here.
 */
export function nameTokens(text: string): string[] {
  return (foldSpecialLetters(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** Every word a prefix, all words required: "van der berg" → "van"* "der"* "berg"*. */
export function ftsPrefixQuery(tokens: string[]): string {
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' ');
}

/** Letters the unicode61 tokenizer does not fold to a Latin base letter. */
export function foldSpecialLetters(text: string): string {
  return text.replace(/[ıİ]/g, 'i').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/ß/g, 'ss').replace(/[æÆ]/g, 'ae');
}

/** The smallest text above every text that starts with `prefix`, for an index range (col >= prefix AND col < bound). */
export function upperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

export type { SearchMatch };
