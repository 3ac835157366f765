import { describe, expect, it } from 'vitest';
import { noticeDeadlineFor, noticeTerms, yearEndIn, yearEndOnOrAfter } from './notice-terms';

describe('Q4: the membership year and the notice term', () => {
  it('Q4: the year end is the first occurrence of the participant\'s month-day on or after the day', () => {
    expect(yearEndOnOrAfter('2026-11-23', '12-31')).toBe('2026-12-31');
    expect(yearEndOnOrAfter('2026-12-31', '12-31')).toBe('2026-12-31');
    expect(yearEndOnOrAfter('2027-01-01', '12-31')).toBe('2027-12-31');
    expect(yearEndOnOrAfter('2026-07-01', '06-30')).toBe('2027-06-30');
  });

  it('Q4: a year end on 29 February falls on 28 February in a year without it', () => {
    expect(yearEndIn(2027, '02-29')).toBe('2027-02-28');
    expect(yearEndIn(2028, '02-29')).toBe('2028-02-29');
  });

  it('Q4: notice must be received one calendar month before the year end, that day included', () => {
    expect(noticeDeadlineFor('2026-12-31')).toBe('2026-11-30');
    expect(noticeDeadlineFor('2027-03-31')).toBe('2027-02-28');
    expect(noticeTerms('2026-11-30', '12-31')).toEqual({ currentYearEnd: '2026-12-31', noticeDeadline: '2026-11-30', earliestEndDate: '2026-12-31' });
  });

  it('Q4: notice later than one month before the year end reaches the following year end', () => {
    expect(noticeTerms('2026-12-01', '12-31')).toEqual({ currentYearEnd: '2026-12-31', noticeDeadline: '2026-11-30', earliestEndDate: '2027-12-31' });
    expect(noticeTerms('2026-12-31', '12-31').earliestEndDate).toBe('2027-12-31');
    expect(noticeTerms('2027-06-15', '06-30')).toEqual({ currentYearEnd: '2027-06-30', noticeDeadline: '2027-05-30', earliestEndDate: '2028-06-30' });
  });
});
