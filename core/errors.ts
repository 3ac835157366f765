import { type DomainErrorCode, formatErrorMessage } from './contracts/errors';

/**
 * A broken business rule. Handlers throw it with a code; `dispatch` turns it into the Dutch
 * message of `contracts/errors.ts`, so wording lives in one place.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly params: Record<string, string | number> = {},
    /** Input fields the error belongs to, with their own Dutch message (defaults to the main one). */
    readonly fieldNames: readonly string[] = [],
  ) {
    super(formatErrorMessage(code, params));
    this.name = 'DomainError';
  }

  fieldMessages(): Record<string, string> | undefined {
    if (this.fieldNames.length === 0) return undefined;
    return Object.fromEntries(this.fieldNames.map((f) => [f, this.message]));
  }
}

/**
 * Input that only a handler can check (for example template data whose schema depends on the
 * chosen document type). `dispatch` answers it exactly like invalid input at the boundary.
 */
export class InputError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super('invalid input');
    this.name = 'InputError';
  }
}
