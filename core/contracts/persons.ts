import { z } from 'zod';
import { defineContracts } from './contract';
import { emailField, idField, optionalText, phoneField, postcodeField } from './fields';

export const PERSON_KINDS = ['persoon', 'organisatie'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const PERSON_KIND_LABELS: Record<PersonKind, string> = { persoon: 'Persoon', organisatie: 'Organisatie' };

export const SALUTATIONS = ['heer', 'mevrouw', 'neutraal'] as const;
export type Salutation = (typeof SALUTATIONS)[number];
export const SALUTATION_LABELS: Record<Salutation, string> = { heer: 'De heer', mevrouw: 'Mevrouw', neutraal: 'Neutraal (geen aanhef)' };

export const PREFERRED_CHANNELS = ['post', 'email'] as const;
export const PREFERRED_CHANNEL_LABELS: Record<(typeof PREFERRED_CHANNELS)[number], string> = { post: 'Per post', email: 'Per e-mail' };

const houseNumberField = z
  .union([z.number(), z.string().trim()])
  .nullish()
  .transform((v) => (v === '' || v === undefined || v === null ? null : Number(v)))
  .refine((v) => v === null || (Number.isInteger(v) && v >= 1 && v <= 99_999), 'Vul een huisnummer in (alleen cijfers; de toevoeging apart)');

/** The fields of a person or organisation as a form sends them; one schema for the form and the back end. */
export const personFieldsSchema = z.object({
  kind: z.enum(PERSON_KINDS, 'Kies persoon of organisatie'),
  salutation: z.enum(SALUTATIONS).nullish().transform((v) => v ?? null),
  initials: optionalText(20),
  firstName: optionalText(80),
  /** Tussenvoegsel, lower case as written after a first name: "van der". */
  infix: optionalText(20),
  lastName: optionalText(120),
  organisationName: optionalText(200),
  street: optionalText(120),
  houseNumber: houseNumberField,
  houseNumberAddition: optionalText(10),
  postcode: postcodeField,
  city: optionalText(80),
  /** Empty for the Netherlands. */
  country: optionalText(60),
  phone: phoneField,
  phoneAlt: phoneField,
  email: emailField,
  preferredChannel: z.enum(PREFERRED_CHANNELS).default('post'),
  notes: optionalText(5_000),
});

type PersonFields = z.output<typeof personFieldsSchema>;

/** Rules across fields, with the message on the field the user must fix. */
function checkPerson(v: PersonFields, ctx: z.RefinementCtx): void {
  if (v.kind === 'persoon' && !v.lastName) ctx.addIssue({ code: 'custom', path: ['lastName'], message: 'Vul de achternaam in' });
  if (v.kind === 'organisatie' && !v.organisationName) {
    ctx.addIssue({ code: 'custom', path: ['organisationName'], message: 'Vul de naam van de organisatie in' });
  }
  if (v.preferredChannel === 'email' && !v.email) {
    ctx.addIssue({ code: 'custom', path: ['email'], message: 'Vul een e-mailadres in, of kies post als voorkeur' });
  }
  if (v.houseNumberAddition && v.houseNumber === null) {
    ctx.addIssue({ code: 'custom', path: ['houseNumber'], message: 'Vul ook het huisnummer in' });
  }
}

export const personInputSchema = personFieldsSchema.superRefine(checkPerson);
export type PersonInput = z.output<typeof personInputSchema>;

/** Update: the whole form again, plus the version it was loaded at (refused when someone changed it since). */
export const personUpdateSchema = personFieldsSchema.extend({ id: idField, version: z.number().int().optional() }).superRefine(checkPerson);

export const personRolesSchema = z.object({
  /** Own memberships (L1), newest first. */
  memberships: z.array(z.object({ id: z.string(), membershipNumber: z.string(), status: z.string(), startDate: z.string(), endDate: z.string().nullable() })),
  /** Households this person belongs to as huisgenoot, with the member it hangs under. */
  households: z.array(
    z.object({ id: z.string(), memberId: z.string(), membershipNumber: z.string(), relation: z.string(), memberPersonId: z.string(), memberName: z.string() }),
  ),
  /** Providers this person or organisation is (`dienstverlener`) or is the contact of (`contactpersoon`). */
  providers: z.array(
    z.object({
      id: z.string(),
      role: z.enum(['dienstverlener', 'contactpersoon']),
      providerType: z.string(),
      screeningStatus: z.string(),
      kvkNumber: z.string().nullable(),
      name: z.string(),
    }),
  ),
});
export type PersonRoles = z.infer<typeof personRolesSchema>;

export const personSchema = z.object({
  id: z.string(),
  kind: z.enum(PERSON_KINDS),
  salutation: z.enum(SALUTATIONS).nullable(),
  initials: z.string().nullable(),
  firstName: z.string().nullable(),
  infix: z.string().nullable(),
  lastName: z.string().nullable(),
  organisationName: z.string().nullable(),
  street: z.string().nullable(),
  houseNumber: z.number().nullable(),
  houseNumberAddition: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  phone: z.string().nullable(),
  phoneAlt: z.string().nullable(),
  email: z.string().nullable(),
  preferredChannel: z.enum(PREFERRED_CHANNELS),
  notes: z.string().nullable(),
  /** "Berg, Jan van der" */
  sortName: z.string(),
  /** "Jan van der Berg" */
  displayName: z.string(),
  /** "Kerkstraat 12a, 3441 AB Woerden" or null without an address. */
  addressLine: z.string().nullable(),
  /** Set on a merged (tombstoned) person: open this one instead. */
  mergedIntoId: z.string().nullable(),
  /** Persons merged into this one; their own audit trail stays under their ids. */
  mergedFrom: z.array(z.object({ id: z.string(), sortName: z.string(), mergedAt: z.string() })),
  roles: personRolesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type Person = z.infer<typeof personSchema>;

export const PERSON_SORTS = ['sortName', 'city', 'postcode'] as const;

export const personListInput = z.object({
  /** Name (words, prefixes), phone, postcode (+ number) or e-mail; as in the search box. */
  text: z.string().trim().max(200).optional(),
  kind: z.enum(PERSON_KINDS).optional(),
  sort: z.enum(PERSON_SORTS).default('sortName'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  /** Offset paging: a virtual list asks for the rows around any scroll position. */
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const personListRowSchema = z.object({
  id: z.string(),
  kind: z.enum(PERSON_KINDS),
  sortName: z.string(),
  displayName: z.string(),
  street: z.string().nullable(),
  houseNumber: z.number().nullable(),
  houseNumberAddition: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type PersonListRow = z.infer<typeof personListRowSchema>;

export const DUPLICATE_REASONS = ['adres', 'telefoon', 'email'] as const;

export const duplicateCheckInput = z.object({
  /** The person being edited, left out of the candidates. */
  excludeId: idField.optional(),
  postcode: postcodeField.catch(null),
  houseNumber: houseNumberField.catch(null),
  houseNumberAddition: optionalText(10).catch(null),
  phone: phoneField.catch(null),
  phoneAlt: phoneField.catch(null),
  email: emailField.catch(null),
});

export const duplicateCandidateSchema = z.object({
  personId: z.string(),
  kind: z.enum(PERSON_KINDS),
  displayName: z.string(),
  addressLine: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** Why this may be the same person, in Dutch: "Zelfde adres (3441 AB 12)". */
  reasons: z.array(z.object({ code: z.enum(DUPLICATE_REASONS), text: z.string() })),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const personsContracts = defineContracts({
  'persons.create': { summary: 'Persoon of organisatie toevoegen', access: 'signedIn', input: personInputSchema, output: personSchema },
  'persons.update': { summary: 'Persoon of organisatie wijzigen', access: 'signedIn', input: personUpdateSchema, output: personSchema },
  'persons.get': {
    summary: 'Eén persoon met zijn rollen (lid, huisgenoot, dienstverlener); een samengevoegde wijst naar de bewaarde',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: personSchema,
  },
  'persons.list': {
    summary: 'Personen en organisaties per pagina, met het totaal, voor een lange lijst',
    access: 'signedIn',
    input: personListInput,
    output: z.object({
      total: z.number(),
      /** A text filter matched more than `total` (10.000) persons: show "10.000+" and ask to narrow it. */
      totalCapped: z.boolean(),
      offset: z.number(),
      rows: z.array(personListRowSchema),
    }),
  },
  'persons.checkDuplicates': {
    summary: 'Bij invoer: bestaat deze persoon al? (zelfde adres, telefoon of e-mail)',
    access: 'signedIn',
    input: duplicateCheckInput,
    output: z.array(duplicateCandidateSchema),
  },
  'persons.merge': {
    summary: 'Dubbele persoon samenvoegen: alle verwijzingen naar de bewaarde persoon',
    access: 'signedIn',
    input: z
      .object({ keepId: idField, mergeId: idField })
      .refine((v) => v.keepId !== v.mergeId, { path: ['mergeId'], message: 'Kies twee verschillende personen' }),
    output: z.object({ person: personSchema, moved: z.array(z.object({ table: z.string(), label: z.string(), count: z.number() })) }),
  },
  'persons.exportCsv': {
    summary: 'Lijst als CSV voor Excel (puntkomma, UTF-8), met dezelfde filters als de lijst',
    access: 'signedIn',
    input: personListInput.omit({ offset: true, limit: true }),
    output: z.object({ filename: z.string(), text: z.string(), rows: z.number() }),
  },
});
