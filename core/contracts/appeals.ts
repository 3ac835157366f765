import { z } from 'zod';
import { APPEAL_OUTCOMES, HEARING_KINDS } from './complaint-letters';
import { complaintSchema, improvementInput, localDateTimeField, SEND_VIA } from './complaints';
import { defineContracts } from './contract';
import { documentSummarySchema } from './documents';
import { idField, optionalText, requiredText } from './fields';
import { dayField } from './members';

/** Appeals to the director (K11-K13): registration, admission of a late appeal, hearing, decision. */

export const APPEAL_STATUSES = ['ontvangen', 'niet_ontvankelijk', 'hoorzitting_gepland', 'gehoord', 'beslist'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  ontvangen: 'Ontvangen',
  niet_ontvankelijk: 'Niet ontvankelijk',
  hoorzitting_gepland: 'Gesprek gepland',
  gehoord: 'Gehoord',
  beslist: 'Uitspraak gedaan',
};
export const HEARING_KIND_LABELS: Record<(typeof HEARING_KINDS)[number], string> = { telefonisch: 'Telefonisch', hoofdkantoor: 'Op het hoofdkantoor' };
export const APPEAL_OUTCOME_LABELS: Record<(typeof APPEAL_OUTCOMES)[number], string> = { gegrond: 'Gegrond', deels_gegrond: 'Deels gegrond', ongegrond: 'Ongegrond' };

const nameRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const appealSchema = z.object({
  id: z.string(),
  version: z.number(),
  complaintId: z.string(),
  receivedOn: z.string(),
  grounds: z.string(),
  late: z.boolean(),
  admitted: z.boolean().nullable(),
  admissionReason: z.string().nullable(),
  admissionDecidedBy: nameRef,
  status: z.enum(APPEAL_STATUSES),
  hearingKind: z.enum(HEARING_KINDS).nullable(),
  hearingAt: z.string().nullable(),
  hearingHeldOn: z.string().nullable(),
  hearingParticipants: z.string().nullable(),
  hearingReport: z.string().nullable(),
  decisionDue: z.string(),
  decision: z.enum(APPEAL_OUTCOMES).nullable(),
  decisionReasons: z.string().nullable(),
  decisionMeasures: z.string().nullable(),
  decidedBy: nameRef,
  decidedOn: z.string().nullable(),
});
export type Appeal = z.infer<typeof appealSchema>;

/** The director's view of one open appeal: the whole dossier at hand. */
export const openAppealSchema = z.object({
  appeal: appealSchema,
  complaint: complaintSchema,
  /** The written answer the appeal is against, and the hearing report, as archived letters. */
  answerDocument: documentSummarySchema.nullable(),
  hearingReportDocument: documentSummarySchema.nullable(),
});

const withLetters = z.object({ appeal: appealSchema, complaint: complaintSchema, documents: z.array(documentSummarySchema) });
const sendVia = z.enum(SEND_VIA).default('voorkeur');
const hearingInput = z.object({ kind: z.enum(HEARING_KINDS, { error: 'Kies telefonisch of op het hoofdkantoor' }), at: localDateTimeField });

export const appealsContracts = defineContracts({
  'appeals.register': {
    summary: 'K11: bezwaar registreren met ontvangstdatum; te laat wordt gemarkeerd',
    access: 'signedIn',
    input: z.object({
      complaintId: idField,
      receivedOn: dayField,
      grounds: requiredText('de gronden van het bezwaar', 8000),
      /** A hearing proposed in the acknowledgement (T4); may follow later. */
      hearing: hearingInput.nullish().transform((v) => v ?? null),
      via: sendVia,
    }),
    output: withLetters,
  },
  'appeals.get': { summary: 'Het bezwaar bij een klacht', access: 'signedIn', input: z.object({ complaintId: idField }), output: appealSchema.nullable() },
  'appeals.open': { summary: 'K13: alle openstaande bezwaren voor de directeur, met het hele dossier', access: ['director', 'manager', 'admin'], input: z.object({}), output: z.array(openAppealSchema) },
  'appeals.admit': {
    summary: 'K11: directeur besluit of een te laat bezwaar toch in behandeling wordt genomen',
    access: ['director'],
    input: z.object({
      id: idField,
      version: z.number().int().optional(),
      admitted: z.boolean(),
      reason: requiredText('de reden', 4000),
      hearing: hearingInput.nullish().transform((v) => v ?? null),
      /** K15: when not admitted the dossier closes; the choices are kept from an earlier closing when omitted. */
      improvement: improvementInput.nullish().transform((v) => v ?? null),
      via: sendVia,
    }),
    output: withLetters,
  },
  'appeals.scheduleHearing': {
    summary: 'K12: gesprek (hoorzitting) plannen, telefonisch of op het hoofdkantoor',
    access: 'signedIn',
    input: z.object({ id: idField, version: z.number().int().optional(), hearing: hearingInput }),
    output: withLetters,
  },
  'appeals.recordHearing': {
    summary: 'K12: gespreksverslag vastleggen; afschrift (T5) naar de klager',
    access: 'signedIn',
    input: z.object({
      id: idField,
      version: z.number().int().optional(),
      heldOn: dayField,
      participants: requiredText('wie er bij het gesprek waren', 1000),
      report: requiredText('het verslag', 20000),
      via: sendVia,
    }),
    output: withLetters,
  },
  'appeals.decide': {
    summary: 'K13, K7: uitspraak van de directeur (T6); sluit het dossier',
    access: ['director'],
    input: z.object({
      id: idField,
      version: z.number().int().optional(),
      decision: z.enum(APPEAL_OUTCOMES, { error: 'Kies gegrond, deels gegrond of ongegrond' }),
      reasons: requiredText('de motivering', 8000),
      measures: optionalText(8000),
      improvement: improvementInput,
      via: sendVia,
    }),
    output: withLetters,
  },
});
