import type { IsoDay } from './days';
import type { CalendarSettings } from './settings';
import { isWorkingDay, nextWorkingDay } from './working-days';

export const OFFICE_TIME_ZONE = 'Europe/Amsterdam';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

// One formatter for all calls: building one costs far more than using it.
const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: OFFICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 'HH:MM' as minutes after midnight. */
export function clockMinutes(clock: string): number {
  const match = CLOCK.exec(clock);
  if (!match) throw new RangeError(`Geen geldige tijd (uu:mm): ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The office's wall-clock day and minutes after midnight at a moment, summer time included. */
export function officeTime(at: Date): { day: IsoDay; minutes: number } {
  if (Number.isNaN(at.getTime())) throw new RangeError('Geen geldig tijdstip');
  const parts: Record<string, string> = {};
  for (const part of wallClock.formatToParts(at)) parts[part.type] = part.value;
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** A working day, from opening time up to (not including) closing time. */
export function isWithinOfficeHours(at: Date, s: CalendarSettings): boolean {
  const { day, minutes } = officeTime(at);
  return isWorkingDay(day, s) && clockMinutes(s.officeOpens) <= minutes && minutes < clockMinutes(s.officeCloses);
}

/**
 * The working day on which something arriving at `at` is handled: that day when it is a working day and
 * before closing time (early arrivals wait for opening the same day), otherwise the next working day.
 */
export function handlingDay(at: Date, s: CalendarSettings): IsoDay {
  const { day, minutes } = officeTime(at);
  if (isWorkingDay(day, s) && minutes < clockMinutes(s.officeCloses)) return day;
  return nextWorkingDay(day, s);
}
