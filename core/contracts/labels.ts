import { COMPLAINT_FIELD_LABELS, COMPLAINT_TABLE_LABELS } from './complaint-labels';
import { MEMBER_FIELD_LABELS, MEMBER_TABLE_LABELS } from './member-labels';
import { PERSON_FIELD_LABELS, PERSON_TABLE_LABELS } from './person-labels';
import { PROVIDER_FIELD_LABELS, PROVIDER_TABLE_LABELS } from './provider-labels';
import { QUALITY_FIELD_LABELS, QUALITY_TABLE_LABELS } from './quality-labels';

/** Dutch names of tables and fields for the audit trail. Unknown ones are shown as they are. */
export const TABLE_LABELS: Record<string, string> = {
  staff: 'Medewerkers',
  teams: 'Teams',
  organisation: 'Organisatie',
  documents: 'Documenten',
  mail_outbox: 'Uitgaande e-mail',
  mail_settings: 'Mailserver',
  ...PROVIDER_TABLE_LABELS,
  ...MEMBER_TABLE_LABELS,
  ...PERSON_TABLE_LABELS,
  ...COMPLAINT_TABLE_LABELS,
  ...QUALITY_TABLE_LABELS,
};

export const FIELD_LABELS: Record<string, Record<string, string>> = {
  staff: {
    username: 'Gebruikersnaam',
    name: 'Naam',
    email: 'E-mail',
    jobTitle: 'Functie',
    passwordHash: 'Wachtwoord',
    mustChangePassword: 'Moet wachtwoord wijzigen',
    roles: 'Rollen',
    teamId: 'Team',
    active: 'Actief',
    failedAttempts: 'Mislukte aanmeldpogingen',
    lockedUntil: 'Geblokkeerd tot',
    deletedAt: 'Verwijderd op',
  },
  teams: { name: 'Naam', description: 'Omschrijving', managerId: 'Manager', deletedAt: 'Verwijderd op' },
  organisation: {
    name: 'Naam',
    visitingStreet: 'Bezoekadres',
    visitingPostcode: 'Postcode bezoekadres',
    visitingCity: 'Plaats bezoekadres',
    postalStreet: 'Postadres',
    postalPostcode: 'Postcode postadres',
    postalCity: 'Plaats postadres',
    phone: 'Telefoon',
    email: 'E-mail',
    website: 'Website',
    iban: 'IBAN',
    bic: 'BIC',
    sepaCreditorId: 'Incassant-ID',
    kvkNumber: 'KvK-nummer',
    vatNumber: 'Btw-nummer',
    logoDataUrl: 'Logo',
  },
  documents: {
    dossierKind: 'Soort dossier',
    dossierId: 'Dossier',
    typeKey: 'Documentsoort',
    title: 'Titel',
    addresseeName: 'Geadresseerde',
    data: 'Inhoud',
    model: 'Opgemaakte brief',
    status: 'Status',
    sentVia: 'Verzonden via',
    sentAt: 'Verzonden op',
    docVersion: 'Versie',
    supersedesId: 'Vervangt',
    filePath: 'Bestand',
    sha256: 'Vingerafdruk (SHA-256)',
    byteSize: 'Grootte (bytes)',
  },
  mail_outbox: {
    dossierKind: 'Soort dossier',
    dossierId: 'Dossier',
    toAddress: 'Aan',
    toName: 'Naam ontvanger',
    subject: 'Onderwerp',
    body: 'Tekst',
    attachments: 'Bijlagen',
    status: 'Status',
    attempts: 'Pogingen',
    nextAttemptAt: 'Volgende poging',
    lastError: 'Laatste fout',
    sentAt: 'Verzonden op',
    messageId: 'Message-ID',
  },
  mail_settings: {
    host: 'Mailserver',
    port: 'Poort',
    security: 'Beveiliging',
    username: 'Gebruikersnaam',
    password: 'Wachtwoord',
    fromAddress: 'Afzenderadres',
    fromName: 'Naam afzender',
    enabled: 'Ingeschakeld',
  },
  ...PROVIDER_FIELD_LABELS,
  ...MEMBER_FIELD_LABELS,
  ...PERSON_FIELD_LABELS,
  ...COMPLAINT_FIELD_LABELS,
  ...QUALITY_FIELD_LABELS,
};

export function tableLabel(table: string): string {
  return TABLE_LABELS[table] ?? table;
}

export function fieldLabel(table: string, field: string): string {
  return FIELD_LABELS[table]?.[field] ?? field;
}
