import type { Envelope, ErrorBody, ProcedureInput, ProcedureName, ProcedureOutput } from '../../../core/contracts';
import { GENERIC_MESSAGES } from '../../../core/contracts';

/** A refused or failed call, carrying the back end's error body (Dutch message, field messages). */
export class ApiError extends Error {
  readonly body: ErrorBody;

  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.body = body;
  }

  get kind(): ErrorBody['kind'] {
    return this.body.kind;
  }

  get code(): string {
    return this.body.code;
  }

  get fields(): Record<string, string> {
    return this.body.fields ?? {};
  }
}

/**
 * One way to the core for both hosts: the desktop bridge when it exists, otherwise the loopback
 * HTTP host (whose cookie carries the access token and the session).
 */
export async function invoke(name: string, input: unknown): Promise<Envelope<unknown>> {
  if (window.api) return window.api.invoke(name, input);
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { kind: 'internal', code: 'network', message: 'De Servicedesk-server is niet bereikbaar. Is het programma nog gestart?' } };
  }
  if (response.status === 401) {
    // The host refuses requests without its start token: the page was not opened through the printed link.
    return { ok: false, error: { kind: 'unauthenticated', code: 'host_token', message: await response.text() } };
  }
  if (!response.ok) {
    return { ok: false, error: { kind: 'internal', code: `http_${response.status}`, message: GENERIC_MESSAGES.internal } };
  }
  return (await response.json()) as Envelope<unknown>;
}

type Listener = (error: ApiError) => void;
const errorListeners = new Set<Listener>();

/** Lets the app react to errors that concern every screen (signed out, password change required). */
export function onApiError(listener: Listener): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

/** Typed call: the procedure's output, or an ApiError with the back end's Dutch message. */
export async function call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
  const envelope = await invoke(name, input);
  if (envelope.ok) return envelope.value as ProcedureOutput<N>;
  const error = new ApiError(envelope.error);
  for (const listener of errorListeners) listener(error);
  throw error;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return GENERIC_MESSAGES.internal;
}
