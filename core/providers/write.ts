import { persons, providerServices } from '../../db/schema';
import type { ProviderPersonInput } from '../contracts/providers';
import type { Writer } from '../mutation/writer';
import type { Db } from '../../db/client';
import { providerServiceRows } from './queries';

/** "Berg, Jan van der": the persons table sorts on the last name. */
export function sortNameOf(p: ProviderPersonInput): string {
  if (p.kind === 'organisatie') return p.organisationName!;
  const given = [p.firstName ?? p.initials, p.infix].filter(Boolean).join(' ');
  return given ? `${p.lastName}, ${given}` : p.lastName!;
}

/** Digits in national form (0612345678), however the number was typed, for search by phone. */
export function phoneDigits(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/^\s*(\+|00)31\s*(\(0\))?/, '0').replace(/\D/g, '');
  return digits || null;
}

// D1: a provider registered by phone is often not yet a person in the system.
export function insertPerson(w: Writer, p: ProviderPersonInput) {
  const personal = p.kind === 'persoon';
  return w.insert(persons, {
    kind: p.kind,
    salutation: personal ? p.salutation : null,
    initials: personal ? p.initials : null,
    firstName: personal ? p.firstName : null,
    infix: personal ? p.infix : null,
    lastName: personal ? p.lastName : null,
    organisationName: personal ? null : p.organisationName,
    street: p.street,
    houseNumber: p.houseNumber,
    houseNumberAddition: p.houseNumberAddition,
    postcode: p.postcode,
    city: p.city,
    phone: p.phone,
    phoneDigits: phoneDigits(p.phone),
    email: p.email,
    sortName: sortNameOf(p),
  });
}

/**
 * D4: the offered services are replaced as a set. A kept category keeps its row (so its history
 * stays in one place), a dropped one is tombstoned, a new one inserted.
 */
export function replaceServices(w: Writer, db: Db, providerId: string, wanted: { categoryId: string; experience: string | null }[]): void {
  const current = providerServiceRows(db, providerId);
  for (const existing of current) {
    const keep = wanted.find((s) => s.categoryId === existing.categoryId);
    if (keep) w.update(providerServices, existing.id, { experience: keep.experience });
    else w.remove(providerServices, existing.id);
  }
  for (const s of wanted) {
    if (!current.some((c) => c.categoryId === s.categoryId)) w.insert(providerServices, { providerId, categoryId: s.categoryId, experience: s.experience });
  }
}
