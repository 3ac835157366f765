/**
 * Pure rules for persons: what is derived on every write (phone digits, sort name) and how typed
 * phone numbers and house-number additions are compared. No I/O.
 */

export interface NameParts {
  kind: 'persoon' | 'organisatie';
  initials?: string | null;
  firstName?: string | null;
  infix?: string | null;
  lastName?: string | null;
  organisationName?: string | null;
}

/**
 * A phone number as national digits, whatever way it was typed: "06-12345678", "+31 6 1234 5678",
 * "0031612345678", "+31 (0)6 12345678" and "(030) 123 45 67" become 0612345678 / 0301234567.
 * Foreign numbers keep their country code after "00" (+32 … → 0032…), so they never collide with
 * Dutch ones. Null when there are no digits.
 */
export function phoneDigits(typed: string | null | undefined): string | null {
  if (!typed) return null;
  const international = /^\s*(\+|00)/.exec(typed);
  let digits = typed.replace(/\D/g, '');
  if (!digits) return null;
  if (!international) return digits;
  if (international[1] === '00') digits = digits.slice(2);
  if (digits.startsWith('31')) return `0${digits.slice(2).replace(/^0/, '')}`;
  return `00${digits}`;
}

/**
 * The national digits a partly typed phone number must start with, for search-as-you-type:
 * "+31 6 12" → "0612". Null while a typed country code is still incomplete ("+3", "00").
 */
export function phonePrefixDigits(typed: string): string | null {
  const trimmed = typed.trim();
  const international = /^(\+|00)/.exec(trimmed);
  let digits = trimmed.replace(/\D/g, '');
  if (!international) return digits || null;
  if (international[1] === '00') digits = digits.slice(2);
  if (digits.startsWith('31')) {
    // "+31 (0)6…": the trunk zero in brackets is not part of the number.
    const rest = digits.slice(2).replace(/^0/, '');
    return `0${rest}`;
  }
  if (digits.length < 2 || '31'.startsWith(digits)) return null;
  return `00${digits}`;
}

/** "A", "a", "-a", " A " are one addition; empty is none. For comparing, not for display. */
export function additionKey(addition: string | null | undefined): string {
  return (addition ?? '').replace(/[\s\-/]/g, '').toUpperCase();
}

/** "Berg, Jan van der" for persons, the organisation name for organisations. */
export function sortNameOf(p: NameParts): string {
  if (p.kind === 'organisatie') return (p.organisationName ?? '').trim();
  const given = [p.firstName || formatInitials(p.initials), p.infix].filter(Boolean).join(' ');
  const last = (p.lastName ?? '').trim();
  return given ? `${last}, ${given}` : last;
}

/** "j.a", "JA", "J. A." → "J.A."; null when empty. */
export function formatInitials(initials: string | null | undefined): string | null {
  if (!initials) return null;
  const letters = initials.replace(/[.\s]/g, '');
  if (!letters) return null;
  // Digraphs such as "Th." or "IJ." are kept together when typed that way.
  const parts = initials.includes('.') ? initials.split('.').map((s) => s.trim()).filter(Boolean) : [...letters];
  return parts.map((s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`).join('');
}

/** The derived columns, recomputed on every write so search and sort never go stale. */
export function derivedPersonColumns(p: NameParts & { phone?: string | null; phoneAlt?: string | null }) {
  return { sortName: sortNameOf(p), phoneDigits: phoneDigits(p.phone), phoneAltDigits: phoneDigits(p.phoneAlt) };
}

export interface MergeableFields extends NameParts {
  salutation: string | null;
  street: string | null;
  houseNumber: number | null;
  houseNumberAddition: string | null;
  postcode: string | null;
  city: string | null;
  country: string | null;
  phone: string | null;
  phoneAlt: string | null;
  email: string | null;
  notes: string | null;
}

const ADDRESS_FIELDS = ['street', 'houseNumber', 'houseNumberAddition', 'postcode', 'city', 'country'] as const;

/**
 * What the kept person takes over from the merged one: only fields it lacks. An address moves as a
 * whole (a street from one and a postcode from the other would be no address), a surname with its
 * tussenvoegsel, a second phone number into the free slot, and notes are joined rather than lost.
 */
export function fillFromMerged(keep: MergeableFields, merged: MergeableFields): Partial<MergeableFields> {
  const patch: Partial<MergeableFields> = {};
  for (const field of ['salutation', 'initials', 'firstName', 'organisationName', 'email'] as const) {
    if (!keep[field] && merged[field]) patch[field] = merged[field];
  }
  if (!keep.lastName && merged.lastName) Object.assign(patch, { infix: merged.infix ?? null, lastName: merged.lastName });
  const hasAddress = (p: MergeableFields) => Boolean(p.street || p.postcode || p.city);
  if (!hasAddress(keep) && hasAddress(merged)) for (const field of ADDRESS_FIELDS) Object.assign(patch, { [field]: merged[field] });
  const known = new Set([keep.phone, keep.phoneAlt].map(phoneDigits).filter(Boolean));
  const slots = (['phone', 'phoneAlt'] as const).filter((f) => !keep[f]);
  for (const typed of [merged.phone, merged.phoneAlt]) {
    const digits = phoneDigits(typed);
    if (!digits || known.has(digits) || slots.length === 0) continue;
    patch[slots.shift()!] = typed;
    known.add(digits);
  }
  if (merged.notes && merged.notes !== keep.notes) patch.notes = keep.notes ? `${keep.notes}\n\n${merged.notes}` : merged.notes;
  return patch;
}
