import type { DesktopApi } from './api';

/** IPC channels between preload and main; nothing else crosses the bridge. */
export const DISPATCH_CHANNEL = 'core:dispatch';
export const EVENT_CHANNEL = 'core:event';

/** The parts of Electron's contextBridge and ipcRenderer the bridge needs, so tests can pass fakes. */
export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

type IpcListener = (event: unknown, ...args: unknown[]) => void;

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/** Exposes `window.api` with exactly `invoke` and `on` (see api.d.ts). */
export function exposeApi(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike): void {
  const api: DesktopApi = {
    invoke(name, input) {
      if (typeof name !== 'string') return Promise.reject(new TypeError('api.invoke: name must be a string'));
      return ipcRenderer.invoke(DISPATCH_CHANNEL, name, input) as ReturnType<DesktopApi['invoke']>;
    },
    on(event, listener) {
      if (typeof event !== 'string') throw new TypeError('api.on: event must be a string');
      if (typeof listener !== 'function') throw new TypeError('api.on: listener must be a function');
      // The IpcRendererEvent stays here: it carries `sender`, an ipcRenderer the page must never get.
      const forward: IpcListener = (_event, name, payload) => {
        if (name === event) listener(payload);
      };
      ipcRenderer.on(EVENT_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, forward);
      };
    },
  };
  contextBridge.exposeInMainWorld('api', api);
}
