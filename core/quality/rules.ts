import { addDays } from '../calendar';
import { formatDate } from '../contracts/format';
import type { Evidence, Period, RuleFinding, RuleSettings } from '../contracts/quality-rules';
import { staffelFor } from './staffel';
import { isInPeriod, reviewWindow, yearBeforeComplaint, yearWindow } from './windows';

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

export function assessParticipant(facts: AssessmentFacts, settings: RuleSettings): RuleFinding[] {
  // Sorted by day, then id, so the findings and their evidence do not depend on the input order.
  const sorted: AssessmentFacts = {
    assessedOn: facts.assessedOn,
    reviews: byDayThenId(facts.reviews, (r) => r.reviewedOn),
    advices: byDayThenId(facts.advices, (a) => a.advisedOn),
    complaints: byDayThenId(facts.complaints, (c) => c.receivedOn),
    contributions: [...facts.contributions].sort((a, b) => a.year - b.year),
  };
  return [...reviewsInHalfYear(sorted, settings), ...negativeAdvices(sorted, settings), ...complaintsWithoutReviews(sorted, settings), ...unpaidContributions(sorted)];
}

// Q3 rule 1
function reviewsInHalfYear(facts: AssessmentFacts, settings: RuleSettings): RuleFinding[] {
  const window = reviewWindow(facts.assessedOn, settings.reviewWindow);
  const reviews = facts.reviews.filter((r) => isInPeriod(r.reviewedOn, window));
  const insufficient = reviews.filter((r) => !r.sufficient);
  const counted = { window, reviewIds: ids(reviews), insufficientReviewIds: ids(insufficient) };
  // Built only when the rule fires: the daily run assesses every participant.
  const sentence = () => `${insufficient.length} van ${reviews.length} klantbeoordelingen onvoldoende ${between(window)}`;
  const answer = staffelFor(reviews.length, settings.staffel);
  if (answer.kind === 'too_few') return [];
  if (answer.kind === 'silent') {
    // Past the table the board judges, but only when there is something to judge: at least as many
    // insufficient reviews as the table's last row asks. A busy participant with good reviews is no case.
    if (insufficient.length < answer.lastNeeded) return [];
    const summary = `${sentence()}; de staffel gaat tot ${answer.lastCovered} beoordelingen, het bestuur beoordeelt`;
    return [{ kind: 'staffel_zwijgt', rule: 1, evidence: evidence({ ...counted, summary }) }];
  }
  if (insufficient.length < answer.needed) return [];
  const summary = `${sentence()} (staffel: ${answer.needed} nodig)`;
  return [{ kind: 'regel', rule: 1, evidence: evidence({ ...counted, needed: answer.needed, summary }) }];
}

// Q3 rules 2 and 3
function negativeAdvices(facts: AssessmentFacts, settings: RuleSettings): RuleFinding[] {
  const window = yearWindow(facts.assessedOn, settings.yearWindow);
  const negative = facts.advices.filter((a) => a.outcome === 'negatief' && isInPeriod(a.advisedOn, window));
  const adviceDays = dayList(negative.map((a) => a.advisedOn));
  if (negative.length >= 2) {
    // Q3 rule 2; it covers rule 3 on the same advices, so rule 3 is not reported beside it.
    const summary = `${negative.length} negatieve bindende adviezen ${between(window)} (${adviceDays})`;
    return [{ kind: 'regel', rule: 2, evidence: evidence({ window, adviceIds: ids(negative), summary }) }];
  }
  if (negative.length === 0) return [];
  // Q3 rule 3: a review about the advice's own complaint is not one of the "other" reviews.
  const adviceComplaints = new Set(negative.map((a) => a.complaintId).filter((id) => id !== null));
  const others = facts.reviews.filter((r) => isInPeriod(r.reviewedOn, window) && !(r.complaintId !== null && adviceComplaints.has(r.complaintId)));
  const insufficient = others.filter((r) => !r.sufficient);
  if (insufficient.length < 2) return [];
  const summary = `1 negatief bindend advies (${adviceDays}) en ${insufficient.length} van ${others.length} andere klantbeoordelingen onvoldoende ${between(window)}`;
  return [
    {
      kind: 'regel',
      rule: 3,
      evidence: evidence({ window, reviewIds: ids(others), insufficientReviewIds: ids(insufficient), adviceIds: ids(negative), summary }),
    },
  ];
}

// Q3 rule 4: one finding per complaint of the year that had no review in the year before it.
function complaintsWithoutReviews(facts: AssessmentFacts, settings: RuleSettings): RuleFinding[] {
  const year = yearWindow(facts.assessedOn, settings.yearWindow);
  return facts.complaints
    .filter((c) => isInPeriod(c.receivedOn, year))
    .flatMap((complaint): RuleFinding[] => {
      const before = yearBeforeComplaint(complaint.receivedOn);
      if (facts.reviews.some((r) => isInPeriod(r.reviewedOn, before))) return [];
      const summary = `Klacht ontvangen op ${formatDate(complaint.receivedOn)} zonder klantbeoordelingen ${between(before)}`;
      return [{ kind: 'regel', rule: 4, evidence: evidence({ window: before, complaintIds: [complaint.id], summary }) }];
    });
}

// Q3 rule 5: past its due day and not paid on the assessment day (a later payment does not count yet).
// The window runs from the first overdue day of the oldest unpaid contribution.
function unpaidContributions(facts: AssessmentFacts): RuleFinding[] {
  const { assessedOn } = facts;
  const unpaid = facts.contributions.filter((c) => c.dueOn < assessedOn && (c.paidOn === null || c.paidOn > assessedOn));
  const first = unpaid[0];
  if (!first) return [];
  const earliestDue = unpaid.reduce((day, c) => (c.dueOn < day ? c.dueOn : day), first.dueOn);
  const years = unpaid.map((c) => `${c.year} (vervaldag ${formatDate(c.dueOn)})`);
  const summary = `Contributie niet betaald na de vervaldag: ${joinDutch(years)}`;
  const window = { from: addDays(earliestDue, 1), to: assessedOn };
  return [{ kind: 'regel', rule: 5, evidence: evidence({ window, unpaidYears: unpaid.map((c) => c.year), summary }) }];
}

function evidence(counted: Partial<Evidence> & Pick<Evidence, 'window' | 'summary'>): Evidence {
  return { reviewIds: [], insufficientReviewIds: [], adviceIds: [], complaintIds: [], unpaidYears: [], needed: null, ...counted };
}

function byDayThenId<T extends { id: string }>(items: readonly T[], day: (item: T) => string): T[] {
  return [...items].sort((a, b) => compare(day(a), day(b)) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ids(items: ReadonlyArray<{ id: string }>): string[] {
  return items.map((item) => item.id);
}

function between(period: Period): string {
  return `tussen ${formatDate(period.from)} en ${formatDate(period.to)}`;
}

function dayList(days: string[]): string {
  return joinDutch(days.map((day) => formatDate(day)));
}

/** "a", "a en b", "a, b en c" */
function joinDutch(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}
