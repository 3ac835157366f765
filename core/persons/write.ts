import { persons } from '../../db/schema';
import type { PersonInput } from '../contracts/persons';
import type { Row, Writer } from '../mutation/writer';
import { derivedPersonColumns } from './rules';

/** The stored columns for a checked form: what was typed plus what is derived from it. */
export function personValues(input: PersonInput) {
  const isPerson = input.kind === 'persoon';
  return {
    kind: input.kind,
    // Personal name parts mean nothing on an organisation, and the other way round.
    salutation: isPerson ? input.salutation : null,
    initials: isPerson ? input.initials : null,
    firstName: isPerson ? input.firstName : null,
    infix: isPerson ? input.infix : null,
    lastName: isPerson ? input.lastName : null,
    organisationName: isPerson ? null : input.organisationName,
    street: input.street,
    houseNumber: input.houseNumber,
    houseNumberAddition: input.houseNumber === null ? null : input.houseNumberAddition,
    postcode: input.postcode,
    city: input.city,
    country: input.country,
    phone: input.phone,
    phoneAlt: input.phoneAlt,
    email: input.email,
    preferredChannel: input.preferredChannel,
    notes: input.notes,
    ...derivedPersonColumns(input),
  };
}

/**
 * Inserts a person inside the caller's transaction. Other areas that create a person together with
 * their own row (a member with its household) use this, so the derived columns are always right.
 */
export function insertPerson(w: Writer, input: PersonInput): Row<typeof persons> {
  return w.insert(persons, { ...personValues(input), mergedIntoId: null });
}
