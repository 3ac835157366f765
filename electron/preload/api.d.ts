import type { Envelope } from '../../core/contracts/envelope';

/** The only API that crosses the bridge (contextIsolation): call a procedure, listen to an event. */
export interface DesktopApi {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to a core event (`changed`: tables that changed); returns the unsubscribe function. */
  on(event: 'changed', listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Present in the desktop app; absent in a browser on the loopback host. */
    api?: DesktopApi;
  }
}
