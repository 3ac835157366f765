import { z } from 'zod';
import { SEND_VIA } from './complaints';
import { defineContracts } from './contract';
import { documentSummarySchema } from './documents';
import { idField, optionalText, requiredText } from './fields';
import { dayField } from './members';
import { publicBlacklistEntry } from './quality-letters';
import { evidenceSchema, FINDING_KINDS, REVIEW_WINDOWS, staffelRowSchema, YEAR_WINDOWS } from './quality-rules';

/** The quality-mark register (Stichting Keurmerk Kwaliteitsvakman): Q1-Q7, letters T14-T16. */

export const QUALITY_DOSSIER = 'quality';

export const PARTICIPANT_STATUSES = ['deelnemer', 'opgezegd', 'beeindigd'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
export const PARTICIPANT_STATUS_LABELS: Record<ParticipantStatus, string> = { deelnemer: 'Deelnemer', opgezegd: 'Opgezegd', beeindigd: 'Beëindigd' };

export const TERMINATED_BY_LABELS = { deelnemer: 'Opgezegd door de deelnemer', bestuur: 'Beëindigd door het bestuur' } as const;
export const ADVICE_OUTCOMES = ['positief', 'negatief'] as const;
export const ADVICE_OUTCOME_LABELS: Record<(typeof ADVICE_OUTCOMES)[number], string> = { positief: 'Positief', negatief: 'Negatief' };
export const DECISION_OUTCOMES = ['beeindigen', 'niet_beeindigen'] as const;
export const DECISION_OUTCOME_LABELS: Record<(typeof DECISION_OUTCOMES)[number], string> = {
  beeindigen: 'Deelnemerschap beëindigen',
  niet_beeindigen: 'Niet beëindigen',
};
export const HARDSHIP_OUTCOMES = ['toegewezen', 'afgewezen'] as const;
export const HARDSHIP_OUTCOME_LABELS: Record<(typeof HARDSHIP_OUTCOMES)[number], string> = {
  toegewezen: 'Toegewezen: niet beëindigen',
  afgewezen: 'Afgewezen',
};

/** Q5 h-i: stickers and promotional material must be gone this many days after termination. */
export const STICKER_PERIOD_DAYS = 10;
/** Q5 d: customers may complain this many months after the agreement was executed. */
export const COMPLAINT_WINDOW_MONTHS = 3;

/** The work items the register sets (dossier kind `quality`); their labels are in WORK_ITEM_KIND_LABELS. */
export const QUALITY_WORK_ITEMS = {
  finding: 'bevinding_beoordelen',
  overStaffel: 'staffel_beoordelen',
  hardship: 'hardheidsclausule',
  stickers: 'stickers_controleren',
} as const;

const money = z.number().int();
const nameRef = z.object({ id: z.string(), name: z.string() });
export const sendVia = z.enum(SEND_VIA).default('voorkeur');
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Vul een dag in als mm-dd, bijvoorbeeld 12-31');
const checkbox = z.boolean();

export const contributionSchema = z.object({
  id: z.string(),
  year: z.number(),
  amountCents: money,
  discountCents: money,
  vatCents: money,
  totalCents: money,
  chargedOn: z.string(),
  dueOn: z.string(),
  paidOn: z.string().nullable(),
  /** Unpaid and past its due day on today's date (Q3 rule 5). */
  overdue: z.boolean(),
});

export const reviewSchema = z.object({
  id: z.string(),
  reviewedOn: z.string(),
  customer: nameRef,
  guaranteeSufficient: z.boolean(),
  serviceSufficient: z.boolean(),
  craftsmanshipSufficient: z.boolean(),
  sufficient: z.boolean(),
  complaint: z.object({ id: z.string(), dossierNumber: z.string() }).nullable(),
  jobReference: z.string().nullable(),
  notes: z.string().nullable(),
});

export const adviceSchema = z.object({
  id: z.string(),
  advisedOn: z.string(),
  expert: z.string(),
  outcome: z.enum(ADVICE_OUTCOMES),
  dispute: z.string(),
  complaint: z.object({ id: z.string(), dossierNumber: z.string() }).nullable(),
  notes: z.string().nullable(),
});

export const hardshipSchema = z.object({
  id: z.string(),
  findingId: z.string(),
  invokedOn: z.string(),
  argument: z.string(),
  outcome: z.enum(HARDSHIP_OUTCOMES).nullable(),
  reasons: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decidedBy: nameRef.nullable(),
});

export const findingSchema = z.object({
  id: z.string(),
  kind: z.enum(FINDING_KINDS),
  rule: z.number(),
  assessedOn: z.string(),
  evidence: evidenceSchema,
  status: z.enum(['open', 'besloten']),
  hardship: hardshipSchema.nullable(),
});

export const decisionSchema = z.object({
  id: z.string(),
  findingId: z.string().nullable(),
  rule: z.number(),
  outcome: z.enum(DECISION_OUTCOMES),
  reasons: z.string(),
  decidedOn: z.string(),
  decidedBy: nameRef,
  terminationDate: z.string().nullable(),
});

export const evidenceFileSchema = z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), byteSize: z.number() });

