import { z } from 'zod';
import { addresseeSchema } from './documents';

/**
 * The data of the complaint procedure's letters (T1-T7). The core builds it from the dossier; the
 * templates in `templates/complaint-*.ts` turn it into a letter. Days are ISO (yyyy-mm-dd).
 */

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().trim().min(1);

const dossierBase = {
  addressee: addresseeSchema,
  dossierNumber: text,
  /** Day the complaint was received. */
  receivedOn: day,
  kind: z.enum(['klacht', 'claim', 'opmerking']),
};

/** T1, K5: the complaint was received and forwarded; who will call, and when the answer is due. */
export const complaintAcknowledgementData = z.object({
  ...dossierBase,
  description: text,
  /** The team (or "team X, mevrouw Y") it was forwarded to. */
  forwardedTo: text,
  /** K8: the day of the first phone call. */
  firstCallOn: day,
  /** K10: the written answer is due by this day. */
  answerDue: day,
});
export type ComplaintAcknowledgementData = z.infer<typeof complaintAcknowledgementData>;

/** T2, K9: the agreements made on the phone, confirmed in writing because the complainant asked. */
export const phoneAgreementsData = z.object({
  ...dossierBase,
  calledOn: day,
  callerName: text,
  agreements: text,
});
export type PhoneAgreementsData = z.infer<typeof phoneAgreementsData>;

/** T3, K10-K11: the written answer, with how to appeal to the director within one month. */
export const writtenAnswerData = z.object({
  ...dossierBase,
  complaintSummary: text,
  proposedSolution: text,
  directorName: z.string().nullable(),
});
export type WrittenAnswerData = z.infer<typeof writtenAnswerData>;

export const HEARING_KINDS = ['telefonisch', 'hoofdkantoor'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];

/** T4, K11-K12: the appeal was received (and, when late, admitted); invitation to explain it orally. */
export const appealAcknowledgementData = z.object({
  ...dossierBase,
  appealReceivedOn: day,
  late: z.boolean(),
  /** A proposed hearing, or null: then the letter asks the complainant to call to plan one. */
  hearing: z.object({ kind: z.enum(HEARING_KINDS), at: z.string() }).nullable(),
  decisionDue: day,
});
export type AppealAcknowledgementData = z.infer<typeof appealAcknowledgementData>;

/** T5, K12: the hearing report (gespreksverslag); the complainant receives a copy. */
export const hearingReportData = z.object({
  ...dossierBase,
  appealReceivedOn: day,
  hearingKind: z.enum(HEARING_KINDS),
  heldOn: day,
  participants: text,
  report: text,
});
export type HearingReportData = z.infer<typeof hearingReportData>;

export const APPEAL_OUTCOMES = ['gegrond', 'deels_gegrond', 'ongegrond'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** T6, K13: the director's decision; `niet_ontvankelijk` for a late appeal that was not admitted (K11). */
export const appealDecisionData = z.object({
  ...dossierBase,
  appealReceivedOn: day,
  hearingHeldOn: day.nullable(),
  outcome: z.enum([...APPEAL_OUTCOMES, 'niet_ontvankelijk']),
  reasons: text,
  measures: z.string().nullable(),
  directorName: text,
});
export type AppealDecisionData = z.infer<typeof appealDecisionData>;

/** T7, B2: the customer's complaint put to the provider, who is asked to respond by a date. */
export const mediationResponseRequestData = z.object({
  ...dossierBase,
  /** The provider (addressee) complained about, and the customer complaining; reversed for B5. */
  complainantName: text,
  description: text,
  responseDue: day,
  /** B4: "Klacht van <KLANTNAAM> aan het adres van <NAAM DIENSTVERLENER>". */
  emailSubject: text,
  providerAboutCustomer: z.boolean(),
});
export type MediationResponseRequestData = z.infer<typeof mediationResponseRequestData>;

/** T7, B3: mediation refused, naming every condition that does not hold. */
export const mediationRefusalData = z.object({
  ...dossierBase,
  providerName: text,
  /** Dutch sentences, one per failing condition. */
  failingConditions: z.array(text).min(1),
});
export type MediationRefusalData = z.infer<typeof mediationRefusalData>;
