import { BrowserWindow } from 'electron';
import type { RendererLocation } from './renderer-location';
import { mainWindowWebPreferences } from './web-preferences';

export interface MainWindowOptions {
  location: RendererLocation;
  /** out/preload/index.cjs: CommonJS, because a sandboxed preload cannot be an ES module. */
  preload: string;
  devTools: boolean;
}

// Printing (webContents.print / printToPDF) will get its own module beside this one, working on the
// window this returns; nothing here needs to change for it.
export function createMainWindow({ location, preload, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Servicedesk',
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: mainWindowWebPreferences(preload, { devTools }),
  });
  // Shown once painted, so the user never sees an empty white frame.
  window.once('ready-to-show', () => window.show());

  const loading = location.devServerUrl ? window.loadURL(location.devServerUrl) : window.loadFile(location.indexFile);
  loading.catch((error: unknown) => console.error('Het scherm kon niet worden geladen', error));
  return window;
}

export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
