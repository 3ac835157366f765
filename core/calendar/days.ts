/** Calendar days as 'YYYY-MM-DD' strings, free of time zones: a day is a date on the office wall calendar. */
export type IsoDay = string;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 0 = Sunday ... 6 = Saturday, as Date#getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Days since 1970-01-01. Counted at UTC noon so that no offset or leap second can tip a day over;
 * every calculation on days goes through this number.
 */
export function dayNumber(day: IsoDay): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Geen geldige datum (jjjj-mm-dd): ${day}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  // Date.UTC reads the years 0-99 as 1900-1999; no office day lies there.
  if (year < 1000 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) {
    throw new RangeError(`Geen geldige datum (jjjj-mm-dd): ${day}`);
  }
  return Math.floor(Date.UTC(year, month - 1, date, 12) / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDay {
  const at = new Date(n * MS_PER_DAY + MS_PER_DAY / 2);
  return isoDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

export function isoDay(year: number, month: number, date: number): IsoDay {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

export function isIsoDay(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0, 12)).getUTCDate();
}

export function weekdayOfDayNumber(n: number): Weekday {
  // 1970-01-01 was a Thursday.
  return ((((n + 4) % 7) + 7) % 7) as Weekday;
}

export function weekday(day: IsoDay): Weekday {
  return weekdayOfDayNumber(dayNumber(day));
}

/** The calendar year of a day number, without building a Date (hot loops ask this for every day). */
export function yearOfDayNumber(n: number): number {
  // Civil-from-days over 400-year eras (H. Hinnant), counting from 0000-03-01.
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchBasedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const year = yearOfEra + era * 400;
  return marchBasedMonth >= 10 ? year + 1 : year;
}

export function addDays(day: IsoDay, n: number): IsoDay {
  if (!Number.isInteger(n)) throw new RangeError(`Aantal dagen moet een geheel getal zijn: ${n}`);
  return fromDayNumber(dayNumber(day) + n);
}

export function addWeeks(day: IsoDay, n: number): IsoDay {
  if (!Number.isInteger(n)) throw new RangeError(`Aantal weken moet een geheel getal zijn: ${n}`);
  return addDays(day, n * 7);
}

/** Whole days from `from` to `to`; negative when `to` lies before `from`. */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return dayNumber(to) - dayNumber(from);
}
