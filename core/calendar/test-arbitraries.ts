import fc from 'fast-check';
import { addDays, dayNumber, fromDayNumber, type IsoDay } from './days';
import type { CalendarSettings } from './settings';

/** fast-check arbitraries for the calendar's property tests: days in 1996-2026 and settings around them. */

export const FIRST_DAY = '1996-01-01';
export const LAST_DAY = '2026-12-31';

export const dayArb: fc.Arbitrary<IsoDay> = fc.integer({ min: dayNumber(FIRST_DAY), max: dayNumber(LAST_DAY) }).map(fromDayNumber);

export const momentArb: fc.Arbitrary<Date> = fc.date({
  min: new Date(`${FIRST_DAY}T00:00:00Z`),
  max: new Date(`${LAST_DAY}T23:59:59Z`),
  noInvalidDate: true,
});

const clockArb = (minHour: number, maxHour: number) =>
  fc
    .tuple(fc.integer({ min: minHour, max: maxHour }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** Settings whose closing days lie near `around`, where they can change an answer (bridge days, a closed week). */
export function settingsNear(around: IsoDay): fc.Arbitrary<CalendarSettings> {
  return fc.record({
    liberationDayOff: fc.boolean(),
    goodFridayOff: fc.boolean(),
    closingDays: fc.array(fc.integer({ min: -15, max: 60 }), { maxLength: 10 }).map((offsets) => offsets.map((o) => addDays(around, o))),
    officeOpens: clockArb(6, 10),
    officeCloses: clockArb(15, 21),
  });
}

/** A day and settings that fit it. */
export const dayWithSettingsArb = dayArb.chain((day) => settingsNear(day).map((s) => ({ day, s })));

/** A moment and settings whose closing days lie around its (UTC) day. */
export const momentWithSettingsArb = momentArb.chain((at) => settingsNear(at.toISOString().slice(0, 10)).map((s) => ({ at, s })));
