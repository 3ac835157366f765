import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from './months';
import { dayArb } from './test-arbitraries';

describe('calendar months', () => {
  it('31 January + 1 month is the last day of February', () => {
    expect(addCalendarMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addCalendarMonths('2026-01-30', 1)).toBe('2026-02-28');
  });

  it('29 February in a leap year: one month on, one year on, four years on', () => {
    expect(addCalendarMonths('2028-02-29', 1)).toBe('2028-03-29');
    expect(addCalendarMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addCalendarMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addCalendarMonths('2028-03-31', -1)).toBe('2028-02-29');
  });

  it('crosses year ends both ways', () => {
    expect(addCalendarMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addCalendarMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addCalendarMonths('2026-05-31', -15)).toBe('2025-02-28');
    expect(addCalendarMonths('2026-05-31', 0)).toBe('2026-05-31');
  });

  it('never overflows into the next month and keeps the day when it exists, 1996-2026', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -36, max: 36 }), (day, n) => {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        const result = addCalendarMonths(day, n);
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect((ry * 12 + rm) - (y * 12 + m)).toBe(n);
        const lastDay = new Date(Date.UTC(ry, rm, 0)).getUTCDate();
        expect(rd).toBe(d <= lastDay ? d : lastDay);
      }),
      { numRuns: 2000 },
    );
  });
});
