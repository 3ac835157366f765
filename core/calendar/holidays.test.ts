import { describe, expect, it } from 'vitest';
import { addDays, isoDay, weekday } from './days';
import { publicHolidays } from './holidays';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from './settings';

const settings = (overrides: Partial<CalendarSettings> = {}): CalendarSettings => ({ ...DEFAULT_CALENDAR_SETTINGS, ...overrides });

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher), independent of date-holidays. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(year, month, day);
}

describe('Dutch public holidays', () => {
  it('2026: Pasen on 5 April, Hemelvaart on 14 May, Koningsdag on Monday 27 April', () => {
    expect(publicHolidays(2026, settings())).toEqual([
      { day: '2026-01-01', name: 'Nieuwjaarsdag' },
      { day: '2026-04-05', name: 'Eerste Paasdag' },
      { day: '2026-04-06', name: 'Tweede Paasdag' },
      { day: '2026-04-27', name: 'Koningsdag' },
      { day: '2026-05-14', name: 'Hemelvaartsdag' },
      { day: '2026-05-24', name: 'Eerste Pinksterdag' },
      { day: '2026-05-25', name: 'Tweede Pinksterdag' },
      { day: '2026-12-25', name: 'Eerste Kerstdag' },
      { day: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('2025: Koningsdag on Saturday 26 April because 27 April is a Sunday', () => {
    expect(weekday('2025-04-27')).toBe(0);
    expect(publicHolidays(2025, settings())).toEqual([
      { day: '2025-01-01', name: 'Nieuwjaarsdag' },
      { day: '2025-04-20', name: 'Eerste Paasdag' },
      { day: '2025-04-21', name: 'Tweede Paasdag' },
      { day: '2025-04-26', name: 'Koningsdag' },
      { day: '2025-05-29', name: 'Hemelvaartsdag' },
      { day: '2025-06-08', name: 'Eerste Pinksterdag' },
      { day: '2025-06-09', name: 'Tweede Pinksterdag' },
      { day: '2025-12-25', name: 'Eerste Kerstdag' },
      { day: '2025-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('Goede Vrijdag and Bevrijdingsdag count only when the settings say so', () => {
    const names = (s: CalendarSettings) => publicHolidays(2026, s).map((h) => `${h.day} ${h.name}`);
    expect(names(settings())).not.toContain('2026-04-03 Goede Vrijdag');
    expect(names(settings())).not.toContain('2026-05-05 Bevrijdingsdag');
    expect(names(settings({ goodFridayOff: true }))).toContain('2026-04-03 Goede Vrijdag');
    expect(names(settings({ goodFridayOff: true }))).not.toContain('2026-05-05 Bevrijdingsdag');
    expect(names(settings({ liberationDayOff: true }))).toContain('2026-05-05 Bevrijdingsdag');
    expect(names(settings({ liberationDayOff: true }))).not.toContain('2026-04-03 Goede Vrijdag');
    expect(names(settings({ goodFridayOff: true, liberationDayOff: true }))).toHaveLength(11);
  });

  it("closing days of the year are listed as 'Kantoor gesloten', in date order, once", () => {
    const s = settings({ closingDays: ['2026-05-15', '2026-12-24', '2027-01-02', '2026-05-15', '2026-12-25'] });
    const list = publicHolidays(2026, s);
    expect(list).toContainEqual({ day: '2026-05-15', name: 'Kantoor gesloten' });
    expect(list).toContainEqual({ day: '2026-12-24', name: 'Kantoor gesloten' });
    expect(list.filter((h) => h.day === '2026-05-15')).toHaveLength(1);
    expect(list.find((h) => h.day === '2026-12-25')?.name).toBe('Eerste Kerstdag');
    expect(list.some((h) => h.day.startsWith('2027'))).toBe(false);
    expect(list.map((h) => h.day)).toEqual([...list.map((h) => h.day)].sort());
  });

  it('before 2014 the monarch\'s day is Koninginnedag on 30 April, on the 29th when the 30th is a Sunday', () => {
    expect(publicHolidays(2013, settings())).toContainEqual({ day: '2013-04-30', name: 'Koninginnedag' });
    expect(publicHolidays(2006, settings())).toContainEqual({ day: '2006-04-29', name: 'Koninginnedag' });
    expect(publicHolidays(2014, settings())).toContainEqual({ day: '2014-04-26', name: 'Koningsdag' });
  });

  it('every year 1996-2026 has the nine days off in the right places', () => {
    for (let year = 1996; year <= 2026; year++) {
      const list = publicHolidays(year, settings({ goodFridayOff: true, liberationDayOff: true }));
      const dayOf = (name: string) => list.filter((h) => h.name === name).map((h) => h.day);
      const easter = easterSunday(year);
      expect(dayOf('Eerste Paasdag')).toEqual([easter]);
      expect(dayOf('Goede Vrijdag')).toEqual([addDays(easter, -2)]);
      expect(dayOf('Tweede Paasdag')).toEqual([addDays(easter, 1)]);
      expect(dayOf('Hemelvaartsdag')).toEqual([addDays(easter, 39)]);
      expect(dayOf('Eerste Pinksterdag')).toEqual([addDays(easter, 49)]);
      expect(dayOf('Tweede Pinksterdag')).toEqual([addDays(easter, 50)]);
      expect(dayOf('Nieuwjaarsdag')).toEqual([`${year}-01-01`]);
      expect(dayOf('Bevrijdingsdag')).toEqual([`${year}-05-05`]);
      expect(dayOf('Eerste Kerstdag')).toEqual([`${year}-12-25`]);
      expect(dayOf('Tweede Kerstdag')).toEqual([`${year}-12-26`]);
      const [name, official] = year >= 2014 ? ['Koningsdag', `${year}-04-27`] : ['Koninginnedag', `${year}-04-30`];
      expect(dayOf(name)).toEqual([weekday(official) === 0 ? addDays(official, -1) : official]);
      expect(list).toHaveLength(11);
    }
  });
});
