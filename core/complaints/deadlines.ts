import {
  DEFAULT_CALENDAR_SETTINGS,
  addCalendarMonths,
  addWeeks,
  addWorkingDays,
  daysBetween,
  handlingDay,
  rollDeadline,
  type CalendarSettings,
  type IsoDay,
  type RollDirection,
} from '../calendar';

/** Deadlines of the complaint procedure (K8-K13) and of mediation (B2), on the office calendar. Pure. */

export interface DeadlineSettings extends CalendarSettings {
  /** How our own targets (K8, K10, K12, K13) roll off a non-working day. */
  internalTargetRoll: RollDirection;
  /** K13: the month for the decision counts from receipt of the appeal, or from the hearing. */
  decisionCountsFrom: 'appeal' | 'hearing';
  /** B2: working days the provider gets to respond. */
  mediationResponseWorkingDays: number;
}

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = Object.freeze({
  ...DEFAULT_CALENDAR_SETTINGS,
  internalTargetRoll: 'next',
  decisionCountsFrom: 'appeal',
  mediationResponseWorkingDays: 10,
});

export type DeadlineRule = 'K8' | 'K10' | 'K11' | 'K12' | 'K13' | 'B2';

export interface Deadline {
  due: IsoDay;
  /** The rule that set the deadline. */
  rule: DeadlineRule;
}

/** K8: the first call is made on the day of forwarding; after closing time or on a day off, the next working day. */
export function firstCallDue(forwardedAt: Date, s: DeadlineSettings): Deadline {
  return { due: handlingDay(forwardedAt, s), rule: 'K8' };
}

/** K10: the written answer within six weeks after receipt. */
export function writtenAnswerDue(receivedOn: IsoDay, s: DeadlineSettings): Deadline {
  return { due: rollDeadline(addWeeks(receivedOn, 6), s, s.internalTargetRoll), rule: 'K10' };
}

/**
 * K11: the appeal is due within one month after the complainant received the answer. We count from the day
 * it was sent, which never shortens the term. The complainant's term always rolls forward (Algemene termijnenwet).
 */
export function appealWindowEnd(answerSentOn: IsoDay, s: DeadlineSettings): Deadline {
  return { due: rollDeadline(addCalendarMonths(answerSentOn, 1), s, 'next'), rule: 'K11' };
}

/** K11: an appeal received after the window is recorded but marked late. */
export function isAppealLate(answerSentOn: IsoDay, appealReceivedOn: IsoDay, s: DeadlineSettings): boolean {
  return daysBetween(appealWindowEnd(answerSentOn, s).due, appealReceivedOn) > 0;
}

/** K13: the decision within one month of the appeal's receipt, or of the hearing when the setting says so and it was held. */
export function decisionDue(appealReceivedOn: IsoDay, hearingOn: IsoDay | null, s: DeadlineSettings): Deadline {
  const from = s.decisionCountsFrom === 'hearing' && hearingOn !== null ? hearingOn : appealReceivedOn;
  return { due: rollDeadline(addCalendarMonths(from, 1), s, s.internalTargetRoll), rule: 'K13' };
}

export const HEARING_REPORT_WORKING_DAYS = 5;

/** K12: the hearing report, an internal target of five working days after the hearing. */
export function hearingReportDue(hearingOn: IsoDay, s: DeadlineSettings): Deadline {
  return { due: addWorkingDays(hearingOn, HEARING_REPORT_WORKING_DAYS, s), rule: 'K12' };
}

/** B2: the provider's response to the complaint put to them (hoor en wederhoor). */
export function mediationResponseDue(requestedOn: IsoDay, s: DeadlineSettings): Deadline {
  return { due: addWorkingDays(requestedOn, s.mediationResponseWorkingDays, s), rule: 'B2' };
}
