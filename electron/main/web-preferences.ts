import type { WebPreferences } from 'electron';

/**
 * The renderer gets no Node and no Electron: only what the sandboxed preload exposes through
 * contextBridge. Kept free of an `electron` import so a test can check it without the binary.
 */
export function mainWindowWebPreferences(preload: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: options.devTools,
  };
}

/**
 * Dutch spell checking. Chromium lists Dutch as `nl`; asking for a language it does not list throws,
 * so pick from what this build offers. (On macOS the system spell checker is used instead.)
 */
export function dutchSpellCheckerLanguages(available: readonly string[]): string[] {
  return ['nl-NL', 'nl'].filter((language) => available.includes(language)).slice(0, 1);
}
