import { daysInMonth, dayNumber, isoDay, type IsoDay } from './days';

/**
 * The same day of the month `n` months later (or earlier). A day the target month lacks becomes its last
 * day, so a term of one month from 31 January ends on 28 or 29 February and never spills into March.
 */
export function addCalendarMonths(day: IsoDay, n: number): IsoDay {
  if (!Number.isInteger(n)) throw new RangeError(`Aantal maanden moet een geheel getal zijn: ${n}`);
  dayNumber(day);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return isoDay(targetYear, targetMonth, Math.min(date, daysInMonth(targetYear, targetMonth)));
}
