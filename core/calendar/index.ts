/** The office calendar: working days, Dutch public holidays, office hours and deadline rolling. Pure, no I/O. */
import type { IsoDay } from './days';

export { addDays, addWeeks, daysBetween, isIsoDay, weekday, type IsoDay, type Weekday } from './days';
export { addCalendarMonths } from './months';
export { CLOSING_DAY_NAME, publicHolidays } from './holidays';
export { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from './settings';
export {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  previousWorkingDay,
  rollDeadline,
  workingDaysBetween,
  type RollDirection,
} from './working-days';
export { OFFICE_TIME_ZONE, clockMinutes, handlingDay, isWithinOfficeHours, officeTime } from './office-hours';

/** A day the office does not work, with the Dutch reason ('Zaterdag', 'Tweede Paasdag', 'Kantoor gesloten'). */
export interface NonWorkingReason {
  day: IsoDay;
  name: string;
}
