/** Sign-in lockout: after 5 failed attempts in a row the account is locked for 15 minutes. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export interface LockState {
  failedAttempts: number;
  lockedUntil: string | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && new Date(state.lockedUntil).getTime() > now.getTime();
}

/** The state after one more wrong password. A lock that has run out starts a fresh count. */
export function afterFailedAttempt(state: LockState, now: Date): LockState {
  const expired = state.lockedUntil !== null && !isLocked(state, now);
  const failedAttempts = (expired ? 0 : state.failedAttempts) + 1;
  if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
    return { failedAttempts, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() };
  }
  return { failedAttempts, lockedUntil: null };
}

export const UNLOCKED: LockState = { failedAttempts: 0, lockedUntil: null };
