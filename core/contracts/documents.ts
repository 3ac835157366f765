import { z } from 'zod';
import { defineContracts } from './contract';
import { idField, optionalText, requiredText } from './fields';

export const DOCUMENT_STATUSES = ['concept', 'definitief', 'verzonden'] as const;
export const SEND_METHODS = ['post', 'email', 'hand'] as const;
export const SEND_METHOD_LABELS: Record<(typeof SEND_METHODS)[number], string> = { post: 'Per post', email: 'Per e-mail', hand: 'Afgegeven' };
export const DOCUMENT_STATUS_LABELS: Record<(typeof DOCUMENT_STATUSES)[number], string> = {
  concept: 'Concept',
  definitief: 'Definitief',
  verzonden: 'Verzonden',
};

/** A dossier kind and id; `general` is correspondence that belongs to no dossier yet. */
export const dossierRef = z.object({
  dossierKind: z.string().min(1).max(40).regex(/^[a-z_]+$/),
  dossierId: z.string().min(1).max(60),
});

/** Addressee as a person types it: name and address lines in Dutch format. */
export const addresseeSchema = z.object({
  name: requiredText('de naam van de geadresseerde', 120),
  /** "t.a.v." line for organisations. */
  attention: optionalText(120),
  street: requiredText('straat en huisnummer', 120),
  postcode: z
    .string()
    .trim()
    .min(1, 'Vul de postcode in')
    .max(12, 'Postcode is te lang'),
  city: requiredText('de plaats', 80),
  country: optionalText(60),
  /** Salutation, e.g. "Geachte mevrouw De Vries,"; empty gives "Geachte heer/mevrouw,". */
  salutation: optionalText(120),
});
export type Addressee = z.infer<typeof addresseeSchema>;

/** Data of the general letter (Algemene brief): free text to anyone. */
export const generalLetterData = z.object({
  addressee: addresseeSchema,
  subject: requiredText('het onderwerp (Betreft)', 200),
  yourReference: optionalText(60),
  body: requiredText('de tekst van de brief', 20_000),
  enclosures: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
});
export type GeneralLetterData = z.infer<typeof generalLetterData>;

export const documentSummarySchema = z.object({
  id: z.string(),
  dossierKind: z.string(),
  dossierId: z.string(),
  typeKey: z.string(),
  typeName: z.string(),
  title: z.string(),
  addresseeName: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  sentVia: z.enum(SEND_METHODS).nullable(),
  sentAt: z.string().nullable(),
  docVersion: z.number(),
  supersedesId: z.string().nullable(),
  /** Set when a newer version (correction) exists. */
  supersededById: z.string().nullable(),
  producedAt: z.string(),
  producedByName: z.string().nullable(),
  sha256: z.string(),
  byteSize: z.number(),
  data: z.record(z.string(), z.unknown()),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const fileStatusSchema = z.enum(['ok', 'missing', 'altered']);

export const documentsContracts = defineContracts({
  'documents.types': {
    summary: 'De documentsoorten: Nederlandse naam en voor welke dossiers',
    access: 'signedIn',
    input: z.object({ dossierKind: z.string().optional() }),
    output: z.array(z.object({ key: z.string(), name: z.string(), dossierKinds: z.array(z.string()) })),
  },
  'documents.list': {
    summary: 'Documenten van één dossier, nieuwste eerst',
    access: 'signedIn',
    input: dossierRef,
    output: z.array(documentSummarySchema),
  },
  'documents.recent': {
    summary: 'Laatst gemaakte documenten over alle dossiers',
    access: 'signedIn',
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(documentSummarySchema),
  },
  'documents.get': { summary: 'Eén document', access: 'signedIn', input: z.object({ id: idField }), output: documentSummarySchema },
  'documents.previewDraft': {
    summary: 'Voorbeeld van een nog niet opgeslagen document',
    access: 'signedIn',
    /** `documentId` when editing a concept, so the preview shows its own reference. */
    input: dossierRef.extend({ typeKey: z.string().min(1), data: z.unknown(), documentId: idField.optional() }),
    output: z.object({ title: z.string(), html: z.string() }),
  },
  'documents.create': {
    summary: 'Document maken (concept) en archiveren in het dossier',
    access: 'signedIn',
    input: dossierRef.extend({ typeKey: z.string().min(1), data: z.unknown() }),
    output: documentSummarySchema,
  },
  'documents.update': {
    summary: 'Concept wijzigen; definitieve documenten blijven zoals ze zijn',
    access: 'signedIn',
    input: z.object({ id: idField, data: z.unknown() }),
    output: documentSummarySchema,
  },
  'documents.finalize': { summary: 'Concept definitief maken', access: 'signedIn', input: z.object({ id: idField }), output: documentSummarySchema },
  'documents.markSent': {
    summary: 'Vastleggen dat een definitief document per post of persoonlijk is verzonden',
    access: 'signedIn',
    input: z.object({ id: idField, via: z.enum(['post', 'hand']) }),
    output: documentSummarySchema,
  },
  'documents.email': {
    summary: 'Definitief document per e-mail versturen (via de uitgaande e-mail)',
    access: 'signedIn',
    input: z.object({
      id: idField,
      to: z.email('Vul een geldig e-mailadres in'),
      subject: requiredText('het onderwerp', 200),
      body: requiredText('de tekst van het bericht', 20_000),
      /** A PDF of the letter made by the host (printToPDF / Chromium), base64; without it the .docx is attached. */
      pdfBase64: z.string().max(20_000_000).optional(),
    }),
    output: documentSummarySchema,
  },
  'documents.correct': {
    summary: 'Correctie: nieuwe versie (concept) van een definitief document',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: documentSummarySchema,
  },
  'documents.preview': {
    summary: 'Afdrukvoorbeeld (HTML) van een gearchiveerd document',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: z.object({ title: z.string(), html: z.string() }),
  },
  'documents.file': {
    summary: 'Het .docx-bestand van een gearchiveerd document, na controle van de vingerafdruk',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: z.object({ filename: z.string(), contentType: z.string(), base64: z.string() }),
  },
  'documents.verify': {
    summary: 'Controleer of het bestand er nog is en niet is gewijzigd',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: z.object({ status: fileStatusSchema }),
  },
});
