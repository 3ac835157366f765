import Holidays from 'date-holidays';
import { dayNumber, yearOfDayNumber, type IsoDay } from './days';
import type { CalendarSettings } from './settings';

/**
 * Dutch public holidays from date-holidays (NL), under our own Dutch names. Only the days off that always
 * count are taken from its 'public' entries; Goede Vrijdag and Bevrijdingsdag are listed there as school
 * holidays and count only through the settings goodFridayOff and liberationDayOff.
 */

export type HolidayKind = 'public' | 'goodFriday' | 'liberation';

export interface HolidayEntry {
  day: IsoDay;
  dayNumber: number;
  name: string;
  kind: HolidayKind;
}

interface YearHolidays {
  list: readonly HolidayEntry[];
  byDayNumber: ReadonlyMap<number, HolidayEntry>;
}

/** date-holidays' rules (before any 'if'/'since' clause) to our names and kinds. */
const KNOWN_RULES: Record<string, { name: string; kind: HolidayKind }> = {
  '01-01': { name: 'Nieuwjaarsdag', kind: 'public' },
  'easter -2': { name: 'Goede Vrijdag', kind: 'goodFriday' },
  easter: { name: 'Eerste Paasdag', kind: 'public' },
  'easter 1': { name: 'Tweede Paasdag', kind: 'public' },
  '04-30': { name: 'Koninginnedag', kind: 'public' },
  '04-27': { name: 'Koningsdag', kind: 'public' },
  '05-05': { name: 'Bevrijdingsdag', kind: 'liberation' },
  'easter 39': { name: 'Hemelvaartsdag', kind: 'public' },
  'easter 49': { name: 'Eerste Pinksterdag', kind: 'public' },
  'easter 50': { name: 'Tweede Pinksterdag', kind: 'public' },
  '12-25': { name: 'Eerste Kerstdag', kind: 'public' },
  '12-26': { name: 'Tweede Kerstdag', kind: 'public' },
};

let source: Holidays | undefined;
const cache = new Map<number, YearHolidays>();

function ruleKey(rule: string): string {
  return rule.split(/ (?:if|since) /)[0]!.trim();
}

function load(year: number): YearHolidays {
  source ??= new Holidays('NL', { languages: ['nl'] });
  const list: HolidayEntry[] = [];
  for (const holiday of source.getHolidays(year, 'nl')) {
    const known = KNOWN_RULES[ruleKey(holiday.rule)];
    // A public holiday the data gains later still counts, under the data's own name.
    const entry = known ?? (holiday.type === 'public' ? { name: holiday.name, kind: 'public' as const } : undefined);
    if (!entry) continue;
    if (known && known.kind === 'public' && holiday.type !== 'public') continue;
    const day = holiday.date.slice(0, 10);
    list.push({ day, dayNumber: dayNumber(day), name: entry.name, kind: entry.kind });
  }
  list.sort((a, b) => a.dayNumber - b.dayNumber);
  return { list, byDayNumber: new Map(list.map((h) => [h.dayNumber, h])) };
}

/** Every candidate day off of a year, before settings; computed once per year. */
export function holidaysOfYear(year: number): YearHolidays {
  let found = cache.get(year);
  if (!found) {
    found = load(year);
    cache.set(year, found);
  }
  return found;
}

export function countsAsDayOff(entry: HolidayEntry, s: CalendarSettings): boolean {
  if (entry.kind === 'goodFriday') return s.goodFridayOff;
  if (entry.kind === 'liberation') return s.liberationDayOff;
  return true;
}

/** The holiday that makes this day a day off under the settings, if any. */
export function holidayOn(n: number, s: CalendarSettings): HolidayEntry | undefined {
  const entry = holidaysOfYear(yearOfDayNumber(n)).byDayNumber.get(n);
  return entry && countsAsDayOff(entry, s) ? entry : undefined;
}

const closingSets = new WeakMap<readonly IsoDay[], ReadonlySet<number>>();

/** Closing days as day numbers, kept per settings array so hot loops do not parse them again. */
export function closingDaySet(s: CalendarSettings): ReadonlySet<number> {
  let set = closingSets.get(s.closingDays);
  if (!set) {
    set = new Set(s.closingDays.map(dayNumber));
    closingSets.set(s.closingDays, set);
  }
  return set;
}

export const CLOSING_DAY_NAME = 'Kantoor gesloten';

/** The days off of a year under the settings, in date order: public holidays, the chosen ones and closing days. */
export function publicHolidays(year: number, s: CalendarSettings): { day: IsoDay; name: string }[] {
  const days = holidaysOfYear(year)
    .list.filter((h) => countsAsDayOff(h, s))
    .map((h) => ({ day: h.day, name: h.name }));
  const taken = new Set(days.map((h) => h.day));
  const prefix = `${String(year).padStart(4, '0')}-`;
  for (const day of new Set(s.closingDays)) {
    if (day.startsWith(prefix) && !taken.has(day)) days.push({ day, name: CLOSING_DAY_NAME });
  }
  return days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
