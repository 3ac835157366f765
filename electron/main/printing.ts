import { app, BrowserWindow, dialog, session, type Session } from 'electron';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preparePrintHtml, printSource, safeFilename, type HostInput, type HostServices } from './host-procedures';

/**
 * The Electron side of the host procedures: "Opslaan als…" and printing. Letters are printed from
 * a hidden window of their own, never from the app window: it has no preload, no JavaScript and a
 * session that loads nothing but the letter, so the HTML cannot reach the core or the network.
 */
export function hostServices(parent: BrowserWindow | null): HostServices {
  return {
    saveFile: (input) => saveFile(parent, input),
    print: (input) => withPrintWindow(input.html, input.title, (window) => print(window)),
    printToPdf: (input) =>
      withPrintWindow(input.html, undefined, async (window) => {
        const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
        return { base64: pdf.toString('base64') };
      }),
  };
}

async function saveFile(parent: BrowserWindow | null, input: HostInput<'host.saveFile'>): Promise<{ saved: boolean; path: string | null }> {
  const filename = safeFilename(input.filename);
  const extension = path.extname(filename).slice(1);
  const options: Electron.SaveDialogOptions = {
    title: 'Opslaan als…',
    defaultPath: path.join(app.getPath('documents'), filename),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false, path: null };
  await fs.writeFile(choice.filePath, Buffer.from(input.base64, 'base64'));
  return { saved: true, path: choice.filePath };
}

function print(window: BrowserWindow): Promise<{ printed: boolean }> {
  return new Promise((resolve, reject) => {
    window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve({ printed: true });
      // Chromium reports a closed dialog as a failure; for the person it is simply "not printed".
      else if (/cancel/i.test(failureReason)) resolve({ printed: false });
      else reject(new Error(failureReason));
    });
  });
}

async function withPrintWindow<T>(html: string, title: string | undefined, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const prepared = preparePrintHtml(html, title);
  const source = printSource(prepared);
  const tempDir = source.kind === 'file' ? await fs.mkdtemp(path.join(os.tmpdir(), 'servicedesk-afdruk-')) : null;
  const window = new BrowserWindow({
    show: false,
    title: title ?? 'Servicedesk',
    webPreferences: {
      session: printSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
    },
  });
  try {
    if (tempDir) {
      const file = path.join(tempDir, 'brief.html');
      await fs.writeFile(file, prepared, 'utf8');
      allowedPrintFiles.add(file);
      await window.loadFile(file);
    } else if (source.kind === 'url') {
      await window.loadURL(source.url);
    }
    return await use(window);
  } finally {
    if (tempDir) allowedPrintFiles.delete(path.join(tempDir, 'brief.html'));
    if (!window.isDestroyed()) window.destroy();
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
  }
}

/** The temporary files the print session may read while large batches print. */
const allowedPrintFiles = new Set<string>();
let printSessionInstance: Session | null = null;

/** An in-memory session for print windows only: data: URLs and the current temporary file, no permissions. */
function printSession(): Session {
  if (printSessionInstance) return printSessionInstance;
  const printing = session.fromPartition('servicedesk-afdrukken', { cache: false });
  printing.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed = url.startsWith('data:') || (url.startsWith('file:') && [...allowedPrintFiles].some((file) => samePath(url, file)));
    if (!allowed) console.warn('Geblokkeerd verzoek in afdrukvenster', url.slice(0, 200));
    callback({ cancel: !allowed });
  });
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  printSessionInstance = printing;
  return printing;
}

function samePath(fileUrl: string, file: string): boolean {
  try {
    return path.resolve(fileURLToPath(fileUrl)) === path.resolve(file);
  } catch {
    return false;
  }
}
