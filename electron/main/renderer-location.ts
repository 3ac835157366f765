import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../core/http-host/security';

/** Where our own renderer comes from: the built index.html, or the dev server in `electron-vite dev`. */
export interface RendererLocation {
  indexFile: string;
  devServerUrl?: string;
}

export function rendererLocation(mainDir: string, devServerUrl?: string): RendererLocation {
  // out/main/index.js sits beside out/renderer/, both in the app folder or app.asar.
  return { indexFile: path.join(mainDir, '..', 'renderer', 'index.html'), devServerUrl: devServerUrl || undefined };
}

/** True for a document of our renderer: the built index.html (any hash or query) or the dev server. */
export function isOwnRendererUrl(url: string, location: RendererLocation): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (location.devServerUrl) return parsed.origin === new URL(location.devServerUrl).origin;
  return parsed.protocol === 'file:' && samePath(fileURLToPath(parsed), location.indexFile);
}

/**
 * True for what the renderer may load: its own files, inline data and blobs, devtools, and the dev
 * server (including its HMR websocket) in development. Nothing from the network, and no other file
 * on disk: CSP's 'self' on a file:// page would otherwise match every local file.
 */
export function isAllowedRequest(url: string, location: RendererLocation): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (['data:', 'blob:', 'devtools:'].includes(parsed.protocol)) return true;
  if (location.devServerUrl) {
    const dev = new URL(location.devServerUrl);
    return parsed.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
  }
  if (parsed.protocol !== 'file:') return false;
  const rendererDir = path.dirname(location.indexFile);
  return isInside(fileURLToPath(parsed), rendererDir);
}

/**
 * The hosts' policy. In development only, the dev server's HMR websocket is added to connect-src
 * and inline script is allowed for the React refresh preamble Vite injects; built apps never get either.
 */
export function contentSecurityPolicy(location: RendererLocation): string {
  if (!location.devServerUrl) return CONTENT_SECURITY_POLICY;
  const dev = new URL(location.devServerUrl);
  const hmr = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => {
      if (directive.startsWith('connect-src ')) return `${directive} ${hmr}`;
      if (directive.startsWith('script-src ')) return `${directive} 'unsafe-inline'`;
      return directive;
    })
    .join('; ');
}

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    return parsed;
  } catch {
    return null;
  }
}

function normalise(file: string): string {
  const resolved = path.resolve(file);
  // Windows and macOS file systems are case-insensitive by default.
  return process.platform === 'linux' ? resolved : resolved.toLowerCase();
}

function samePath(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(normalise(dir), normalise(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
