/**
 * Dutch names of the members tables and fields for the audit trail. Kept beside the members
 * contract; `labels.ts` spreads them into TABLE_LABELS and FIELD_LABELS.
 */
export const MEMBER_TABLE_LABELS: Record<string, string> = {
  members: 'Leden',
  household_members: 'Huisgenoten',
  sepa_mandates: 'Machtigingen (SEPA)',
  contribution_rates: 'Contributie per jaar',
  number_series: 'Nummerreeksen',
};

export const MEMBER_FIELD_LABELS: Record<string, Record<string, string>> = {
  members: {
    personId: 'Persoon',
    membershipNumber: 'Lidmaatschapsnummer',
    startDate: 'Ingangsdatum',
    endDate: 'Einddatum',
    status: 'Status',
    notes: 'Notities',
    deletedAt: 'Verwijderd op',
  },
  household_members: { memberId: 'Lid', personId: 'Persoon', relation: 'Relatie', deletedAt: 'Verwijderd op' },
  sepa_mandates: {
    memberId: 'Lid',
    reference: 'Kenmerk machtiging',
    iban: 'IBAN',
    bic: 'BIC',
    accountHolder: 'Rekeninghouder',
    signatureDate: 'Datum ondertekening',
    formReceived: 'Formulier ontvangen',
    sequenceType: 'Volgende incasso',
    lastCollectionDate: 'Laatste incasso',
    status: 'Status',
    replacesId: 'Vervangt machtiging',
    deletedAt: 'Verwijderd op',
  },
  contribution_rates: { year: 'Jaar', amountCents: 'Bedrag (centen)', deletedAt: 'Verwijderd op' },
  number_series: { key: 'Reeks', prefix: 'Voorvoegsel', nextValue: 'Volgend nummer', padding: 'Aantal cijfers' },
};
