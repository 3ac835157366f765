import { z } from 'zod';
import { defineContracts } from './contract';
import { idField, kvkField, optionalText, requiredText } from './fields';
import { personInputSchema } from './persons';

// D1
export const PROVIDER_TYPES = ['particulier', 'bedrijf'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];
export const PROVIDER_TYPE_LABELS: Record<ProviderType, string> = { particulier: 'Particulier', bedrijf: 'Bedrijf' };

// D2
export const SCREENING_STATUSES = ['aangemeld', 'telefonisch_geselecteerd', 'bezocht', 'goedgekeurd', 'afgewezen'] as const;
export type ScreeningStatus = (typeof SCREENING_STATUSES)[number];
export const SCREENING_STATUS_LABELS: Record<ScreeningStatus, string> = {
  aangemeld: 'Aangemeld',
  telefonisch_geselecteerd: 'Telefonisch geselecteerd',
  bezocht: 'Bezocht',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
};
/** The steps staff record after the registration itself. */
export const SCREENING_STEPS = ['telefonisch_geselecteerd', 'bezocht', 'goedgekeurd', 'afgewezen'] as const;
export type ScreeningStep = (typeof SCREENING_STEPS)[number];

export const INSURANCE_STATUSES = ['ontbreekt', 'verlopen', 'verloopt_binnenkort', 'geldig'] as const;
export type InsuranceStatus = (typeof INSURANCE_STATUSES)[number];
export const INSURANCE_STATUS_LABELS: Record<InsuranceStatus, string> = {
  ontbreekt: 'Niet bekend',
  verlopen: 'Verlopen',
  verloopt_binnenkort: 'Verloopt binnenkort',
  geldig: 'Geldig',
};

/** D3: shown on every provider page; payments (F4) will follow this rule. */
export const PROVIDER_CONTRACT_NOTE =
  'Dienstverleners werken op basis van een overeenkomst van opdracht. Het lid is de opdrachtgever, maar betaalt de dienstverlener ' +
  'nooit rechtstreeks: de dienstverlener declareert via een dienstenbon en wordt pas betaald nadat het lid die heeft goedgekeurd en betaald.';

const isoDate = z.iso.date('Vul een geldige datum in');
const optionalDate = isoDate.nullish().transform((v) => v ?? null);

/** D4: a region is a range of 4-digit postcodes (3440–3449; one postcode is from = to) or a place. */
export type Region = { from: string; to: string } | { place: string };

