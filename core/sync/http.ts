import { SCHEMA_VERSION } from '../mutation/schema-version';

export type Fetch = typeof fetch;

export interface Connection {
  fetch: Fetch;
  serverUrl: string;
  deviceId?: string;
  credential?: string;
  /** The server epoch this desktop last saw; a different one answers 409 ('epoch'). */
  epoch?: string | null;
  /** Gives up on a request that takes longer (ms): the desktop then counts as offline. */
  timeoutMs?: number;
  /** Said on behalf of the signed-in person: their roles, for the server's admin routes. */
  headers?: Record<string, string>;
}

/** The server answered with an error: `code` and the Dutch `message` come from it. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The server could not be reached at all. */
export class SyncOfflineError extends Error {}

export const OFFLINE_MESSAGE = 'De syncserver is niet bereikbaar. Uw wijzigingen blijven op deze computer bewaard en worden later verstuurd.';

/** One call to the sync server with the headers every call carries: credential, schema version, epoch. */
export async function callServer<T>(connection: Connection, method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { ...connection.headers, 'x-schema-version': String(SCHEMA_VERSION), 'x-sync-epoch': connection.epoch ?? '' };
  if (connection.deviceId && connection.credential) headers.authorization = `Bearer ${connection.deviceId}:${connection.credential}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await connection.fetch(new URL(route, withSlash(connection.serverUrl)), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(connection.timeoutMs ?? 60_000),
    });
  } catch (error) {
    throw new SyncOfflineError(error instanceof Error ? error.message : String(error));
  }
  // A body cut off halfway (the line dropped, the server died) is the same as no answer at all.
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new SyncOfflineError(error instanceof Error ? error.message : String(error));
  }
  const parsed = parseJson(text);
  if (!response.ok) {
    const code = typeof parsed?.code === 'string' ? parsed.code : `http_${response.status}`;
    const message = typeof parsed?.message === 'string' ? parsed.message : `De syncserver antwoordde met fout ${response.status}.`;
    throw new SyncHttpError(response.status, code, message, parsed ?? {});
  }
  if (!parsed) throw new SyncHttpError(response.status, 'invalid_response', 'De syncserver gaf een onleesbaar antwoord.', {});
  return parsed as T;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
