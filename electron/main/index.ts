import { app, dialog, session, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../../core/app';
import { createMailSender } from '../../core/mail/sender';
import { scheduleDailyQualityAssessment } from '../../core/quality/daily';
import { appPaths } from './app-paths';
import { scheduleDailyBackups } from './backup-schedule';
import { safeStorageCredentialStore } from './sync-credentials';
import { registerCoreIpc } from './ipc';
import { rendererLocation } from './renderer-location';
import { hardenAllWebContents, hardenSession } from './security';
import { createMainWindow, focusWindow } from './window';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
// Only an unpackaged app follows the dev server address; a packaged one never loads a URL from the environment.
const location = rendererLocation(mainDir, app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL);
const production = app.isPackaged || process.env.NODE_ENV === 'production';

app.enableSandbox();

// One database, one writer: a second start hands over to the running app instead of opening it again.
if (!app.requestSingleInstanceLock()) app.quit();
else start();

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let shutdown: (() => Promise<void>) | null = null;

  hardenAllWebContents(location);
  app.on('second-instance', () => focusWindow(mainWindow));

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, location);
      const paths = appPaths({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath, userData: app.getPath('userData') });
      fs.mkdirSync(path.dirname(paths.database), { recursive: true });
      const nativeBinding = paths.nativeBinding && fs.existsSync(paths.nativeBinding) ? paths.nativeBinding : undefined;
      const core: Core = createCore({
        dbPath: paths.database,
        migrationsFolder: paths.migrationsFolder,
        nativeBinding,
        validateOutput: !production,
        sync: { store: safeStorageCredentialStore(paths.syncCredential) },
      });
      const unregisterIpc = registerCoreIpc(core, location);
      const backups = scheduleDailyBackups({ sqlite: core.sqlite, dir: paths.backups });
      // E-mail outbox: settles messages a crash left half-sent, then sends every minute and right after queueing.
      const mail = createMailSender({ core });
      mail.start();
      // Q3: the quality-mark register assesses every participant once a day.
      const quality = scheduleDailyQualityAssessment(core);
      // Sync with the central server, when linked: on start, every minute, soon after local work.
      core.sync?.start();
      shutdown = async () => {
        quality.stop();
        await core.sync?.stop();
        await backups.stop();
        await mail.stop();
        unregisterIpc();
        core.close();
      };

      const openWindow = () => {
        mainWindow = createMainWindow({ location, preload: path.join(mainDir, '..', 'preload', 'index.cjs'), devTools: !production });
        mainWindow.on('closed', () => (mainWindow = null));
      };
      openWindow();
      app.on('activate', () => {
        if (!mainWindow) openWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Starten mislukt', error);
      dialog.showErrorBox('Servicedesk kan niet starten', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Quit waits for a running backup and closes the database cleanly (WAL checkpoint) before exiting.
  app.on('will-quit', (event) => {
    if (!shutdown) return;
    event.preventDefault();
    const closing = shutdown;
    shutdown = null;
    closing()
      .catch((error: unknown) => console.error('Afsluiten mislukt', error))
      .finally(() => app.quit());
  });
}