const postcodeDigits = /^[1-9]\d{3}$/;
export const regionInput = z
  .object({ from: z.string().trim().nullish(), to: z.string().trim().nullish(), place: z.string().trim().max(80, 'Hoogstens 80 tekens').nullish() })
  .superRefine((r, ctx) => {
    if (r.place) return;
    if (!r.from && !r.to) return void ctx.addIssue({ code: 'custom', path: ['place'], message: 'Vul een plaats of een postcodegebied in' });
    const from = r.from || r.to!;
    const to = r.to || r.from!;
    if (!postcodeDigits.test(from)) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Vul 4 cijfers in, bijvoorbeeld 3440' });
    if (!postcodeDigits.test(to)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Vul 4 cijfers in, bijvoorbeeld 3449' });
    if (postcodeDigits.test(from) && postcodeDigits.test(to) && from > to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Het postcodegebied eindigt vóór het begint' });
    }
  })
  .transform((r): Region => (r.place ? { place: r.place } : { from: r.from || r.to!, to: r.to || r.from! }));

export const regionSchema = z.union([z.object({ from: z.string(), to: z.string() }), z.object({ place: z.string() })]);

/** "3440–3449", "3441" or "Woerden". */
export function formatRegion(region: Region): string {
  if ('place' in region) return region.place;
  return region.from === region.to ? region.from : `${region.from}–${region.to}`;
}

export const serviceInput = z.object({ categoryId: idField, experience: optionalText(2000) });

const providerFields = {
  providerType: z.enum(PROVIDER_TYPES, { error: 'Kies particulier of bedrijf' }),
  contactPersonId: idField.nullish().transform((v) => v ?? null),
  kvkNumber: kvkField,
  insurer: optionalText(120),
  policyNumber: optionalText(60),
  insuredUntil: optionalDate,
  branchOrganisation: optionalText(120),
  vogReceivedOn: optionalDate,
  services: z
    .array(serviceInput)
    .max(50)
    .default([])
    .refine((s) => new Set(s.map((x) => x.categoryId)).size === s.length, 'Elke dienst mag maar één keer voorkomen'),
  regions: z.array(regionInput).max(50).default([]),
  notes: optionalText(4000),
};

type ProviderFieldsOut = { providerType: ProviderType; contactPersonId: string | null; kvkNumber: string | null; branchOrganisation: string | null; vogReceivedOn: string | null };

// D1: some details belong to one kind of provider only; say so rather than store them silently.
function checkTypeFields(v: ProviderFieldsOut, ctx: z.RefinementCtx): void {
  if (v.providerType === 'particulier') {
    if (v.kvkNumber) ctx.addIssue({ code: 'custom', path: ['kvkNumber'], message: 'Alleen een bedrijf heeft een KvK-nummer' });
    if (v.branchOrganisation) ctx.addIssue({ code: 'custom', path: ['branchOrganisation'], message: 'Alleen een bedrijf is lid van een brancheorganisatie' });
    if (v.contactPersonId) ctx.addIssue({ code: 'custom', path: ['contactPersonId'], message: 'Alleen een bedrijf heeft een contactpersoon' });
  } else if (v.vogReceivedOn) {
    ctx.addIssue({ code: 'custom', path: ['vogReceivedOn'], message: 'Een VOG wordt alleen van een particulier gevraagd' });
  }
}

export const providerRegisterInput = z
  .object({
    ...providerFields,
    personId: idField.nullish().transform((v) => v ?? null),
    /** D1: a person (particulier) or organisation (bedrijf) created together with the provider. */
    newPerson: personInputSchema.nullish().transform((v) => v ?? null),
    /** Date of the registration (first screening step); today when left out. */
    registeredOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    checkTypeFields(v, ctx);
    if (!v.personId && !v.newPerson) ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Kies een persoon of organisatie, of vul een nieuwe in' });
    if (v.personId && v.newPerson) ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Kies een bestaande persoon óf vul een nieuwe in, niet allebei' });
  });

export const providerUpdateInput = z
  .object({ ...providerFields, id: idField, personId: idField, version: z.number().int().optional() })
  .superRefine((v, ctx) => checkTypeFields(v, ctx));

export const advanceScreeningInput = z
  .object({
    id: idField,
    step: z.enum(SCREENING_STEPS, { error: 'Kies een stap' }),
    /** Today when left out. */
    doneOn: optionalDate,
    note: optionalText(2000),
    rejectionReason: optionalText(2000),
    version: z.number().int().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.step === 'afgewezen' && !v.rejectionReason) ctx.addIssue({ code: 'custom', path: ['rejectionReason'], message: 'Vul de reden van afwijzing in' });
  });

export const PROVIDER_SORTS = ['name', 'status', 'insuredUntil'] as const;

