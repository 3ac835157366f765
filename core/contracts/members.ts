import { z } from 'zod';
import { defineContracts } from './contract';
import { addresseeSchema, documentSummarySchema } from './documents';
import { bicField, ibanField, idField, optionalText, requiredText } from './fields';
import { personInputSchema } from './persons';

/** Members (L1-L3): membership, household, SEPA mandates, contribution; browser-safe, the member screens import these. */

export const MEMBER_STATUSES = ['actief', 'opgezegd', 'beeindigd'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = { actief: 'Actief', opgezegd: 'Opgezegd', beeindigd: 'Beëindigd' };

export const HOUSEHOLD_RELATIONS = ['partner', 'kind', 'huisgenoot'] as const;
export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS)[number];
export const HOUSEHOLD_RELATION_LABELS: Record<HouseholdRelation, string> = { partner: 'Partner', kind: 'Kind', huisgenoot: 'Huisgenoot' };

/** `verlopen` is derived (L3: unused for 36 months), the others are stored. */
export const MANDATE_STATUSES = ['actief', 'verlopen', 'gewijzigd', 'ingetrokken'] as const;
export type MandateStatusValue = (typeof MANDATE_STATUSES)[number];
export const MANDATE_STATUS_LABELS: Record<MandateStatusValue, string> = {
  actief: 'Actief',
  verlopen: 'Verlopen (36 maanden niet gebruikt)',
  gewijzigd: 'Gewijzigd (vervangen)',
  ingetrokken: 'Ingetrokken',
};

export const SEQUENCE_TYPES = ['FRST', 'RCUR'] as const;
export const SEQUENCE_TYPE_LABELS: Record<(typeof SEQUENCE_TYPES)[number], string> = { FRST: 'Eerste incasso (FRST)', RCUR: 'Doorlopend (RCUR)' };

export const FORM_REQUEST_CHANNELS = ['telefoon', 'email', 'post', 'balie'] as const;
export const FORM_REQUEST_CHANNEL_LABELS: Record<(typeof FORM_REQUEST_CHANNELS)[number], string> = {
  telefoon: 'Telefonisch',
  email: 'Per e-mail',
  post: 'Per post',
  balie: 'Aan de balie',
};

/** A calendar day as yyyy-mm-dd (what a date picker gives). */
export const dayField = z
  .string('Vul een datum in')
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul een datum in')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T12:00:00Z`)) && new Date(`${v}T12:00:00Z`).toISOString().startsWith(v), 'Dit is geen bestaande datum');

const requiredIban = ibanField.refine((v) => v !== null, 'Vul het IBAN in');

/** L3: a mandate as typed from the signed form (or from the phone, until the form comes back). */
const mandateFields = z.object({
  iban: requiredIban,
  bic: bicField,
  /** SEPA allows 70 characters for the debtor's name. */
  accountHolder: requiredText('de naam van de rekeninghouder', 70),
  signatureDate: dayField.nullish().transform((v) => v ?? null),
  formReceived: z.boolean().default(false),
  sequenceType: z.enum(SEQUENCE_TYPES).default('FRST'),
});

function checkSigned(v: { formReceived: boolean; signatureDate: string | null }, ctx: z.RefinementCtx): void {
  if (v.formReceived && !v.signatureDate) ctx.addIssue({ code: 'custom', path: ['signatureDate'], message: 'Vul de datum van ondertekening in' });
}

export const mandateInputSchema = mandateFields.superRefine(checkSigned);
export type MandateInput = z.output<typeof mandateInputSchema>;

/** An existing person (`personId`) or a new one typed in the same form (`newPerson`): exactly one. */
const personChoice = {
  personId: idField.optional(),
  newPerson: personInputSchema.optional(),
};

function checkPersonChoice(v: { personId?: string; newPerson?: unknown }, ctx: z.RefinementCtx): void {
  if (!v.personId === !v.newPerson) ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Kies een bestaande persoon of vul een nieuwe persoon in' });
}

export const householdEntrySchema = z.object({ ...personChoice, relation: z.enum(HOUSEHOLD_RELATIONS, 'Kies de relatie') }).superRefine(checkPersonChoice);

export const registerMemberInput = z
  .object({
    ...personChoice,
    startDate: dayField,
    household: z.array(householdEntrySchema).max(20, 'Hoogstens 20 huisgenoten').default([]),
    notes: optionalText(5_000),
    /** L3: the member asked for the mandate form (T9); it is produced with the membership letter. */
    requestMandateForm: z.boolean().default(false),
    /** L3: a mandate given at registration (IBAN known; the signed form may follow). */
    mandate: mandateInputSchema.optional(),
  })
  .superRefine(checkPersonChoice);
