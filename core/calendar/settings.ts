import type { IsoDay } from './days';

export interface CalendarSettings {
  /** Bevrijdingsdag (5 May) is a day off; many employers give it only once every five years. */
  liberationDayOff: boolean;
  /** Goede Vrijdag is a day off; it is not a general public holiday in the Netherlands. */
  goodFridayOff: boolean;
  /** Days the office is closed, such as the Friday after Hemelvaartsdag. */
  closingDays: readonly IsoDay[];
  /** 'HH:MM', Europe/Amsterdam wall clock. */
  officeOpens: string;
  /** 'HH:MM', Europe/Amsterdam wall clock; the office is closed from this minute on. */
  officeCloses: string;
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = Object.freeze({
  liberationDayOff: false,
  goodFridayOff: false,
  closingDays: Object.freeze([]) as readonly IsoDay[],
  officeOpens: '08:00',
  officeCloses: '17:30',
});
