import type { Addressee } from '../contracts/documents';
import { addresseeName, displayName, letterSalutation, streetLine, type AddressParts, type PersonName } from './names';

export type AddresseePerson = PersonName & AddressParts;

/**
 * The addressee block of a letter (core/contracts/documents.ts) for a person or organisation.
 * For an organisation, `contact` gives the "t.a.v." line and the salutation ("Geachte heer Jansen,").
 * Missing address parts come out empty, so the letter's own validation asks for them by name.
 */
export function addresseeFromPerson(person: AddresseePerson, contact?: PersonName | null): Addressee {
  const isOrganisation = person.kind === 'organisatie';
  return {
    name: addresseeName(person),
    attention: isOrganisation && contact ? attentionName(contact) : null,
    street: streetLine(person) ?? '',
    postcode: person.postcode?.trim() ?? '',
    city: person.city?.trim() ?? '',
    country: person.country?.trim() || null,
    salutation: letterSalutation(isOrganisation ? contact : person),
  };
}

/** "de heer J. Jansen" on the t.a.v. line: lower case inside the line. */
function attentionName(contact: PersonName): string {
  const name = addresseeName(contact);
  if (contact.kind === 'organisatie') return displayName(contact);
  return name.replace(/^De heer /, 'de heer ').replace(/^Mevrouw /, 'mevrouw ');
}
