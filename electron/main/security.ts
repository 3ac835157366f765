import { app, type Session, type WebContents } from 'electron';
import { dutchSpellCheckerLanguages } from './web-preferences';
import { contentSecurityPolicy, isAllowedRequest, isOwnRendererUrl, type RendererLocation } from './renderer-location';

/**
 * Session-wide rules: CSP on every response, nothing loaded from outside our own renderer, and no
 * permission (camera, notifications, clipboard read, …) ever granted.
 */
export function hardenSession(session: Session, location: RendererLocation): void {
  const policy = contentSecurityPolicy(location);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, location);
    if (!allowed) console.warn('Geblokkeerd verzoek', details.url);
    callback({ cancel: !allowed });
  });

  // Electron's own advice is a <meta> CSP for file:// pages; renderer/index.html carries the same
  // policy, and this header covers the dev server and whatever the meta tag cannot (frame-ancestors).
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });

  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  const languages = dutchSpellCheckerLanguages(session.availableSpellCheckerLanguages);
  if (languages.length > 0) session.setSpellCheckerLanguages(languages);
}

/** Rules for every web contents, present and future: no navigation away, no new windows, no webviews. */
export function hardenAllWebContents(location: RendererLocation): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location));
}

function hardenWebContents(contents: WebContents, location: RendererLocation): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    console.warn('Nieuw venster geweigerd', url);
    return { action: 'deny' };
  });
  const blockForeignNavigation = (event: Electron.Event, url: string) => {
    if (isOwnRendererUrl(url, location)) return;
    event.preventDefault();
    console.warn('Navigatie geweigerd', url);
  };
  contents.on('will-navigate', (event) => blockForeignNavigation(event, event.url));
  contents.on('will-redirect', (event) => blockForeignNavigation(event, event.url));
}
