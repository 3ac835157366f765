import { describe, expect, it } from 'vitest';
import { afterFailedAttempt, isLocked, UNLOCKED, type LockState } from './lockout';

const t0 = new Date('2026-11-21T09:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

function failTimes(n: number, at = t0, from: LockState = UNLOCKED): LockState {
  let state = from;
  for (let i = 0; i < n; i++) state = afterFailedAttempt(state, at);
  return state;
}

describe('S1: sign-in lockout', () => {
  it('four wrong passwords do not lock the account', () => {
    expect(isLocked(failTimes(4), t0)).toBe(false);
  });

  it('the fifth wrong password locks it for 15 minutes', () => {
    const state = failTimes(5);
    expect(isLocked(state, t0)).toBe(true);
    expect(isLocked(state, minutes(14.9))).toBe(true);
    expect(isLocked(state, minutes(15))).toBe(false);
  });

  it('after the lock has run out, the count starts again', () => {
    const state = afterFailedAttempt(failTimes(5), minutes(16));
    expect(state).toEqual({ failedAttempts: 1, lockedUntil: null });
  });
});
