import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addWeeks, dayNumber, daysBetween, fromDayNumber, isIsoDay, weekday, yearOfDayNumber } from './days';
import { dayArb } from './test-arbitraries';

describe('days', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addWeeks('2026-03-02', 6)).toBe('2026-04-13');
  });

  it('keeps days whole over the daylight saving changes', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekday('2026-04-05')).toBe(0);
    expect(weekday('2025-04-26')).toBe(6);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-31')).toBe(3);
  });

  it('refuses what is not a calendar day', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '26-04-01', '2026-4-1', '', '0099-01-01']) {
      expect(isIsoDay(bad)).toBe(false);
      expect(() => addDays(bad, 1)).toThrow(RangeError);
    }
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('day numbers agree with Date and round-trip, 1996-2026', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -400, max: 400 }), (day, n) => {
        expect(fromDayNumber(dayNumber(day))).toBe(day);
        expect(yearOfDayNumber(dayNumber(day))).toBe(Number(day.slice(0, 4)));
        expect(weekday(day)).toBe(new Date(`${day}T12:00:00Z`).getUTCDay());
        const later = addDays(day, n);
        expect(daysBetween(day, later)).toBe(n);
        expect(later).toBe(new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });
});