export const violationSchema = z.object({
  id: z.string(),
  seenOn: z.string(),
  description: z.string(),
  recordedBy: nameRef.nullable(),
  files: z.array(evidenceFileSchema),
  /** Set when this violation is on the blacklist (and not withdrawn). */
  blacklistEntryId: z.string().nullable(),
});

export const blacklistEntrySchema = publicBlacklistEntry.extend({
  id: z.string(),
  participantId: z.string(),
  registrationNumber: z.string(),
  violationId: z.string(),
  documentId: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
});

/** Q4: when the participant may end the participation, on a given day. */
export const noticeTermsSchema = z.object({
  /** The membership year end that notice given today still reaches. */
  earliestEndDate: z.string(),
  /** The last day notice for the current year end can be received (one month before it). */
  currentYearEnd: z.string(),
  noticeDeadline: z.string(),
});

export const participantSummarySchema = z.object({
  id: z.string(),
  version: z.number(),
  registrationNumber: z.string(),
  provider: z.object({ id: z.string(), name: z.string(), place: z.string().nullable() }),
  status: z.enum(PARTICIPANT_STATUSES),
  startDate: z.string(),
  terminationDate: z.string().nullable(),
  zelfstandigenBouw: z.boolean(),
  openFindings: z.number(),
  /** Unpaid contributions past their due day. */
  overdueContributions: z.number(),
  /** Unpaid contributions, due or not. */
  unpaidContributions: z.number(),
});
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;

export const participantSchema = participantSummarySchema.extend({
  yearEndMonthDay: z.string(),
  terminatedBy: z.enum(['deelnemer', 'bestuur']).nullable(),
  noticeReceivedOn: z.string().nullable(),
  /** Q5 g: shown to staff in the register only. */
  terminationReason: z.string().nullable(),
  /** Q5 h-i: termination + 10 days (null while not terminated). */
  stickerDeadline: z.string().nullable(),
  notes: z.string().nullable(),
  noticeTerms: noticeTermsSchema,
  contributions: z.array(contributionSchema),
  reviews: z.array(reviewSchema),
  advices: z.array(adviceSchema),
  /** Complaints about this provider (K3 `dienstverlener`), newest first. */
  complaints: z.array(z.object({ id: z.string(), dossierNumber: z.string(), receivedOn: z.string(), status: z.string(), complainant: z.string() })),
  findings: z.array(findingSchema),
  decisions: z.array(decisionSchema),
  violations: z.array(violationSchema),
  blacklist: z.array(blacklistEntrySchema),
});
export type Participant = z.infer<typeof participantSchema>;

export const qualitySettingsSchema = z.object({
  version: z.number(),
  reviewWindow: z.enum(REVIEW_WINDOWS),
  yearWindow: z.enum(YEAR_WINDOWS),
  staffel: z.array(staffelRowSchema),
  findingDueWorkingDays: z.number(),
  paymentTermDays: z.number(),
});

const staffelInput = z
  .array(
    z.object({
      from: z.number({ error: 'Vul een aantal in' }).int('Vul een heel aantal in').min(1, 'Minstens 1'),
      to: z.number({ error: 'Vul een aantal in' }).int('Vul een heel aantal in').min(1, 'Minstens 1'),
      needed: z.number({ error: 'Vul een aantal in' }).int('Vul een heel aantal in').min(1, 'Minstens 1'),
    }),
  )
  .min(1, 'De staffel heeft minstens één regel')
  .superRefine((rows, ctx) => {
    rows.forEach((row, i) => {
      if (row.to < row.from) ctx.addIssue({ code: 'custom', path: [i, 'to'], message: '"Tot en met" ligt onder "van"' });
      if (row.needed > row.to) ctx.addIssue({ code: 'custom', path: [i, 'needed'], message: 'Meer onvoldoendes dan beoordelingen' });
      const previous = rows[i - 1];
      if (previous && row.from !== previous.to + 1) ctx.addIssue({ code: 'custom', path: [i, 'from'], message: `Sluit aan op de vorige regel: van ${previous.to + 1}` });
    });
  });

