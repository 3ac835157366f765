import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './days';
import { clockMinutes, handlingDay, isWithinOfficeHours, officeTime } from './office-hours';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from './settings';
import { momentArb, momentWithSettingsArb } from './test-arbitraries';
import { isWorkingDay } from './working-days';

const D = DEFAULT_CALENDAR_SETTINGS;
const at = (isoWithOffset: string) => new Date(isoWithOffset);

/** Europe/Amsterdam by the EU rule (since 1996): summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function amsterdamOffsetMinutes(moment: Date): number {
  const year = moment.getUTCFullYear();
  const lastSundayAtOneUtc = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0, 1));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  const t = moment.getTime();
  return t >= lastSundayAtOneUtc(2) && t < lastSundayAtOneUtc(9) ? 120 : 60;
}

describe('office hours', () => {
  it('reads the Amsterdam wall clock in winter (UTC+1) and summer (UTC+2)', () => {
    expect(officeTime(at('2026-01-15T06:59:00Z'))).toEqual({ day: '2026-01-15', minutes: 7 * 60 + 59 });
    expect(officeTime(at('2026-07-15T05:59:00Z'))).toEqual({ day: '2026-07-15', minutes: 7 * 60 + 59 });
    expect(officeTime(at('2026-07-14T22:30:00Z'))).toEqual({ day: '2026-07-15', minutes: 30 });
    expect(officeTime(at('2026-01-14T23:00:00Z'))).toEqual({ day: '2026-01-15', minutes: 0 });
  });

  it('follows the clock changes of 29 March and 25 October 2026', () => {
    expect(officeTime(at('2026-03-29T00:59:00Z')).minutes).toBe(1 * 60 + 59);
    expect(officeTime(at('2026-03-29T01:00:00Z')).minutes).toBe(3 * 60);
    expect(officeTime(at('2026-10-25T00:59:00Z')).minutes).toBe(2 * 60 + 59);
    expect(officeTime(at('2026-10-25T01:00:00Z')).minutes).toBe(2 * 60);
  });

  for (const [season, day, offset] of [
    ['winter', '2026-01-15', '+01:00'],
    ['summer', '2026-07-15', '+02:00'],
    ['the Friday before summer time', '2026-03-27', '+01:00'],
    ['the Monday after summer time starts', '2026-03-30', '+02:00'],
    ['the Friday before winter time', '2026-10-23', '+02:00'],
    ['the Monday after winter time starts', '2026-10-26', '+01:00'],
  ] as const) {
    it(`open from 08:00 up to 17:30 Amsterdam time in ${season}`, () => {
      expect(isWithinOfficeHours(at(`${day}T07:59:59${offset}`), D)).toBe(false);
      expect(isWithinOfficeHours(at(`${day}T08:00:00${offset}`), D)).toBe(true);
      expect(isWithinOfficeHours(at(`${day}T17:29:59${offset}`), D)).toBe(true);
      expect(isWithinOfficeHours(at(`${day}T17:30:00${offset}`), D)).toBe(false);
    });
  }

  it('is closed all day on a day off and follows changed hours', () => {
    expect(isWithinOfficeHours(at('2026-04-06T10:00:00+02:00'), D)).toBe(false);
    expect(isWithinOfficeHours(at('2026-01-17T10:00:00+01:00'), D)).toBe(false);
    const longer: CalendarSettings = { ...D, officeOpens: '07:30', officeCloses: '20:00' };
    expect(isWithinOfficeHours(at('2026-01-15T07:30:00+01:00'), longer)).toBe(true);
    expect(isWithinOfficeHours(at('2026-01-15T19:59:00+01:00'), longer)).toBe(true);
    expect(() => clockMinutes('8:00')).toThrow(RangeError);
    expect(() => clockMinutes('24:00')).toThrow(RangeError);
  });

  it('handles arrivals on the same working day until closing time, later ones on the next working day', () => {
    expect(handlingDay(at('2026-06-10T06:00:00+02:00'), D)).toBe('2026-06-10');
    expect(handlingDay(at('2026-06-10T17:29:00+02:00'), D)).toBe('2026-06-10');
    expect(handlingDay(at('2026-06-10T17:30:00+02:00'), D)).toBe('2026-06-11');
    expect(handlingDay(at('2026-06-12T18:00:00+02:00'), D)).toBe('2026-06-15');
    expect(handlingDay(at('2026-06-13T11:00:00+02:00'), D)).toBe('2026-06-15');
    expect(handlingDay(at('2026-05-13T18:00:00+02:00'), D)).toBe('2026-05-15');
    expect(handlingDay(at('2026-01-15T23:30:00Z'), D)).toBe('2026-01-16');
  });
});

describe('office hours: properties over 1996-2026', () => {
  it('officeTime agrees with the EU summer time rule', () => {
    fc.assert(
      fc.property(momentArb, (moment) => {
        const local = new Date(moment.getTime() + amsterdamOffsetMinutes(moment) * 60_000);
        expect(officeTime(moment)).toEqual({
          day: local.toISOString().slice(0, 10),
          minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('handlingDay is a working day on or after the Amsterdam day, with no working day skipped', () => {
    fc.assert(
      fc.property(momentWithSettingsArb, ({ at: moment, s }) => {
        const { day } = officeTime(moment);
        const handled = handlingDay(moment, s);
        expect(isWorkingDay(handled, s)).toBe(true);
        expect(handled >= day).toBe(true);
        for (let d = addDays(day, 1); d < handled; d = addDays(d, 1)) expect(isWorkingDay(d, s)).toBe(false);
        if (isWithinOfficeHours(moment, s)) expect(handled).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});
