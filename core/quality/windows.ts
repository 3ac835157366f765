import { addCalendarMonths, addDays, type IsoDay } from '../calendar';
import type { Period, RuleSettings } from '../contracts/quality-rules';

/** Q3: the periods the termination rules count in. Both ends of a Period are included. Pure. */

export function isInPeriod(day: IsoDay, period: Period): boolean {
  // ISO days sort as strings.
  return period.from <= day && day <= period.to;
}

/** (end − n calendar months, end]: a day exactly n months back is outside, the day after it inside. */
function rollingMonths(end: IsoDay, months: number): Period {
  return { from: addDays(addCalendarMonths(end, -months), 1), to: end };
}

/** Q3 rule 1: the half year the reviews are counted in, never past the assessment day. */
export function reviewWindow(assessedOn: IsoDay, setting: RuleSettings['reviewWindow']): Period {
  if (setting === 'rolling') return rollingMonths(assessedOn, 6);
  const year = assessedOn.slice(0, 4);
  return { from: assessedOn.slice(5, 7) <= '06' ? `${year}-01-01` : `${year}-07-01`, to: assessedOn };
}

/** Q3 rules 2-4: "a year", never past the assessment day. */
export function yearWindow(assessedOn: IsoDay, setting: RuleSettings['yearWindow']): Period {
  if (setting === 'rolling') return rollingMonths(assessedOn, 12);
  return { from: `${assessedOn.slice(0, 4)}-01-01`, to: assessedOn };
}

/**
 * Q3 rule 4: "the last year" before a complaint: the twelve calendar months up to the day before it
 * was received. A review on the complaint day itself is not from before the complaint.
 */
export function yearBeforeComplaint(receivedOn: IsoDay): Period {
  return rollingMonths(addDays(receivedOn, -1), 12);
}