export const qualitySettingsInput = z.object({
  version: z.number().int().optional(),
  reviewWindow: z.enum(REVIEW_WINDOWS),
  yearWindow: z.enum(YEAR_WINDOWS),
  staffel: staffelInput,
  findingDueWorkingDays: z.number({ error: 'Vul een aantal werkdagen in' }).int('Vul een heel aantal in').min(1, 'Minstens 1 werkdag').max(60, 'Hoogstens 60 werkdagen'),
  paymentTermDays: z.number({ error: 'Vul een aantal dagen in' }).int('Vul een heel aantal in').min(0, 'Niet negatief').max(365, 'Hoogstens 365 dagen'),
});

export const contributionRateSchema = z.object({ id: z.string(), year: z.number(), amountCents: money, vatBasisPoints: z.number(), discountBasisPoints: z.number() });

export const contributionRateInput = z.object({
  year: z.number({ error: 'Vul een jaar in' }).int().min(2016, 'De contributie geldt vanaf 2016').max(2100, 'Vul een geldig jaar in'),
  amountCents: z.number({ error: 'Vul een bedrag in' }).int().min(0, 'Het bedrag kan niet negatief zijn').max(10_000_000, 'Dit bedrag is te hoog'),
  vatBasisPoints: z.number({ error: 'Vul een percentage in' }).int().min(0, 'Niet negatief').max(10_000, 'Hoogstens 100%'),
  discountBasisPoints: z.number({ error: 'Vul een percentage in' }).int().min(0, 'Niet negatief').max(10_000, 'Hoogstens 100%'),
});

export const upload = z.object({
  name: requiredText('de bestandsnaam', 200),
  contentType: z.string().trim().max(120).default('application/octet-stream'),
  // 10 MB decoded is at most ~13.4 MB of base64.
  base64: z.string().min(1, 'Het bestand is leeg').max(14_000_000, 'Het bestand is groter dan 10 MB'),
});

export const withLetters = z.object({ participant: participantSchema, documents: z.array(documentSummarySchema) });
export const ref = { id: idField, version: z.number().int().optional() };
const judgement = { guaranteeSufficient: checkbox, serviceSufficient: checkbox, craftsmanshipSufficient: checkbox, sufficient: checkbox };

/** The board's open findings and hardship requests, each with its participant and evidence. */
export const boardItemSchema = z.object({
  finding: findingSchema,
  participant: z.object({ id: z.string(), registrationNumber: z.string(), name: z.string(), status: z.enum(PARTICIPANT_STATUSES) }),
  /** The board's deadline: its open work item on the finding (or on a hardship request about it). */
  dueOn: z.string().nullable(),
});

export const complaintWindowSchema = z.object({
  /** The provider's last participation, when there is one. */
  participant: z.object({ id: z.string(), registrationNumber: z.string(), status: z.enum(PARTICIPANT_STATUSES), terminationDate: z.string().nullable() }).nullable(),
  /** True when the provider's participation has ended: Q5 d applies. */
  applies: z.boolean(),
  /** Executed on + 3 months (null without an execution date). */
  lastDay: z.string().nullable(),
  /** Null when it cannot be said yet (no execution date). */
  mayBeTakenUp: z.boolean().nullable(),
  /** The sentence shown at the intake. */
  message: z.string(),
});

