import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { DesktopApi } from './api';
import { DISPATCH_CHANNEL, EVENT_CHANNEL, exposeApi, type IpcRendererLike } from './expose-api';

/** A real emitter stands in for ipcRenderer; main's messages are emitted on it as Electron would. */
function fakeIpc() {
  const emitter = new EventEmitter();
  const invoked: unknown[][] = [];
  const ipc: IpcRendererLike & { emitFromMain(...args: unknown[]): void; invoked: unknown[][] } = {
    invoked,
    invoke: async (channel, ...args) => {
      invoked.push([channel, ...args]);
      return { ok: true, value: 'antwoord' };
    },
    on: (channel, listener) => emitter.on(channel, listener),
    removeListener: (channel, listener) => emitter.removeListener(channel, listener),
    emitFromMain: (...args) => emitter.emit(EVENT_CHANNEL, { sender: 'ipcRenderer' }, ...args),
  };
  return ipc;
}

function expose() {
  const exposed = new Map<string, unknown>();
  const ipc = fakeIpc();
  exposeApi({ exposeInMainWorld: (key, api) => exposed.set(key, api) }, ipc);
  return { exposed, ipc, api: exposed.get('api') as DesktopApi };
}

describe('preload bridge', () => {
  it('exposes window.api with exactly invoke and on', () => {
    const { exposed, api } = expose();
    expect([...exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards invoke to the dispatch channel and returns the envelope', async () => {
    const { api, ipc } = expose();
    await expect(api.invoke('staff.list', { zoek: 'Jansen' })).resolves.toEqual({ ok: true, value: 'antwoord' });
    expect(ipc.invoked).toEqual([[DISPATCH_CHANNEL, 'staff.list', { zoek: 'Jansen' }]]);
  });

  it('refuses a procedure name that is not a string without calling main', async () => {
    const { api, ipc } = expose();
    await expect(api.invoke(42 as unknown as string, {})).rejects.toThrow(TypeError);
    expect(ipc.invoked).toEqual([]);
  });

  it('delivers only the subscribed event, without the IPC event object, until unsubscribed', () => {
    const { api, ipc } = expose();
    const received: unknown[][] = [];
    const unsubscribe = api.on('changed', (...args) => received.push(args));

    ipc.emitFromMain('changed', ['staff']);
    ipc.emitFromMain('other', ['teams']);
    unsubscribe();
    ipc.emitFromMain('changed', ['audit_log']);

    expect(received).toEqual([[['staff']]]);
  });

  it('refuses a listener that is not a function', () => {
    const { api } = expose();
    expect(() => api.on('changed', 'x' as never)).toThrow(TypeError);
  });
});
