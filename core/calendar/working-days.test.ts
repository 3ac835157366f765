import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './days';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from './settings';
import { dayWithSettingsArb } from './test-arbitraries';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  previousWorkingDay,
  rollDeadline,
  workingDaysBetween,
} from './working-days';

const settings = (overrides: Partial<CalendarSettings> = {}): CalendarSettings => ({ ...DEFAULT_CALENDAR_SETTINGS, ...overrides });
const D = settings();

describe('working days', () => {
  it('Monday to Friday work; weekends and holidays say why not', () => {
    expect(nonWorkingReason('2026-04-08', D)).toBeNull();
    expect(nonWorkingReason('2026-04-11', D)).toBe('Zaterdag');
    expect(nonWorkingReason('2026-04-12', D)).toBe('Zondag');
    expect(nonWorkingReason('2026-04-06', D)).toBe('Tweede Paasdag');
    expect(nonWorkingReason('2026-04-05', D)).toBe('Eerste Paasdag');
    expect(nonWorkingReason('2025-04-26', D)).toBe('Koningsdag');
    expect(isWorkingDay('2026-04-08', D)).toBe(true);
    expect(isWorkingDay('2026-05-14', D)).toBe(false);
  });

  it('Goede Vrijdag, Bevrijdingsdag and closing days are days off by setting only', () => {
    expect(isWorkingDay('2026-04-03', D)).toBe(true);
    expect(nonWorkingReason('2026-04-03', settings({ goodFridayOff: true }))).toBe('Goede Vrijdag');
    expect(isWorkingDay('2026-05-05', D)).toBe(true);
    expect(nonWorkingReason('2026-05-05', settings({ liberationDayOff: true }))).toBe('Bevrijdingsdag');
    expect(isWorkingDay('2026-05-15', D)).toBe(true);
    expect(nonWorkingReason('2026-05-15', settings({ closingDays: ['2026-05-15'] }))).toBe('Kantoor gesloten');
  });

  it('next and previous working day skip holidays and a bridge day', () => {
    const bridge = settings({ closingDays: ['2026-05-15'] });
    expect(nextWorkingDay('2026-05-13', D)).toBe('2026-05-15');
    expect(nextWorkingDay('2026-05-13', bridge)).toBe('2026-05-18');
    expect(previousWorkingDay('2026-05-18', bridge)).toBe('2026-05-13');
    expect(nextWorkingDay('2026-12-24', D)).toBe('2026-12-28');
    expect(previousWorkingDay('2026-04-07', D)).toBe('2026-04-03');
    expect(previousWorkingDay('2026-04-07', settings({ goodFridayOff: true }))).toBe('2026-04-02');
  });

  it('adds working days over Easter', () => {
    expect(addWorkingDays('2026-04-02', 1, D)).toBe('2026-04-03');
    expect(addWorkingDays('2026-04-02', 2, D)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-02', 1, settings({ goodFridayOff: true }))).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-01', 10, D)).toBe('2026-04-16');
  });

  it('adding zero working days rolls a day off forward; a negative count is refused', () => {
    expect(addWorkingDays('2026-04-08', 0, D)).toBe('2026-04-08');
    expect(addWorkingDays('2026-04-04', 0, D)).toBe('2026-04-07');
    expect(() => addWorkingDays('2026-04-08', -1, D)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-04-08', 1.5, D)).toThrow(RangeError);
  });

  it('counts working days in (from, to], negative backwards', () => {
    expect(workingDaysBetween('2026-04-02', '2026-04-09', D)).toBe(4);
    expect(workingDaysBetween('2026-04-09', '2026-04-02', D)).toBe(-4);
    expect(workingDaysBetween('2026-04-09', '2026-04-09', D)).toBe(0);
    expect(workingDaysBetween('2026-04-03', '2026-04-06', D)).toBe(0);
  });

  it('rolls a deadline on a day off to the next working day, or the previous when asked', () => {
    expect(rollDeadline('2026-04-27', D)).toBe('2026-04-28');
    expect(rollDeadline('2026-04-27', D, 'previous')).toBe('2026-04-24');
    expect(rollDeadline('2026-04-28', D, 'previous')).toBe('2026-04-28');
    expect(rollDeadline('2026-12-25', D)).toBe('2026-12-28');
  });

  it('refuses settings that close the office for good', () => {
    const closedForever = settings({ closingDays: Array.from({ length: 4000 }, (_, i) => addDays('2026-01-01', i)) });
    expect(() => nextWorkingDay('2026-01-01', closedForever)).toThrow(RangeError);
  });
});

describe('working days: properties over 1996-2026 with random settings', () => {
  const noWorkingDayStrictlyBetween = (a: string, b: string, s: CalendarSettings) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    for (let d = addDays(low, 1); d < high; d = addDays(d, 1)) expect(isWorkingDay(d, s)).toBe(false);
  };

  it('rollDeadline gives a working day, keeps a working day, and skips no working day', () => {
    fc.assert(
      fc.property(dayWithSettingsArb, fc.constantFrom('next' as const, 'previous' as const), ({ day, s }, direction) => {
        const rolled = rollDeadline(day, s, direction);
        expect(isWorkingDay(rolled, s)).toBe(true);
        if (isWorkingDay(day, s)) expect(rolled).toBe(day);
        if (direction === 'next') expect(rolled >= day).toBe(true);
        else expect(rolled <= day).toBe(true);
        noWorkingDayStrictlyBetween(day, rolled, s);
      }),
      { numRuns: 2000 },
    );
  });

  it('a reason is given exactly for the days that are not working days', () => {
    fc.assert(
      fc.property(dayWithSettingsArb, ({ day, s }) => {
        expect(nonWorkingReason(day, s) === null).toBe(isWorkingDay(day, s));
      }),
      { numRuns: 2000 },
    );
  });

  it('addWorkingDays(d, n) is a working day with exactly n working days in (d, result]', () => {
    fc.assert(
      fc.property(dayWithSettingsArb, fc.integer({ min: 1, max: 40 }), ({ day, s }, n) => {
        const result = addWorkingDays(day, n, s);
        expect(isWorkingDay(result, s)).toBe(true);
        expect(result > day).toBe(true);
        expect(workingDaysBetween(day, result, s)).toBe(n);
        expect(addWorkingDays(day, 0, s)).toBe(rollDeadline(day, s));
      }),
      { numRuns: 1000 },
    );
  });

  it('next and previous working day are the nearest working days strictly after and before', () => {
    fc.assert(
      fc.property(dayWithSettingsArb, ({ day, s }) => {
        const next = nextWorkingDay(day, s);
        const previous = previousWorkingDay(day, s);
        expect(next > day && previous < day).toBe(true);
        expect(isWorkingDay(next, s) && isWorkingDay(previous, s)).toBe(true);
        noWorkingDayStrictlyBetween(day, next, s);
        noWorkingDayStrictlyBetween(previous, day, s);
      }),
      { numRuns: 1000 },
    );
  });

  it('workingDaysBetween is antisymmetric and adds up', () => {
    fc.assert(
      fc.property(dayWithSettingsArb, fc.integer({ min: -60, max: 60 }), fc.integer({ min: -60, max: 60 }), ({ day, s }, i, j) => {
        const b = addDays(day, i);
        const c = addDays(day, j);
        expect(workingDaysBetween(b, day, s) + workingDaysBetween(day, b, s)).toBe(0);
        expect(workingDaysBetween(day, b, s) + workingDaysBetween(b, c, s)).toBe(workingDaysBetween(day, c, s));
      }),
      { numRuns: 1000 },
    );
  });
});