export const qualityContracts = defineContracts({
  'quality.list': {
    summary: 'Q1: deelnemers van het keurmerk met status, open bevindingen en openstaande contributie',
    access: 'signedIn',
    input: z.object({
      status: z.enum(PARTICIPANT_STATUSES).optional(),
      query: z.string().trim().max(100).optional(),
      withOpenFindings: z.boolean().optional(),
      withOverdueContributions: z.boolean().optional(),
    }),
    output: z.array(participantSummarySchema),
  },
  'quality.get': { summary: 'Een deelnemer met beoordelingen, adviezen, klachten, bevindingen, besluiten en overtredingen', access: 'signedIn', input: z.object({ id: idField }), output: participantSchema },
  'quality.ofProvider': {
    summary: 'Het (laatste) deelnemerschap van een dienstverlener',
    access: 'signedIn',
    input: z.object({ providerId: idField }),
    output: participantSummarySchema.nullable(),
  },
  'quality.register': {
    summary: 'Q1: dienstverlener als deelnemer registreren met registratienummer; erkenningsbrief (T14) en contributie van dit jaar (Q7)',
    access: ['servicedesk', 'manager', 'admin', 'board'],
    input: z.object({ providerId: idField, startDate: dayField, zelfstandigenBouw: checkbox, yearEndMonthDay: monthDay.default('12-31'), notes: optionalText(2000), via: sendVia }),
    output: withLetters,
  },
  'quality.update': {
    summary: 'Gegevens van een deelnemer wijzigen',
    access: ['servicedesk', 'manager', 'admin', 'board'],
    input: z.object({ ...ref, zelfstandigenBouw: checkbox, yearEndMonthDay: monthDay, notes: optionalText(2000) }),
    output: participantSchema,
  },
  'quality.addReview': {
    summary: 'Q2: klantbeoordeling vastleggen; daarna wordt de deelnemer beoordeeld (Q3)',
    access: ['servicedesk', 'manager', 'admin', 'board'],
    input: z.object({ participantId: idField, reviewedOn: dayField, customerId: idField, ...judgement, complaintId: idField.nullish(), jobReference: optionalText(60), notes: optionalText(2000) }),
    output: participantSchema,
  },
  'quality.removeReview': { summary: 'Een verkeerd ingevoerde klantbeoordeling verwijderen', access: ['manager', 'admin', 'board'], input: z.object({ id: idField }), output: participantSchema },
  'quality.addAdvice': {
    summary: 'Q2: bindend advies vastleggen; daarna wordt de deelnemer beoordeeld (Q3)',
    access: ['servicedesk', 'manager', 'admin', 'board'],
    input: z.object({
      participantId: idField,
      advisedOn: dayField,
      expert: requiredText('de deskundige', 120),
      outcome: z.enum(ADVICE_OUTCOMES, { error: 'Kies positief of negatief' }),
      dispute: requiredText('het geschil', 500),
      complaintId: idField.nullish(),
      notes: optionalText(2000),
    }),
    output: participantSchema,
  },
  'quality.removeAdvice': { summary: 'Een verkeerd ingevoerd bindend advies verwijderen', access: ['manager', 'admin', 'board'], input: z.object({ id: idField }), output: participantSchema },
  'quality.assessParticipant': {
    summary: 'Q3: de deelnemer nu beoordelen; nieuwe bevindingen komen op de werkvoorraad van het bestuur',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: z.object({ participant: participantSchema, newFindings: z.number() }),
  },
  'quality.assessAll': {
    summary: 'Q3: alle deelnemers beoordelen (gebeurt ook dagelijks)',
    access: ['admin', 'board'],
    input: z.object({}),
    output: z.object({ assessedOn: z.string(), participants: z.number(), newFindings: z.number() }),
  },
  'quality.board': {
    summary: 'Werkvoorraad van het bestuur: open bevindingen met het bewijs',
    access: 'signedIn',
    input: z.object({}),
    output: z.array(boardItemSchema),
  },
  'quality.contributions': {
    summary: 'Q7: contributies van een jaar, per deelnemer, met de betaalstatus',
    access: 'signedIn',
    input: z.object({ year: z.number().int().min(2016).max(2100), onlyUnpaid: z.boolean().default(false) }),
    output: z.array(contributionSchema.extend({ participant: z.object({ id: z.string(), registrationNumber: z.string(), name: z.string() }) })),
  },
  'quality.chargeContributions': {
    summary: 'Q7: jaarcontributie in rekening brengen bij alle deelnemers die haar nog niet hebben',
    access: ['admin', 'manager', 'board'],
    input: z.object({ year: z.number().int().min(2016).max(2100) }),
    output: z.object({ charged: z.number() }),
  },
  'quality.setContributionPaid': {
    summary: 'Q7: contributie betaald of onbetaald; daarna wordt de deelnemer beoordeeld (regel 5)',
    access: ['servicedesk', 'manager', 'admin', 'board'],
    input: z.object({ id: idField, paidOn: dayField.nullable() }),
    output: participantSchema,
  },
  'quality.rates': { summary: 'Q7: contributie, btw en korting Zelfstandigen Bouw per jaar', access: 'signedIn', input: z.object({}), output: z.array(contributionRateSchema) },
  'quality.setRate': { summary: 'Q7: contributie van een jaar instellen', access: ['admin', 'board'], input: contributionRateInput, output: z.array(contributionRateSchema) },
  'quality.getSettings': { summary: 'Q3: keuzes bij de beëindigingsregels', access: 'signedIn', input: z.object({}), output: qualitySettingsSchema },
  'quality.updateSettings': { summary: 'Q3: keuzes bij de beëindigingsregels wijzigen', access: ['admin', 'board'], input: qualitySettingsInput, output: qualitySettingsSchema },
});