export type RegisterMemberInput = z.input<typeof registerMemberInput>;

export const memberPersonSchema = z.object({
  id: z.string(),
  kind: z.enum(['persoon', 'organisatie']),
  sortName: z.string(),
  /** "Jan van der Berg" */
  displayName: z.string(),
  /** "Kerkstraat 12a, 3441 AB Woerden" */
  addressLine: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredChannel: z.enum(['post', 'email']),
});

export const householdMemberSchema = z.object({
  id: z.string(),
  personId: z.string(),
  relation: z.enum(HOUSEHOLD_RELATIONS),
  displayName: z.string(),
  addressLine: z.string().nullable(),
});

export const mandateSchema = z.object({
  id: z.string(),
  reference: z.string(),
  iban: z.string(),
  bic: z.string().nullable(),
  accountHolder: z.string(),
  signatureDate: z.string().nullable(),
  formReceived: z.boolean(),
  /** Of the next collection. */
  sequenceType: z.enum(SEQUENCE_TYPES),
  lastCollectionDate: z.string().nullable(),
  /** Derived today (L3): `verlopen` when unused for 36 months. */
  status: z.enum(MANDATE_STATUSES),
  /** The last day it may be used (36 months after the last use), or null before the form is signed. */
  usableUntil: z.string().nullable(),
  canCollect: z.boolean(),
  /** Why it cannot be collected from, in Dutch; null when it can. */
  collectBlocker: z.string().nullable(),
  replacesId: z.string().nullable(),
  createdAt: z.string(),
});
export type Mandate = z.infer<typeof mandateSchema>;

