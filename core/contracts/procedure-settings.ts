import { z } from 'zod';
import { defineContracts } from './contract';
import { idField, requiredText } from './fields';
import { dayField } from './members';

/** The office calendar and the procedure's ambiguous choices, as settings shown in the UI. */

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Vul een tijd in als uu:mm');

export const ROLL_DIRECTION_LABELS = { next: 'Naar de volgende werkdag', previous: 'Naar de vorige werkdag' } as const;
export const DECISION_COUNTS_FROM_LABELS = { appeal: 'Vanaf ontvangst van het bezwaar', hearing: 'Vanaf het gesprek (hoorzitting)' } as const;

export const procedureSettingsInput = z
  .object({
    version: z.number().int().optional(),
    liberationDayOff: z.boolean(),
    goodFridayOff: z.boolean(),
    officeOpens: time,
    officeCloses: time,
    internalTargetRoll: z.enum(['next', 'previous']),
    decisionCountsFrom: z.enum(['appeal', 'hearing']),
    mediationResponseWorkingDays: z.number({ error: 'Vul een aantal werkdagen in' }).int('Vul een heel aantal in').min(1, 'Minstens 1 werkdag').max(60, 'Hoogstens 60 werkdagen'),
  })
  .refine((v) => v.officeOpens < v.officeCloses, { path: ['officeCloses'], message: 'Het kantoor sluit na het openen' });

export const procedureSettingsSchema = z.object({
  version: z.number(),
  liberationDayOff: z.boolean(),
  goodFridayOff: z.boolean(),
  officeOpens: z.string(),
  officeCloses: z.string(),
  internalTargetRoll: z.enum(['next', 'previous']),
  decisionCountsFrom: z.enum(['appeal', 'hearing']),
  mediationResponseWorkingDays: z.number(),
  closingDays: z.array(z.object({ id: z.string(), day: z.string(), description: z.string() })),
});
export type ProcedureSettings = z.infer<typeof procedureSettingsSchema>;

export const IMPROVEMENT_LISTS = ['categorie', 'oorzaak', 'maatregel'] as const;
export type ImprovementList = (typeof IMPROVEMENT_LISTS)[number];
export const IMPROVEMENT_LIST_LABELS: Record<ImprovementList, string> = { categorie: 'Categorieën', oorzaak: 'Oorzaken', maatregel: 'Maatregelen' };
export const improvementOptionSchema = z.object({ id: z.string(), list: z.enum(IMPROVEMENT_LISTS), name: z.string(), active: z.boolean() });
export type ImprovementOption = z.infer<typeof improvementOptionSchema>;

export const procedureSettingsContracts = defineContracts({
  'procedure.getSettings': { summary: 'Kantooragenda en keuzes in de klachtenprocedure', access: 'signedIn', input: z.object({}), output: procedureSettingsSchema },
  'procedure.updateSettings': { summary: 'Kantooragenda en keuzes wijzigen', access: ['admin'], input: procedureSettingsInput, output: procedureSettingsSchema },
  'procedure.addClosingDay': {
    summary: 'Sluitingsdag van het kantoor toevoegen',
    access: ['admin'],
    input: z.object({ day: dayField, description: requiredText('een omschrijving', 120) }),
    output: procedureSettingsSchema,
  },
  'procedure.removeClosingDay': { summary: 'Sluitingsdag verwijderen', access: ['admin'], input: z.object({ id: idField }), output: procedureSettingsSchema },
  'procedure.holidays': {
    summary: 'Vrije dagen van een jaar volgens de huidige instellingen',
    access: 'signedIn',
    input: z.object({ year: z.number().int().min(1990).max(2100) }),
    output: z.array(z.object({ day: z.string(), name: z.string() })),
  },
  'improvement.list': { summary: 'K15: lijsten categorie, oorzaak en maatregel', access: 'signedIn', input: z.object({}), output: z.array(improvementOptionSchema) },
  'improvement.add': {
    summary: 'K15: keuze toevoegen',
    access: ['admin', 'manager'],
    input: z.object({ list: z.enum(IMPROVEMENT_LISTS), name: requiredText('de naam', 120) }),
    output: z.array(improvementOptionSchema),
  },
  'improvement.update': {
    summary: 'K15: keuze hernoemen of (de)activeren',
    access: ['admin', 'manager'],
    input: z.object({ id: idField, name: requiredText('de naam', 120), active: z.boolean() }),
    output: z.array(improvementOptionSchema),
  },
});
