import { z } from 'zod';
import { defineContracts } from './contract';
import { documentSummarySchema } from './documents';
import { idField, optionalText, requiredText } from './fields';
import { dayField } from './members';
import { personInputSchema } from './persons';

/** The complaint procedure (K1-K15): intake, routing, first call, written answer, closing. */

// K1
export const COMPLAINT_KINDS = ['klacht', 'claim', 'opmerking'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const COMPLAINT_KIND_LABELS: Record<ComplaintKind, string> = { klacht: 'Klacht', claim: 'Claim', opmerking: 'Opmerking' };

export const REPORTER_TYPES = ['klant', 'omgeving', 'leverancier', 'intern', 'overig'] as const;
export type ReporterType = (typeof REPORTER_TYPES)[number];
export const REPORTER_TYPE_LABELS: Record<ReporterType, string> = {
  klant: 'Klant',
  omgeving: 'Omgeving',
  leverancier: 'Leverancier',
  intern: 'Interne medewerker',
  overig: 'Overige belanghebbende',
};

// K2
export const CHANNELS = ['telefoon', 'email', 'post', 'formulier'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { telefoon: 'Telefoon', email: 'E-mail', post: 'Post', formulier: 'Digitaal klachtformulier' };

// K3, B5
export const CONCERNS_KINDS = ['organisatie', 'team', 'medewerker', 'dienstverlener', 'klant'] as const;
export type ConcernsKind = (typeof CONCERNS_KINDS)[number];
export const CONCERNS_KIND_LABELS: Record<ConcernsKind, string> = {
  organisatie: 'Onze dienstverlening (algemeen)',
  team: 'Een team',
  medewerker: 'Een medewerker',
  dienstverlener: 'Een dienstverlener of keurmerkdeelnemer',
  klant: 'Een klant (klacht van een dienstverlener)',
};

export const COMPLAINT_STATUSES = ['geregistreerd', 'doorgestuurd', 'in_behandeling', 'beantwoord', 'bezwaar', 'afgesloten'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  geregistreerd: 'Geregistreerd',
  doorgestuurd: 'Doorgestuurd',
  in_behandeling: 'In behandeling',
  beantwoord: 'Beantwoord',
  bezwaar: 'Bezwaar',
  afgesloten: 'Afgesloten',
};

export const RESOLUTIONS = ['direct_opgelost', 'telefonisch_opgelost', 'schriftelijk_beantwoord', 'bezwaar_beslist', 'samengevoegd', 'ingetrokken'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
export const RESOLUTION_LABELS: Record<Resolution, string> = {
  direct_opgelost: 'Direct opgelost bij melding',
  telefonisch_opgelost: 'Telefonisch opgelost',
  schriftelijk_beantwoord: 'Schriftelijk beantwoord',
  bezwaar_beslist: 'Uitspraak op bezwaar',
  samengevoegd: 'Samengevoegd met ander dossier',
  ingetrokken: 'Ingetrokken',
};

export const CALLER_ROLES = ['eigenaar', 'manager', 'anders'] as const;
export const CALLER_ROLE_LABELS: Record<(typeof CALLER_ROLES)[number], string> = {
  eigenaar: 'Dossierverantwoordelijke',
  manager: 'Manager (dossierverantwoordelijke niet bereikbaar)',
  anders: 'Andere medewerker',
};

/** A moment as typed on a form: 'yyyy-mm-ddThh:mm', Woerden time. */
export const localDateTimeField = z
  .string('Vul datum en tijd in')
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Vul datum en tijd in als dd-mm-jjjj uu:mm');

/** K15: category, cause and measure, required whenever a step closes the complaint. */
export const improvementInput = z.object({
  categoryId: idField.or(z.literal('').transform(() => null)).nullish().refine((v) => !!v, 'Kies een categorie'),
  causeId: idField.or(z.literal('').transform(() => null)).nullish().refine((v) => !!v, 'Kies een oorzaak'),
  measureId: idField.or(z.literal('').transform(() => null)).nullish().refine((v) => !!v, 'Kies een maatregel'),
});
export type ImprovementInput = { categoryId: string; causeId: string; measureId: string };
export const parsedImprovement = improvementInput.transform((v) => v as ImprovementInput);

const concernsFields = {
  concernsKind: z.enum(CONCERNS_KINDS, { error: 'Kies waar de klacht over gaat' }),
  concernsTeamId: idField.nullish().transform((v) => v ?? null),
  concernsStaffId: idField.nullish().transform((v) => v ?? null),
  concernsProviderId: idField.nullish().transform((v) => v ?? null),
  concernsPersonId: idField.nullish().transform((v) => v ?? null),
};

type Concerns = { concernsKind: ConcernsKind; concernsTeamId: string | null; concernsStaffId: string | null; concernsProviderId: string | null; concernsPersonId: string | null };

// K3: the subject named must match its kind.
function checkConcerns(v: Concerns, ctx: z.RefinementCtx): void {
  const need: Partial<Record<ConcernsKind, [keyof Concerns, string]>> = {
    team: ['concernsTeamId', 'Kies het team'],
    medewerker: ['concernsStaffId', 'Kies de medewerker'],
    dienstverlener: ['concernsProviderId', 'Kies de dienstverlener'],
    klant: ['concernsPersonId', 'Kies de klant'],
  };
  const required = need[v.concernsKind];
  if (required && !v[required[0]]) ctx.addIssue({ code: 'custom', path: [required[0]], message: required[1] });
  // B5: a provider's complaint about a customer names the provider too.
  if (v.concernsKind === 'klant' && !v.concernsProviderId) ctx.addIssue({ code: 'custom', path: ['concernsProviderId'], message: 'Kies de dienstverlener die klaagt' });
}

const intakeFields = {
  complainantId: idField.nullish().transform((v) => v ?? null),
  newComplainant: personInputSchema.nullish().transform((v) => v ?? null),
  kind: z.enum(COMPLAINT_KINDS, { error: 'Kies klacht, claim of opmerking' }),
  reporterType: z.enum(REPORTER_TYPES, { error: 'Kies wie er meldt' }),
  channel: z.enum(CHANNELS, { error: 'Kies hoe de klacht binnenkwam' }),
  receivedAt: localDateTimeField,
  ...concernsFields,
  description: requiredText('de omschrijving', 8000),
  requestedRemedy: optionalText(4000),
  urgent: z.boolean().default(false),
  /** Q5 d: the day the agreement with the provider was executed (a former participant's customers have three months). */
  agreementExecutedOn: dayField.nullish(),
};

export const intakeInput = z
  .object({
    ...intakeFields,
    /** K4: resolved while on the phone; closes the dossier with the solution. */
    resolvedAtIntake: z.boolean().default(false),
    solution: optionalText(8000),
    improvement: improvementInput.nullish().transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    checkConcerns(v, ctx);
    if (!v.complainantId && !v.newComplainant) ctx.addIssue({ code: 'custom', path: ['complainantId'], message: 'Zoek de melder of voeg een nieuwe persoon toe' });
    if (v.complainantId && v.newComplainant) ctx.addIssue({ code: 'custom', path: ['complainantId'], message: 'Kies een bestaande persoon óf vul een nieuwe in, niet allebei' });
    if (v.resolvedAtIntake && !v.solution) ctx.addIssue({ code: 'custom', path: ['solution'], message: 'Beschrijf de oplossing' });
    if (v.resolvedAtIntake && !v.improvement) ctx.addIssue({ code: 'custom', path: ['improvement', 'categoryId'], message: 'Kies een categorie' });
  });
export type IntakeInput = z.output<typeof intakeInput>;

export const complaintUpdateInput = z
  .object({ id: idField, version: z.number().int().optional(), ...intakeFields, complainantId: idField })
  .omit({ newComplainant: true })
  .superRefine((v, ctx) => checkConcerns(v, ctx));

const nameRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const complaintCallSchema = z.object({
  id: z.string(),
  calledAt: z.string(),
  calledBy: nameRef,
  callerRole: z.enum(CALLER_ROLES),
  reached: z.boolean(),
  outcome: z.string(),
  resolvedByPhone: z.boolean(),
  agreements: z.string().nullable(),
  confirmationWanted: z.boolean(),
});

// The deadlines a dossier can carry, each set by a rule (the work list shows which).
export const WORK_ITEM_KIND_LABELS: Record<string, string> = {
  eerste_contact: 'Eerste telefonisch contact',
  schriftelijk_antwoord: 'Schriftelijk antwoord versturen',
  antwoord_goedkeuren: 'Antwoord goedkeuren',
  afsluiten: 'Dossier afsluiten (bezwaartermijn verstreken)',
  bezwaar_ontvankelijkheid: 'Besluit over te laat bezwaar',
  hoorzitting: 'Gesprek over het bezwaar',
  gespreksverslag: 'Gespreksverslag maken',
  uitspraak: 'Uitspraak op het bezwaar',
  reactie_dienstverlener: 'Reactie van de dienstverlener',
  // Q3-Q5: the quality-mark register (dossier kind `quality`).
  bevinding_beoordelen: 'Bevinding beoordelen (bestuur)',
  staffel_beoordelen: 'Meer dan 15 beoordelingen: bestuur beoordeelt',
  hardheidsclausule: 'Beroep op de hardheidsclausule beoordelen',
  stickers_controleren: 'Stickers en promotiemateriaal controleren',
};
export function workItemLabel(kind: string): string {
  return WORK_ITEM_KIND_LABELS[kind] ?? kind;
}

export const workItemSchema = z.object({
  id: z.string(),
  dossierKind: z.string(),
  dossierId: z.string(),
  kind: z.string(),
  /** Dutch: "Eerste telefonisch contact", "Schriftelijk antwoord", … */
  label: z.string(),
  rule: z.string(),
  dueOn: z.string(),
  assignee: nameRef,
  team: nameRef,
  assigneeRole: z.string().nullable(),
  urgent: z.boolean(),
  doneAt: z.string().nullable(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

export const timelineEntrySchema = z.object({
  at: z.string(),
  kind: z.enum(['stap', 'document', 'gesprek', 'email', 'wijziging']),
  text: z.string(),
  by: z.string().nullable(),
  documentId: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

const personRef = z.object({ id: z.string(), name: z.string(), phone: z.string().nullable(), email: z.string().nullable(), preferredChannel: z.enum(['post', 'email']) });

export const complaintSchema = z.object({
  id: z.string(),
  version: z.number(),
  dossierNumber: z.string(),
  kind: z.enum(COMPLAINT_KINDS),
  reporterType: z.enum(REPORTER_TYPES),
  channel: z.enum(CHANNELS),
  receivedAt: z.string(),
  receivedOn: z.string(),
  complainant: personRef,
  concernsKind: z.enum(CONCERNS_KINDS),
  concernsTeam: nameRef,
  concernsStaff: nameRef,
  concernsProvider: nameRef,
  concernsPerson: nameRef,
  /** "Team Leden", "Mevrouw L. de Groot", "Klusbedrijf Jansen B.V." */
  concernsLabel: z.string(),
  description: z.string(),
  requestedRemedy: z.string().nullable(),
  urgent: z.boolean(),
  status: z.enum(COMPLAINT_STATUSES),
  forwardedAt: z.string().nullable(),
  forwardedTeam: nameRef,
  forwardedStaff: nameRef,
  manager: nameRef,
  owner: nameRef,
  answerSummary: z.string().nullable(),
  answerSolution: z.string().nullable(),
  answerDocumentId: z.string().nullable(),
  answerApprovedBy: nameRef,
  answerApprovedAt: z.string().nullable(),
  answerSentOn: z.string().nullable(),
  appealWindowEnds: z.string().nullable(),
  resolution: z.enum(RESOLUTIONS).nullable(),
  resolutionText: z.string().nullable(),
  closedOn: z.string().nullable(),
  category: nameRef,
  cause: nameRef,
  measure: nameRef,
  mainComplaint: z.object({ id: z.string(), dossierNumber: z.string() }).nullable(),
  duplicates: z.array(z.object({ id: z.string(), dossierNumber: z.string() })),
  calls: z.array(complaintCallSchema),
  /** Open and done deadlines of this dossier, earliest first. */
  workItems: z.array(workItemSchema),
  hasAppeal: z.boolean(),
  hasMediation: z.boolean(),
  /** K7: who may not decide on this complaint (the person it is about). */
  subjectStaffId: z.string().nullable(),
});
export type Complaint = z.infer<typeof complaintSchema>;

export const complaintListRowSchema = z.object({
  id: z.string(),
  dossierNumber: z.string(),
  kind: z.enum(COMPLAINT_KINDS),
  receivedOn: z.string(),
  complainantName: z.string(),
  concernsLabel: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  ownerName: z.string().nullable(),
  teamName: z.string().nullable(),
  urgent: z.boolean(),
  nextDueOn: z.string().nullable(),
});
export type ComplaintListRow = z.infer<typeof complaintListRowSchema>;

export const complaintListInput = z.object({
  status: z.enum([...COMPLAINT_STATUSES, 'open']).nullish().transform((v) => v ?? null),
  query: z.string().trim().max(100).nullish().transform((v) => v || null),
  providerId: idField.nullish().transform((v) => v ?? null),
  complainantId: idField.nullish().transform((v) => v ?? null),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

const withLetter = z.object({ complaint: complaintSchema, documents: z.array(documentSummarySchema) });

export const SEND_VIA = ['voorkeur', 'post', 'email'] as const;
export const SEND_VIA_LABELS: Record<(typeof SEND_VIA)[number], string> = { voorkeur: 'Volgens voorkeur van de ontvanger', post: 'Per post (afdrukken)', email: 'Per e-mail' };
const sendVia = z.enum(SEND_VIA).default('voorkeur');

const idVersion = { id: idField, version: z.number().int().optional() };

export const complaintsContracts = defineContracts({
  'complaints.intake': {
    summary: 'K1-K4: klacht, claim of opmerking vastleggen (telefonisch), eventueel direct opgelost',
    access: 'signedIn',
    input: intakeInput,
    output: complaintSchema,
  },
  'complaints.get': { summary: 'Eén klachtdossier', access: 'signedIn', input: z.object({ id: idField }), output: complaintSchema },
  'complaints.list': {
    summary: 'Klachtdossiers, nieuwste eerst, per pagina',
    access: 'signedIn',
    input: complaintListInput,
    output: z.object({ total: z.number(), offset: z.number(), rows: z.array(complaintListRowSchema) }),
  },
  'complaints.update': { summary: 'Gegevens van de melding corrigeren', access: 'signedIn', input: complaintUpdateInput, output: complaintSchema },
  'complaints.forward': {
    summary: 'K5, K8: doorsturen naar team of medewerker en diens manager; ontvangstbevestiging (T1)',
    access: 'signedIn',
    input: z
      .object({ ...idVersion, teamId: idField.nullish().transform((v) => v ?? null), staffId: idField.nullish().transform((v) => v ?? null), via: sendVia })
      .refine((v) => v.teamId || v.staffId, { path: ['teamId'], message: 'Kies een team of een medewerker' }),
    output: withLetter,
  },
  'complaints.assignOwner': {
    summary: 'K6: dossierverantwoordelijke aanwijzen',
    access: ['manager', 'director', 'admin'],
    input: z.object({ ...idVersion, ownerId: idField }),
    output: complaintSchema,
  },
  'complaints.logCall': {
    summary: 'K8, K9: telefonisch contact vastleggen; telefonisch opgelost sluit het dossier',
    access: 'signedIn',
    input: z
      .object({
        ...idVersion,
        calledAt: localDateTimeField,
        reached: z.boolean(),
        outcome: requiredText('de uitkomst van het gesprek', 4000),
        resolvedByPhone: z.boolean().default(false),
        agreements: optionalText(8000),
        confirmationWanted: z.boolean().default(false),
        improvement: improvementInput.nullish().transform((v) => v ?? null),
        via: sendVia,
      })
      .superRefine((v, ctx) => {
        if (v.resolvedByPhone && !v.reached) ctx.addIssue({ code: 'custom', path: ['resolvedByPhone'], message: 'Alleen een gesprek met de klant kan de klacht oplossen' });
        if (v.resolvedByPhone && !v.agreements) ctx.addIssue({ code: 'custom', path: ['agreements'], message: 'Leg de gemaakte afspraken vast' });
        if (v.resolvedByPhone && !v.improvement) ctx.addIssue({ code: 'custom', path: ['improvement', 'categoryId'], message: 'Kies een categorie' });
      }),
    output: withLetter,
  },
  'complaints.draftAnswer': {
    summary: 'K10: schriftelijk antwoord opstellen (concept T3)',
    access: 'signedIn',
    input: z.object({ ...idVersion, answerSummary: requiredText('de klacht zoals u die samenvat', 8000), answerSolution: requiredText('de voorgestelde oplossing of maatregelen', 8000) }),
    output: withLetter,
  },
  'complaints.approveAnswer': {
    summary: 'K7, K10: antwoord goedkeuren (niet door wie de klacht betreft)',
    access: ['manager', 'director'],
    input: z.object(idVersion),
    output: withLetter,
  },
  'complaints.sendAnswer': {
    summary: 'K10, K11: goedgekeurd antwoord versturen; de bezwaartermijn begint',
    access: 'signedIn',
    input: z.object({ ...idVersion, via: sendVia }),
    output: withLetter,
  },
  'complaints.close': {
    summary: 'K15: dossier afsluiten met categorie, oorzaak en maatregel',
    access: 'signedIn',
    input: z.object({ ...idVersion, improvement: parsedImprovement, note: optionalText(4000) }),
    output: complaintSchema,
  },
  'complaints.linkDuplicate': {
    summary: 'Dubbele melding koppelen aan het hoofddossier',
    access: 'signedIn',
    input: z.object({ ...idVersion, mainId: idField }),
    output: complaintSchema,
  },
  'complaints.timeline': {
    summary: 'Tijdlijn van het dossier: stappen, brieven, e-mails, gesprekken en wijzigingen',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: z.array(timelineEntrySchema),
  },
  'complaints.printDossier': {
    summary: 'Het hele dossier als één afdrukbare pagina (HTML), voor PDF of printer',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: z.object({ title: z.string(), html: z.string() }),
  },
});
