import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLongDate, formatMoney } from './format';

describe('Dutch formats', () => {
  it('writes dates as dd-mm-jjjj in Europe/Amsterdam', () => {
    expect(formatDate('2026-11-21')).toBe('21-11-2026');
    // 23:30 UTC on 31 December is already 1 January in Woerden.
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('01-01-2027');
  });

  it('writes times in Dutch local time, summer time included', () => {
    expect(formatDateTime('2026-07-01T06:05:00Z')).toBe('01-07-2026 08:05');
    expect(formatDateTime('2026-01-01T06:05:00Z')).toBe('01-01-2026 07:05');
  });

  it('writes the long date used in letters', () => {
    expect(formatLongDate('2026-11-21')).toBe('21 november 2026');
  });

  it('writes money as € 1.234,56', () => {
    expect(formatMoney(123456)).toBe('€ 1.234,56');
    expect(formatMoney(2350)).toBe('€ 23,50');
  });
});