export const memberSchema = z.object({
  id: z.string(),
  membershipNumber: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  status: z.enum(MEMBER_STATUSES),
  notes: z.string().nullable(),
  person: memberPersonSchema,
  household: z.array(householdMemberSchema),
  /** Newest first; amended (`gewijzigd`) rows stay as history. */
  mandates: z.array(mandateSchema),
  /** L1: this calendar year's contribution; `isDefault` when no amount was set for the year. */
  contribution: z.object({ year: z.number(), amountCents: z.number(), isDefault: z.boolean() }),
  documentsCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Member = z.infer<typeof memberSchema>;

export const MEMBER_SORTS = ['membershipNumber', 'sortName', 'startDate'] as const;

/** Same paging shape as persons.list: `{ offset, limit }` in, `{ total, offset, rows }` out. */
export const memberListInput = z.object({
  /** Name (words, prefixes) of the member or a huisgenoot, or a membership number ("L000123", "123"). */
  text: z.string().trim().max(200).optional(),
  status: z.enum(MEMBER_STATUSES).optional(),
  sort: z.enum(MEMBER_SORTS).default('membershipNumber'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const memberListRowSchema = z.object({
  id: z.string(),
  membershipNumber: z.string(),
  personId: z.string(),
  sortName: z.string(),
  displayName: z.string(),
  addressLine: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  status: z.enum(MEMBER_STATUSES),
});
export type MemberListRow = z.infer<typeof memberListRowSchema>;

export const memberUpdateInput = z.object({
  id: idField,
  /** The version the form was loaded at: refused when someone changed the member since. */
  version: z.number().int().optional(),
  startDate: dayField.optional(),
  endDate: dayField.nullish(),
  status: z.enum(MEMBER_STATUSES).optional(),
  notes: optionalText(5_000).optional(),
});

export const contributionRatesSchema = z.object({
  defaultCents: z.number(),
  rates: z.array(z.object({ year: z.number(), amountCents: z.number() })),
});

const producedDocumentsSchema = z.object({
  documents: z.array(documentSummarySchema),
  /** L2: a letter that could not be produced; the registration itself stands. Dutch message. */
  documentErrors: z.array(z.object({ typeKey: z.string(), message: z.string() })),
});

// Template data (T8, T9): what is archived with the document, so a correction re-renders the same letter.

export const membershipLetterData = z.object({
  addressee: addresseeSchema,
  membershipNumber: requiredText('het lidmaatschapsnummer', 20),
  memberName: requiredText('de naam van het lid', 200),
  startDate: dayField,
  household: z.array(z.object({ name: z.string().trim().min(1).max(200), relation: z.enum(HOUSEHOLD_RELATIONS) })).max(20).default([]),
  contributionYear: z.number().int().min(2000).max(2100),
  contributionCents: z.number().int().min(0),
  /** L3: the mandate form (T9) goes with this letter. */
  mandateFormEnclosed: z.boolean().default(false),
  /** L3: the member already has a signed mandate: the letter says collection follows. */
  mandateReference: optionalText(35),
});
export type MembershipLetterData = z.output<typeof membershipLetterData>;

export const mandateFormData = z.object({
  addressee: addresseeSchema,
  membershipNumber: requiredText('het lidmaatschapsnummer', 20),
  /** L3: "kenmerk machtiging", at most 35 characters (SEPA). */
  mandateReference: requiredText('het kenmerk van de machtiging', 35),
  /** Pre-filled from what the member told us; empty fields stay open to fill in by hand. */
  accountHolder: optionalText(70),
  street: optionalText(120),
  postcode: optionalText(12),
  city: optionalText(80),
  country: optionalText(60),
  iban: optionalText(34),
  bic: optionalText(11),
  requestedVia: z.enum(FORM_REQUEST_CHANNELS).nullish().transform((v) => v ?? null),
});
export type MandateFormData = z.output<typeof mandateFormData>;

const byMandate = z.object({ mandateId: idField });

export const membersContracts = defineContracts({
  'members.register': {
    summary: 'Lid inschrijven: nummer, huisgenoten, machtiging; daarna de ledenbrief (en het machtigingsformulier)',
    access: 'signedIn',
    input: registerMemberInput,
    output: producedDocumentsSchema.extend({ member: memberSchema }),
  },
  'members.get': { summary: 'Eén lid met persoon, huisgenoten, machtigingen en contributie', access: 'signedIn', input: z.object({ id: idField }), output: memberSchema },
  'members.list': {
    summary: 'Leden per pagina, met het totaal, voor een lange lijst',
    access: 'signedIn',
    input: memberListInput,
    output: z.object({ total: z.number(), offset: z.number(), rows: z.array(memberListRowSchema) }),
  },
  'members.update': {
    summary: 'Ingangs- en einddatum, status en notities van een lidmaatschap wijzigen',
    access: 'signedIn',
    input: memberUpdateInput,
    output: memberSchema,
  },
  'members.addHouseholdMember': {
    summary: 'Huisgenoot toevoegen (bestaande of nieuwe persoon)',
    access: 'signedIn',
    input: z.object({ memberId: idField, ...personChoice, relation: z.enum(HOUSEHOLD_RELATIONS, 'Kies de relatie') }).superRefine(checkPersonChoice),
    output: memberSchema,
  },
  'members.removeHouseholdMember': { summary: 'Huisgenoot verwijderen', access: 'signedIn', input: z.object({ id: idField }), output: memberSchema },
  'members.addMandate': {
    summary: 'SEPA-machtiging vastleggen; het kenmerk wordt gemaakt',
    access: 'signedIn',
    input: mandateFields.extend({ memberId: idField }).superRefine(checkSigned),
    output: memberSchema,
  },
  'members.changeMandateIban': {
    summary: 'Ander rekeningnummer: wijziging van de machtiging met hetzelfde kenmerk',
    access: 'signedIn',
    input: z
      .object({
        mandateId: idField,
        iban: requiredIban,
        bic: bicField,
        /** Left out: as on the current mandate. */
        accountHolder: requiredText('de naam van de rekeninghouder', 70).optional(),
        signatureDate: dayField.nullish(),
        formReceived: z.boolean().optional(),
      }),
    output: memberSchema,
  },
  'members.markFormReceived': {
    summary: 'Ondertekend machtigingsformulier ontvangen',
    access: 'signedIn',
    input: byMandate.extend({ signatureDate: dayField }),
    output: memberSchema,
  },
  'members.revokeMandate': { summary: 'Machtiging intrekken', access: 'signedIn', input: byMandate, output: memberSchema },
  'members.requestMandateForm': {
    summary: 'Machtigingsformulier maken (aangevraagd per telefoon of e-mail)',
    access: 'signedIn',
    input: z.object({ memberId: idField, requestedVia: z.enum(FORM_REQUEST_CHANNELS).optional() }),
    output: z.object({ document: documentSummarySchema }),
  },
  'members.getContributionRates': {
    summary: 'Contributie per kalenderjaar',
    access: 'signedIn',
    input: z.object({}),
    output: contributionRatesSchema,
  },
  'members.setContributionRate': {
    summary: 'Contributie voor een kalenderjaar vastleggen',
    access: ['admin'],
    input: z.object({
      year: z.number('Vul het jaar in').int('Vul een jaartal in').min(2000, 'Vul een jaartal vanaf 2000 in').max(2100, 'Vul een jaartal tot 2100 in'),
      amountCents: z.number('Vul het bedrag in').int('Het bedrag is in hele centen').min(0, 'Het bedrag kan niet negatief zijn').max(100_000, 'Het bedrag is te hoog'),
    }),
    output: contributionRatesSchema,
  },
});
