import { z } from 'zod';
import { defineContracts } from './contract';
import { dayField } from './members';

/** K15: complaints counted per month, team, provider, channel and category, with handling times and appeals. */

const countRow = z.object({ key: z.string(), label: z.string(), count: z.number() });

export const complaintReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number(),
  closed: z.number(),
  perMonth: z.array(z.object({ month: z.string(), received: z.number(), closed: z.number() })),
  perTeam: z.array(countRow),
  perProvider: z.array(countRow),
  perChannel: z.array(countRow),
  perCategory: z.array(countRow),
  perCause: z.array(countRow),
  /** Calendar days from receipt to closing, over the complaints closed in the period. */
  averageHandlingDays: z.number().nullable(),
  /** K10: answered (or closed) after the six-week deadline. */
  lateAnswers: z.number(),
  /** K8: first calls made after their day. */
  lateFirstCalls: z.number(),
  appeals: z.object({ total: z.number(), late: z.number(), open: z.number(), perOutcome: z.array(countRow) }),
});
export type ComplaintReport = z.infer<typeof complaintReportSchema>;

export const complaintReportContracts = defineContracts({
  'complaints.report': {
    summary: 'K15: rapportage over een periode (ontvangstdatum)',
    access: ['manager', 'director', 'admin'],
    input: z.object({ from: dayField, to: dayField }).refine((v) => v.from <= v.to, { path: ['to'], message: 'De einddatum ligt vóór de begindatum' }),
    output: complaintReportSchema,
  },
});
