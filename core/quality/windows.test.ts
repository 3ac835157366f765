import { describe, expect, it } from 'vitest';
import { isInPeriod, reviewWindow, yearBeforeComplaint, yearWindow } from './windows';

describe('Q3 rule windows', () => {
  it('Q3 rule 1: the rolling half year leaves out the day exactly six months back and takes the day after it', () => {
    const window = reviewWindow('2026-11-21', 'rolling');
    expect(window).toEqual({ from: '2026-05-22', to: '2026-11-21' });
    expect(isInPeriod('2026-05-21', window)).toBe(false);
    expect(isInPeriod('2026-05-22', window)).toBe(true);
    expect(isInPeriod('2026-11-21', window)).toBe(true);
    expect(isInPeriod('2026-11-22', window)).toBe(false);
  });

  it('Q3 rule 1: at the end of the month six months back is the last day of February (28 or 29), so the window opens on 1 March', () => {
    expect(reviewWindow('2026-08-31', 'rolling')).toEqual({ from: '2026-03-01', to: '2026-08-31' });
    expect(reviewWindow('2028-08-31', 'rolling')).toEqual({ from: '2028-03-01', to: '2028-08-31' });
    expect(reviewWindow('2026-08-30', 'rolling')).toEqual({ from: '2026-03-01', to: '2026-08-30' });
  });

  it('Q3 rule 1: the calendar half year runs from 1 January or 1 July up to the assessment day', () => {
    expect(reviewWindow('2026-07-03', 'calendar_half_year')).toEqual({ from: '2026-07-01', to: '2026-07-03' });
    expect(reviewWindow('2026-06-30', 'calendar_half_year')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(reviewWindow('2026-01-01', 'calendar_half_year')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(reviewWindow('2026-12-31', 'calendar_half_year')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });

  it('Q3 rules 2-4: the rolling year leaves out the day exactly twelve months back; the calendar year starts on 1 January', () => {
    expect(yearWindow('2026-11-21', 'rolling')).toEqual({ from: '2025-11-22', to: '2026-11-21' });
    expect(yearWindow('2028-02-29', 'rolling')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(yearWindow('2026-11-21', 'calendar_year')).toEqual({ from: '2026-01-01', to: '2026-11-21' });
  });

  it('Q3 rule 4: the year before a complaint ends the day before it was received', () => {
    expect(yearBeforeComplaint('2026-10-10')).toEqual({ from: '2025-10-10', to: '2026-10-09' });
    expect(yearBeforeComplaint('2026-03-01')).toEqual({ from: '2025-03-01', to: '2026-02-28' });
  });
});
