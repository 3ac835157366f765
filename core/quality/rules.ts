import type { RuleFinding, RuleSettings } from '../contracts/quality-rules';

/**
 * Q3 as a pure function: from a participant's reviews, advices, complaints and contributions on an
 * assessment day, every rule (1-5) that fires with the evidence it counted. No I/O.
 */

export interface AssessmentFacts {
  /** The assessment day (yyyy-mm-dd). */
  assessedOn: string;
  reviews: ReadonlyArray<{ id: string; reviewedOn: string; sufficient: boolean; complaintId: string | null }>;
  advices: ReadonlyArray<{ id: string; advisedOn: string; outcome: 'positief' | 'negatief'; complaintId: string | null }>;
  /** Complaints about the participant (its provider), by the day they were received. */
  complaints: ReadonlyArray<{ id: string; receivedOn: string }>;
  contributions: ReadonlyArray<{ year: number; dueOn: string; paidOn: string | null }>;
}

export function assessParticipant(_facts: AssessmentFacts, _settings: RuleSettings): RuleFinding[] {
  throw new Error('assessParticipant is not built yet');
}
