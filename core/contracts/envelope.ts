/** What every host returns for a call: the value, or an error with a Dutch message. */
export type ErrorKind = 'unknown_procedure' | 'invalid_input' | 'unauthenticated' | 'forbidden' | 'domain' | 'internal';

export interface ErrorBody {
  kind: ErrorKind;
  /** `kind` for the generic errors; the domain error code (`auth.locked`) for domain errors. */
  code: string;
  message: string;
  /** Dutch messages per input field (dotted path), for showing at the field. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };
