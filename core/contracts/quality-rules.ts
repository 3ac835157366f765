import { z } from 'zod';

/**
 * Q3: what an assessment finds and the settings it is made with. Shared by the pure rules
 * (`core/quality/rules.ts`), the register's screens and the findings stored in the database.
 */

export const TERMINATION_RULES = [1, 2, 3, 4, 5, 6] as const;
export type TerminationRule = (typeof TERMINATION_RULES)[number];
/** Q3: the rules an assessment can fire; rule 6 is the board's own decision. */
export type AssessedRule = 1 | 2 | 3 | 4 | 5;
/** Q3: the hardship clause applies to rules 1-4. */
export const HARDSHIP_RULES: readonly TerminationRule[] = [1, 2, 3, 4];

export const TERMINATION_RULE_LABELS: Record<TerminationRule, string> = {
  1: 'Regel 1: te veel onvoldoende klantbeoordelingen in een half jaar',
  2: 'Regel 2: twee of meer negatieve bindende adviezen in een jaar',
  3: 'Regel 3: één negatief bindend advies en minstens twee negatieve andere beoordelingen in dat jaar',
  4: 'Regel 4: klacht ingediend zonder klantbeoordelingen in het jaar ervoor',
  5: 'Regel 5: niet voldaan aan de betalingsverplichting',
  6: 'Regel 6: besluit van het bestuur zonder opgaaf van reden',
};

export const REVIEW_WINDOWS = ['rolling', 'calendar_half_year'] as const;
export const REVIEW_WINDOW_LABELS: Record<(typeof REVIEW_WINDOWS)[number], string> = {
  rolling: 'De zes maanden vóór de beoordelingsdatum (voortschrijdend)',
  calendar_half_year: 'Het kalenderhalfjaar (januari-juni, juli-december)',
};
export const YEAR_WINDOWS = ['rolling', 'calendar_year'] as const;
export const YEAR_WINDOW_LABELS: Record<(typeof YEAR_WINDOWS)[number], string> = {
  rolling: 'De twaalf maanden vóór de beoordelingsdatum (voortschrijdend)',
  calendar_year: 'Het kalenderjaar',
};

export const staffelRowSchema = z.object({
  from: z.number().int().min(1),
  to: z.number().int().min(1),
  needed: z.number().int().min(1),
});
export type StaffelRow = z.infer<typeof staffelRowSchema>;

/** Q3 rule 1, from the reglement: 3-6 reviews: 2 insufficient; 7-10: 3; 11-15: 4. */
export const DEFAULT_STAFFEL: StaffelRow[] = [
  { from: 3, to: 6, needed: 2 },
  { from: 7, to: 10, needed: 3 },
  { from: 11, to: 15, needed: 4 },
];

export interface RuleSettings {
  reviewWindow: (typeof REVIEW_WINDOWS)[number];
  yearWindow: (typeof YEAR_WINDOWS)[number];
  staffel: StaffelRow[];
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = { reviewWindow: 'rolling', yearWindow: 'rolling', staffel: DEFAULT_STAFFEL };

/** A period of days, both ends included (yyyy-mm-dd). */
export const periodSchema = z.object({ from: z.string(), to: z.string() });
export type Period = z.infer<typeof periodSchema>;

/**
 * What a rule counted: the window, the ids of the reviews, advices, complaints and contribution
 * years it looked at, and the numbers that made it fire. Stored with the finding as it was.
 */
export const evidenceSchema = z.object({
  window: periodSchema,
  /** Every review in the window (rule 1) or the year (rule 3); rule 4: none by definition. */
  reviewIds: z.array(z.string()),
  /** The insufficient ones among them. */
  insufficientReviewIds: z.array(z.string()),
  /** Negative binding advices counted (rules 2 and 3). */
  adviceIds: z.array(z.string()),
  complaintIds: z.array(z.string()),
  /** Rule 5: the unpaid contribution years past their due day. */
  unpaidYears: z.array(z.number()),
  /** Rule 1: the staffel's "needed" for this many reviews (null when the table is silent). */
  needed: z.number().nullable(),
  /** One Dutch sentence: "2 van 3 klantbeoordelingen onvoldoende tussen 22-05-2026 en 21-11-2026". */
  summary: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const FINDING_KINDS = ['regel', 'staffel_zwijgt'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  regel: 'Beëindigingsregel',
  staffel_zwijgt: 'Meer dan 15 beoordelingen: de staffel zegt niets, het bestuur beoordeelt',
};

export interface RuleFinding {
  kind: FindingKind;
  rule: AssessedRule;
  evidence: Evidence;
}
