/**
 * Dutch names of the providers tables and fields for the audit trail. Kept beside the providers
 * contract; `labels.ts` spreads them into TABLE_LABELS and FIELD_LABELS.
 */
export const PROVIDER_TABLE_LABELS: Record<string, string> = {
  providers: 'Dienstverleners',
  provider_screening_steps: 'Screeningstappen',
  provider_services: 'Diensten van dienstverleners',
  service_categories: 'Dienstcategorieën',
};

export const PROVIDER_FIELD_LABELS: Record<string, Record<string, string>> = {
  providers: {
    personId: 'Persoon of organisatie',
    contactPersonId: 'Contactpersoon',
    providerType: 'Soort dienstverlener',
    kvkNumber: 'KvK-nummer',
    insurer: 'Verzekeraar',
    policyNumber: 'Polisnummer',
    insuredUntil: 'Verzekerd tot en met',
    branchOrganisation: 'Brancheorganisatie',
    vogReceivedOn: 'VOG ontvangen op',
    screeningStatus: 'Screeningstatus',
    rejectionReason: 'Reden van afwijzing',
    regions: 'Werkgebied',
    notes: 'Notities',
    deletedAt: 'Verwijderd op',
  },
  provider_screening_steps: { providerId: 'Dienstverlener', step: 'Stap', doneOn: 'Datum', doneBy: 'Medewerker', note: 'Toelichting' },
  provider_services: { providerId: 'Dienstverlener', categoryId: 'Dienst', experience: 'Werkervaring', deletedAt: 'Verwijderd op' },
  service_categories: { name: 'Naam', active: 'Actief' },
};
