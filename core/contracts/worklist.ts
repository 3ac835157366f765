import { z } from 'zod';
import { defineContracts } from './contract';
import { workItemSchema } from './complaints';

/** The work list (Werkvoorraad): every employee's start page. */

export const WORKLIST_SCOPES = ['mine', 'team'] as const;
export const WORKLIST_SCOPE_LABELS: Record<(typeof WORKLIST_SCOPES)[number], string> = { mine: 'Mijn werk', team: 'Mijn team' };
export const WORKLIST_GROUPS = ['overdue', 'today', 'soon'] as const;
export type WorklistGroup = (typeof WORKLIST_GROUPS)[number];
export const WORKLIST_GROUP_LABELS: Record<WorklistGroup, string> = { overdue: 'Te laat', today: 'Vandaag', soon: 'Binnen vijf werkdagen' };

export const worklistItemSchema = workItemSchema.extend({
  group: z.enum(WORKLIST_GROUPS),
  /** "K2026-000042" */
  dossierNumber: z.string(),
  /** Who or what the dossier is about, for recognising it: "J. de Vries — Klusbedrijf Jansen". */
  dossierTitle: z.string(),
  /** Working days overdue (0 when not overdue). */
  workingDaysOverdue: z.number(),
});
export type WorklistItem = z.infer<typeof worklistItemSchema>;

export const worklistContracts = defineContracts({
  'worklist.items': {
    summary: 'Werkvoorraad: te laat, vandaag en binnen vijf werkdagen, urgent eerst',
    access: 'signedIn',
    input: z.object({ scope: z.enum(WORKLIST_SCOPES).default('mine'), horizonWorkingDays: z.number().int().min(0).max(60).default(5) }),
    output: z.object({ today: z.string(), horizon: z.string(), items: z.array(worklistItemSchema) }),
  },
});
