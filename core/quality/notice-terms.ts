import { addCalendarMonths, addDays } from '../calendar';
import { daysInMonth, isoDay, type IsoDay } from '../calendar/days';

/**
 * Q4 as pure functions: the membership year ends every year on the participant's month-day
 * ("12-31"); notice must be received at least one calendar month before that year end.
 */

export interface NoticeTerms {
  /** The membership year end on or after the day. */
  currentYearEnd: IsoDay;
  /** The last day notice for the current year end can be received (inclusive). */
  noticeDeadline: IsoDay;
  /** The year end that notice received on the day reaches: the current one, or else the next. */
  earliestEndDate: IsoDay;
}

/** The year end in a given year; "02-29" in a year without it is the last day of February. */
export function yearEndIn(year: number, monthDay: string): IsoDay {
  const [month, date] = monthDay.split('-').map(Number) as [number, number];
  return isoDay(year, month, Math.min(date, daysInMonth(year, month)));
}

/** Q4: the first membership year end on or after `day`. */
export function yearEndOnOrAfter(day: IsoDay, monthDay: string): IsoDay {
  const year = Number(day.slice(0, 4));
  const thisYear = yearEndIn(year, monthDay);
  return thisYear >= day ? thisYear : yearEndIn(year + 1, monthDay);
}

/** Q4: notice for a year end is on time up to and including one calendar month before it. */
export function noticeDeadlineFor(yearEnd: IsoDay): IsoDay {
  return addCalendarMonths(yearEnd, -1);
}

/** Q4: what notice received on `receivedOn` achieves. */
export function noticeTerms(receivedOn: IsoDay, monthDay: string): NoticeTerms {
  const currentYearEnd = yearEndOnOrAfter(receivedOn, monthDay);
  const noticeDeadline = noticeDeadlineFor(currentYearEnd);
  const earliestEndDate = receivedOn <= noticeDeadline ? currentYearEnd : yearEndOnOrAfter(addDays(currentYearEnd, 1), monthDay);
  return { currentYearEnd, noticeDeadline, earliestEndDate };
}
