import { describe, expect, it } from 'vitest';
import { amsterdamLocal, instantFromAmsterdamLocal } from './local-time';

describe('Woerden wall-clock time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(instantFromAmsterdamLocal('2026-01-15T09:00').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(instantFromAmsterdamLocal('2026-07-15T09:00').toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  it('keeps the wall clock on both sides of the October change', () => {
    expect(instantFromAmsterdamLocal('2026-10-24T17:30').toISOString()).toBe('2026-10-24T15:30:00.000Z');
    expect(instantFromAmsterdamLocal('2026-10-26T17:30').toISOString()).toBe('2026-10-26T16:30:00.000Z');
  });

  it('round-trips every quarter hour of a year', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 15 * 60_000) {
      const local = amsterdamLocal(new Date(ms));
      const back = instantFromAmsterdamLocal(local);
      // The repeated hour in October maps to one of its two instants; the wall clock is the same.
      expect(amsterdamLocal(back)).toBe(local);
    }
  });
});
