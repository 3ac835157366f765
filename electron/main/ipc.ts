import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../../core/app';
import { createClientSession, type ClientSession } from '../../core/context';
import { GENERIC_MESSAGES } from '../../core/contracts/errors';
import { DISPATCH_CHANNEL, EVENT_CHANNEL } from '../preload/expose-api';
import { dispatchHost, isHostProcedure } from './host-procedures';
import { hostServices } from './printing';
import { isOwnRendererUrl, type RendererLocation } from './renderer-location';

/**
 * Carries `invoke` to core.dispatch and core events back to the windows. Each web contents is one
 * client with its own sign-in, like a browser tab on the loopback host; returns the undo.
 */
export function registerCoreIpc(core: Core, location: RendererLocation): () => void {
  const sessions = new Map<number, ClientSession>();

  function sessionFor(contents: Electron.WebContents): ClientSession {
    let session = sessions.get(contents.id);
    if (!session) {
      sessions.set(contents.id, (session = createClientSession()));
      contents.once('destroyed', () => sessions.delete(contents.id));
    }
    return session;
  }

  ipcMain.handle(DISPATCH_CHANNEL, (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    if (!isFromOwnRenderer(event, location)) {
      console.warn('Aanroep geweigerd van', event.senderFrame?.url ?? 'onbekend frame');
      throw new Error('Aanroep geweigerd: onbekende afzender');
    }
    if (typeof name !== 'string') throw new TypeError('Procedure name must be a string');
    const session = sessionFor(event.sender);
    if (isHostProcedure(name)) {
      // Saving and printing happen here, not in the core (which never imports Electron); only for a signed-in person.
      if (!session.userId) return { ok: false, error: { kind: 'unauthenticated', code: 'unauthenticated', message: GENERIC_MESSAGES.unauthenticated } };
      return dispatchHost(name, input, hostServices(BrowserWindow.fromWebContents(event.sender)));
    }
    return core.dispatch(name, input, session);
  });

  const forwardChanged = (tables: string[]) => {
    for (const window of BrowserWindow.getAllWindows()) {
      const contents = window.webContents;
      if (!contents.isDestroyed() && isOwnRendererUrl(contents.getURL(), location)) contents.send(EVENT_CHANNEL, 'changed', tables);
    }
  };
  core.events.on('changed', forwardChanged);

  return () => {
    ipcMain.removeHandler(DISPATCH_CHANNEL);
    core.events.off('changed', forwardChanged);
    sessions.clear();
  };
}

/** Only the top frame of our own renderer may call the core; never a subframe or a foreign page. */
function isFromOwnRenderer(event: IpcMainInvokeEvent, location: RendererLocation): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isOwnRendererUrl(frame.url, location);
}
