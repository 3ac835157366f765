/**
 * Dutch names of the persons table and its fields for the audit trail. Kept beside the persons
 * contract; `labels.ts` spreads them into TABLE_LABELS and FIELD_LABELS.
 */
export const PERSON_TABLE_LABELS: Record<string, string> = {
  persons: 'Personen en organisaties',
};

export const PERSON_FIELD_LABELS: Record<string, Record<string, string>> = {
  persons: {
    kind: 'Soort',
    salutation: 'Aanhef',
    initials: 'Voorletters',
    firstName: 'Voornaam',
    infix: 'Tussenvoegsel',
    lastName: 'Achternaam',
    organisationName: 'Naam organisatie',
    street: 'Straat',
    houseNumber: 'Huisnummer',
    houseNumberAddition: 'Toevoeging',
    postcode: 'Postcode',
    city: 'Plaats',
    country: 'Land',
    phone: 'Telefoon',
    phoneAlt: 'Telefoon 2',
    phoneDigits: 'Telefoon (cijfers, voor zoeken)',
    phoneAltDigits: 'Telefoon 2 (cijfers, voor zoeken)',
    email: 'E-mail',
    preferredChannel: 'Voorkeur post of e-mail',
    notes: 'Notities',
    sortName: 'Sorteernaam',
    mergedIntoId: 'Samengevoegd met',
    deletedAt: 'Verwijderd op',
  },
};
