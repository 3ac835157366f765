import { dayNumber, fromDayNumber, weekdayOfDayNumber, type IsoDay } from './days';
import { CLOSING_DAY_NAME, closingDaySet, holidayOn } from './holidays';
import type { CalendarSettings } from './settings';

export type RollDirection = 'next' | 'previous';

/** A run of non-working days longer than this means the settings close the office for good. */
const MAX_DAYS_WITHOUT_WORK = 3 * 366;

function reasonAt(n: number, s: CalendarSettings): string | null {
  const holiday = holidayOn(n, s);
  if (holiday) return holiday.name;
  if (closingDaySet(s).has(n)) return CLOSING_DAY_NAME;
  const weekday = weekdayOfDayNumber(n);
  if (weekday === 6) return 'Zaterdag';
  if (weekday === 0) return 'Zondag';
  return null;
}

function isWorkingAt(n: number, s: CalendarSettings): boolean {
  const weekday = weekdayOfDayNumber(n);
  if (weekday === 0 || weekday === 6) return false;
  return !holidayOn(n, s) && !closingDaySet(s).has(n);
}

function stepToWorkingDay(n: number, step: 1 | -1, s: CalendarSettings): number {
  let current = n + step;
  for (let i = 0; !isWorkingAt(current, s); i++) {
    if (i > MAX_DAYS_WITHOUT_WORK) throw new RangeError(`Geen werkdag te vinden vanaf ${fromDayNumber(n)}`);
    current += step;
  }
  return current;
}

/** Why the office does not work on this day (holiday name, 'Kantoor gesloten', 'Zaterdag', 'Zondag'), or null. */
export function nonWorkingReason(day: IsoDay, s: CalendarSettings): string | null {
  return reasonAt(dayNumber(day), s);
}

export function isWorkingDay(day: IsoDay, s: CalendarSettings): boolean {
  return isWorkingAt(dayNumber(day), s);
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(day: IsoDay, s: CalendarSettings): IsoDay {
  return fromDayNumber(stepToWorkingDay(dayNumber(day), 1, s));
}

/** The last working day strictly before `day`. */
export function previousWorkingDay(day: IsoDay, s: CalendarSettings): IsoDay {
  return fromDayNumber(stepToWorkingDay(dayNumber(day), -1, s));
}

/**
 * The n-th working day after `day`. With n = 0 the day itself, moved forward when it is not a working day.
 */
export function addWorkingDays(day: IsoDay, n: number, s: CalendarSettings): IsoDay {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Aantal werkdagen moet een geheel getal van 0 of meer zijn: ${n}`);
  let current = dayNumber(day);
  if (n === 0) return isWorkingAt(current, s) ? day : fromDayNumber(stepToWorkingDay(current, 1, s));
  for (let counted = 0; counted < n; counted++) current = stepToWorkingDay(current, 1, s);
  return fromDayNumber(current);
}

/** Working days in (from, to]; negative when `to` lies before `from`. Counts the working days a deadline is overdue. */
export function workingDaysBetween(from: IsoDay, to: IsoDay, s: CalendarSettings): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let n = low + 1; n <= high; n++) if (isWorkingAt(n, s)) count++;
  return count === 0 ? 0 : sign * count;
}

/**
 * A deadline that falls on a non-working day moves to the next working day, as the Algemene termijnenwet
 * extends a legal term; internal targets may choose the previous working day instead. A working day stays.
 */
export function rollDeadline(day: IsoDay, s: CalendarSettings, direction: RollDirection = 'next'): IsoDay {
  const n = dayNumber(day);
  if (isWorkingAt(n, s)) return day;
  return fromDayNumber(stepToWorkingDay(n, direction === 'next' ? 1 : -1, s));
}
