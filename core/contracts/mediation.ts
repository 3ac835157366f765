import { z } from 'zod';
import { SEND_VIA } from './complaints';
import { defineContracts } from './contract';
import { documentSummarySchema } from './documents';
import { idField, optionalText, requiredText } from './fields';
import { dayField } from './members';

/** Mediation between a customer and a provider (B1-B6). */

export const MEDIATION_DIRECTIONS = ['klant_over_dienstverlener', 'dienstverlener_over_klant'] as const;
export const MEDIATION_DIRECTION_LABELS: Record<(typeof MEDIATION_DIRECTIONS)[number], string> = {
  klant_over_dienstverlener: 'Klant over dienstverlener',
  dienstverlener_over_klant: 'Dienstverlener over klant',
};

export const MEDIATION_STATUSES = ['advies', 'geweigerd', 'toegelaten', 'reactie_gevraagd', 'reactie_ontvangen', 'afgerond'] as const;
export type MediationStatus = (typeof MEDIATION_STATUSES)[number];
export const MEDIATION_STATUS_LABELS: Record<MediationStatus, string> = {
  advies: 'Advies: eerst zelf in gesprek',
  geweigerd: 'Bemiddeling geweigerd',
  toegelaten: 'Bemiddeling mogelijk',
  reactie_gevraagd: 'Reactie dienstverlener gevraagd',
  reactie_ontvangen: 'Reactie ontvangen',
  afgerond: 'Afgerond',
};

// B3: all six must hold; the labels are the checklist, the refusals the letter's reasons.
export const MEDIATION_CONDITIONS = ['providerNamed', 'providerInformed', 'severalAttempts', 'signedAgreement', 'warrantyApplies', 'bothIntendToSettle'] as const;
export type MediationCondition = (typeof MEDIATION_CONDITIONS)[number];
export const MEDIATION_CONDITION_LABELS: Record<MediationCondition, string> = {
  providerNamed: 'De klant maakt bekend om welke dienstverlener het gaat',
  providerInformed: 'De klant heeft de dienstverlener zelf al op de hoogte gebracht van de klacht',
  severalAttempts: 'De klant heeft al diverse pogingen gedaan om het onderling op te lossen',
  signedAgreement: 'Er is een duidelijke, getekende overeenkomst',
  warrantyApplies: 'De garantie is nog van toepassing',
  bothIntendToSettle: 'Beide partijen hebben de intentie om er samen uit te komen',
};
export const MEDIATION_CONDITION_REFUSALS: Record<MediationCondition, string> = {
  providerNamed: 'U wilt niet bekendmaken om welke dienstverlener het gaat.',
  providerInformed: 'U hebt de dienstverlener zelf nog niet op de hoogte gebracht van uw klacht.',
  severalAttempts: 'U hebt nog geen pogingen gedaan om er onderling met de dienstverlener uit te komen.',
  signedAgreement: 'Er is geen duidelijke getekende overeenkomst, zodat wij niet kunnen vaststellen wat er is afgesproken en tegen welke voorwaarden.',
  warrantyApplies: 'De garantie is niet meer van toepassing.',
  bothIntendToSettle: 'Een van beide partijen heeft niet de intentie om er samen uit te komen.',
};
export const conditionsInput = z.object(Object.fromEntries(MEDIATION_CONDITIONS.map((c) => [c, z.boolean()])) as Record<MediationCondition, z.ZodBoolean>);

export const MEDIATION_OUTCOMES = ['opgelost', 'niet_opgelost', 'advies_gegeven'] as const;
export const MEDIATION_OUTCOME_LABELS: Record<(typeof MEDIATION_OUTCOMES)[number], string> = { opgelost: 'Opgelost', niet_opgelost: 'Niet opgelost', advies_gegeven: 'Advies gegeven' };

// B4
export const DOSSIER_ITEM_KINDS = ['overeenkomst', 'factuur', 'foto', 'correspondentie', 'overig'] as const;
export const DOSSIER_ITEM_KIND_LABELS: Record<(typeof DOSSIER_ITEM_KINDS)[number], string> = {
  overeenkomst: 'Getekende overeenkomst',
  factuur: 'Factuur',
  foto: 'Foto',
  correspondentie: 'Correspondentie',
  overig: 'Overig',
};
/** Uploads travel base64 over IPC/HTTP; photos and scans stay well below this. */
export const MAX_ITEM_BYTES = 10 * 1024 * 1024;

export const dossierItemSchema = z.object({
  id: z.string(),
  kind: z.enum(DOSSIER_ITEM_KINDS),
  description: z.string(),
  paid: z.boolean().nullable(),
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  byteSize: z.number().nullable(),
  createdAt: z.string(),
});

