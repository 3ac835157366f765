import { describe, expect, it } from 'vitest';
import { dutchSpellCheckerLanguages, mainWindowWebPreferences } from './web-preferences';

describe('main window web preferences', () => {
  const preferences = mainWindowWebPreferences('/app/out/preload/index.cjs', { devTools: false });

  it('isolates the renderer: context isolation, sandbox, no Node, web security', () => {
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the CommonJS preload and checks spelling', () => {
    expect(preferences.preload).toBe('/app/out/preload/index.cjs');
    expect(preferences.spellcheck).toBe(true);
    expect(preferences.devTools).toBe(false);
  });

  it('picks Dutch from the spell checker languages this Chromium offers', () => {
    expect(dutchSpellCheckerLanguages(['en-US', 'nl', 'de'])).toEqual(['nl']);
    expect(dutchSpellCheckerLanguages(['nl', 'nl-NL'])).toEqual(['nl-NL']);
    expect(dutchSpellCheckerLanguages(['en-US'])).toEqual([]);
  });
});