export const providerListInput = z.object({
  providerType: z.enum(PROVIDER_TYPES).nullish(),
  screeningStatus: z.enum(SCREENING_STATUSES).nullish(),
  /** D2: only approved providers are "in the system": search and request matching pass `approved: true`. */
  approved: z.boolean().nullish(),
  categoryId: idField.nullish(),
  /** D4: a postcode ("3441 AB", "3441") or a place ("Woerden"), matched against the providers' regions. */
  region: z.string().trim().max(80).nullish(),
  /** Name (of the provider or contact person), KvK number or place. */
  text: z.string().trim().max(100).nullish(),
  sort: z.enum(PROVIDER_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

const personSummary = z.object({
  id: z.string(),
  kind: z.enum(['persoon', 'organisatie']),
  name: z.string(),
  sortName: z.string(),
  street: z.string().nullable(),
  houseNumber: z.number().nullable(),
  houseNumberAddition: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type ProviderPerson = z.infer<typeof personSummary>;

const insuranceSchema = z.object({ status: z.enum(INSURANCE_STATUSES), daysLeft: z.number().nullable() });

export const providerRowSchema = z.object({
  id: z.string(),
  providerType: z.enum(PROVIDER_TYPES),
  personId: z.string(),
  name: z.string(),
  sortName: z.string(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  kvkNumber: z.string().nullable(),
  screeningStatus: z.enum(SCREENING_STATUSES),
  insuredUntil: z.string().nullable(),
  insurance: insuranceSchema,
  categories: z.array(z.string()),
  regions: z.array(regionSchema),
  version: z.number(),
});
export type ProviderRow = z.infer<typeof providerRowSchema>;

/** A required item still missing before approval (D2); `message` is the Dutch text to show. */
export const missingItemSchema = z.object({ key: z.string(), message: z.string() });
export type MissingItem = z.infer<typeof missingItemSchema>;

export const screeningStepSchema = z.object({
  id: z.string(),
  step: z.enum(SCREENING_STATUSES),
  doneOn: z.string(),
  doneBy: z.string().nullable(),
  doneByName: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

export const providerDetailSchema = z.object({
  id: z.string(),
  providerType: z.enum(PROVIDER_TYPES),
  person: personSummary,
  contactPerson: personSummary.nullable(),
  kvkNumber: z.string().nullable(),
  insurer: z.string().nullable(),
  policyNumber: z.string().nullable(),
  insuredUntil: z.string().nullable(),
  insurance: insuranceSchema,
  branchOrganisation: z.string().nullable(),
  vogReceivedOn: z.string().nullable(),
  screeningStatus: z.enum(SCREENING_STATUSES),
  rejectionReason: z.string().nullable(),
  services: z.array(z.object({ id: z.string(), categoryId: z.string(), categoryName: z.string(), categoryActive: z.boolean(), experience: z.string().nullable() })),
  regions: z.array(regionSchema),
  notes: z.string().nullable(),
  screening: z.array(screeningStepSchema),
  /** The steps that may be recorded next (D2). */
  allowedSteps: z.array(z.enum(SCREENING_STEPS)),
  missingForApproval: z.array(missingItemSchema),
  /** D3 */
  contractNote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type ProviderDetail = z.infer<typeof providerDetailSchema>;

export const serviceCategorySchema = z.object({ id: z.string(), name: z.string(), active: z.boolean(), providerCount: z.number(), version: z.number() });
export type ServiceCategory = z.infer<typeof serviceCategorySchema>;

export const saveCategoryInput = z.object({
  id: idField.nullish(),
  name: requiredText('de naam van de dienst', 80),
  active: z.boolean().default(true),
});

export const expiringInsuranceSchema = z.object({
  id: z.string(),
  providerType: z.enum(PROVIDER_TYPES),
  name: z.string(),
  phone: z.string().nullable(),
  screeningStatus: z.enum(SCREENING_STATUSES),
  insurer: z.string().nullable(),
  policyNumber: z.string().nullable(),
  insuredUntil: z.string(),
  /** Negative once expired; 0 on the last insured day. */
  daysLeft: z.number(),
  expired: z.boolean(),
});

export const providersContracts = defineContracts({
  'providers.register': {
    summary: 'Dienstverlener aanmelden (particulier of bedrijf); de screening begint',
    access: 'signedIn',
    input: providerRegisterInput,
    output: providerDetailSchema,
  },
  'providers.update': {
    summary: 'Gegevens, diensten en werkgebied van een dienstverlener wijzigen',
    access: 'signedIn',
    input: providerUpdateInput,
    output: providerDetailSchema,
  },
  'providers.advanceScreening': {
    summary: 'Screeningstap vastleggen: telefonisch geselecteerd, bezocht, goedgekeurd of afgewezen',
    access: 'signedIn',
    input: advanceScreeningInput,
    output: providerDetailSchema,
  },
  'providers.get': { summary: 'Eén dienstverlener met screening en wat nog ontbreekt', access: 'signedIn', input: z.object({ id: idField }), output: providerDetailSchema },
  'providers.list': {
    summary: 'Dienstverleners zoeken en filteren, per pagina',
    access: 'signedIn',
    input: providerListInput,
    /** Same paging shape as persons.list and members.list. */
    output: z.object({ total: z.number(), offset: z.number(), rows: z.array(providerRowSchema) }),
  },
  'providers.insuranceExpiring': {
    summary: 'Werklijst: aansprakelijkheidsverzekeringen die verlopen of verlopen zijn',
    access: 'signedIn',
    input: z.object({ withinDays: z.number().int().min(0).max(366).default(30) }),
    output: z.array(expiringInsuranceSchema),
  },
  'providers.listCategories': {
    summary: 'De lijst met dienstcategorieën',
    access: 'signedIn',
    input: z.object({ includeInactive: z.boolean().default(true) }),
    output: z.array(serviceCategorySchema),
  },
  'providers.saveCategory': {
    summary: 'Dienstcategorie toevoegen of wijzigen',
    access: ['admin', 'manager'],
    input: saveCategoryInput,
    output: serviceCategorySchema,
  },
  'providers.addDefaultCategories': {
    summary: 'De standaardlijst met dienstcategorieën toevoegen (wat er nog niet is)',
    access: ['admin', 'manager'],
    input: z.object({}),
    output: z.array(serviceCategorySchema),
  },
});