export const mediationSchema = z.object({
  id: z.string(),
  version: z.number(),
  complaintId: z.string(),
  direction: z.enum(MEDIATION_DIRECTIONS),
  provider: z.object({ id: z.string(), name: z.string() }),
  customer: z.object({ id: z.string(), name: z.string() }),
  adviceGivenOn: z.string().nullable(),
  adviceNote: z.string().nullable(),
  conditions: z.record(z.string(), z.boolean()).nullable(),
  conditionsCheckedOn: z.string().nullable(),
  /** B3: the conditions that do not hold (keys), empty when all hold or not yet checked. */
  failingConditions: z.array(z.enum(MEDIATION_CONDITIONS)),
  status: z.enum(MEDIATION_STATUSES),
  responseRequestedOn: z.string().nullable(),
  responseDue: z.string().nullable(),
  responseReceivedOn: z.string().nullable(),
  response: z.string().nullable(),
  outcome: z.enum(MEDIATION_OUTCOMES).nullable(),
  outcomeNote: z.string().nullable(),
  outcomeOn: z.string().nullable(),
  /** B4: "Klacht van <KLANTNAAM> aan het adres van <NAAM DIENSTVERLENER>". */
  emailSubject: z.string(),
  items: z.array(dossierItemSchema),
  /** B4: what the dossier still lacks for mediation, in Dutch. */
  missingItems: z.array(z.string()),
});
export type Mediation = z.infer<typeof mediationSchema>;

const withLetters = z.object({ mediation: mediationSchema, documents: z.array(documentSummarySchema) });
const sendVia = z.enum(SEND_VIA).default('voorkeur');
const ref = { id: idField, version: z.number().int().optional() };

export const mediationContracts = defineContracts({
  'mediation.get': { summary: 'De bemiddeling bij een klacht', access: 'signedIn', input: z.object({ complaintId: idField }), output: mediationSchema.nullable() },
  'mediation.start': {
    summary: 'B1: bemiddelingsdossier openen en vastleggen dat de klant is geadviseerd eerst zelf met de dienstverlener te praten',
    access: 'signedIn',
    input: z.object({ complaintId: idField, adviceNote: optionalText(4000) }),
    output: mediationSchema,
  },
  'mediation.checkConditions': {
    summary: 'B3: voorwaarden toetsen; bij een onvervulde voorwaarde weigeringsbrief (T7)',
    access: 'signedIn',
    input: z.object({ ...ref, conditions: conditionsInput, via: sendVia }),
    output: withLetters,
  },
  'mediation.requestResponse': {
    summary: 'B2: klacht voorleggen aan de dienstverlener (hoor en wederhoor), met reactietermijn (T7)',
    access: 'signedIn',
    input: z.object({ ...ref, via: sendVia }),
    output: withLetters,
  },
  'mediation.recordResponse': {
    summary: 'B2: reactie van de dienstverlener vastleggen',
    access: 'signedIn',
    input: z.object({ ...ref, receivedOn: dayField, response: requiredText('de reactie', 8000) }),
    output: mediationSchema,
  },
  'mediation.addItem': {
    summary: 'B4: stuk aan het dossier toevoegen (overeenkomst, factuur betaald/onbetaald, foto)',
    access: 'signedIn',
    input: z
      .object({
        complaintId: idField,
        kind: z.enum(DOSSIER_ITEM_KINDS, { error: 'Kies het soort stuk' }),
        description: requiredText('een omschrijving', 500),
        paid: z.boolean().nullish().transform((v) => v ?? null),
        file: z
          .object({ name: requiredText('de bestandsnaam', 200), contentType: z.string().max(100), base64: z.string().max(Math.ceil((MAX_ITEM_BYTES * 4) / 3) + 4, 'Het bestand is groter dan 10 MB') })
          .nullish()
          .transform((v) => v ?? null),
      })
      .superRefine((v, ctx) => {
        if (v.kind === 'factuur' && v.paid === null) ctx.addIssue({ code: 'custom', path: ['paid'], message: 'Geef aan of de factuur betaald is' });
        if (v.kind !== 'factuur' && v.paid !== null) ctx.addIssue({ code: 'custom', path: ['paid'], message: 'Alleen een factuur is betaald of onbetaald' });
      }),
    output: mediationSchema,
  },
  'mediation.removeItem': { summary: 'B4: stuk uit het dossier verwijderen', access: 'signedIn', input: z.object({ id: idField }), output: mediationSchema },
  'mediation.itemFile': {
    summary: 'Het bestand van een dossierstuk',
    access: 'signedIn',
    input: z.object({ id: idField }),
    output: z.object({ filename: z.string(), contentType: z.string(), base64: z.string() }),
  },
  'mediation.recordOutcome': {
    summary: 'B6: uitkomst van de bemiddeling vastleggen',
    access: 'signedIn',
    input: z.object({ ...ref, outcome: z.enum(MEDIATION_OUTCOMES, { error: 'Kies de uitkomst' }), note: optionalText(4000) }),
    output: mediationSchema,
  },
});
