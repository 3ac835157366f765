import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/http-host/security';
import { contentSecurityPolicy, isAllowedRequest, isOwnRendererUrl, rendererLocation } from './renderer-location';

const appDir = path.resolve('/opt/servicedesk/resources/app.asar');
const built = rendererLocation(path.join(appDir, 'out', 'main'));
const indexUrl = pathToFileURL(path.join(appDir, 'out', 'renderer', 'index.html')).href;
const dev = rendererLocation(path.join(appDir, 'out', 'main'), 'http://localhost:5173/');

describe('own renderer', () => {
  it('is the built index.html, whatever the route in hash or query', () => {
    expect(isOwnRendererUrl(indexUrl, built)).toBe(true);
    expect(isOwnRendererUrl(`${indexUrl}#/klachten/123`, built)).toBe(true);
    expect(isOwnRendererUrl(`${indexUrl}?scherm=1`, built)).toBe(true);
  });

  it('is not another local file, a web page or garbage', () => {
    expect(isOwnRendererUrl(pathToFileURL(path.join(appDir, 'out', 'renderer', 'other.html')).href, built)).toBe(false);
    expect(isOwnRendererUrl(pathToFileURL('/tmp/index.html').href, built)).toBe(false);
    expect(isOwnRendererUrl('https://example.com/index.html', built)).toBe(false);
    expect(isOwnRendererUrl('about:blank', built)).toBe(false);
    expect(isOwnRendererUrl('not a url', built)).toBe(false);
  });

  it('is the dev server origin in development, and then not a file', () => {
    expect(isOwnRendererUrl('http://localhost:5173/#/medewerkers', dev)).toBe(true);
    expect(isOwnRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnRendererUrl(indexUrl, dev)).toBe(false);
  });
});

describe('allowed requests', () => {
  it('allows the renderer’s own files, data and blobs', () => {
    expect(isAllowedRequest(pathToFileURL(path.join(appDir, 'out', 'renderer', 'assets', 'index-abc.js')).href, built)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', built)).toBe(true);
    expect(isAllowedRequest('blob:file:///0b1c-42', built)).toBe(true);
  });

  it('blocks the network and every other file on disk', () => {
    expect(isAllowedRequest('https://cdn.example.com/font.woff2', built)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/api', built)).toBe(false);
    expect(isAllowedRequest(pathToFileURL(path.join(appDir, 'out', 'main', 'index.js')).href, built)).toBe(false);
    expect(isAllowedRequest(pathToFileURL(path.join(appDir, 'out', 'renderer-evil', 'x.js')).href, built)).toBe(false);
    expect(isAllowedRequest(pathToFileURL('/home/medewerker/servicedesk.sqlite').href, built)).toBe(false);
  });

  it('allows the dev server and its HMR websocket only in development', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('https://example.com/', dev)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', built)).toBe(false);
  });
});

describe('content security policy', () => {
  it('is the hosts’ policy for the built renderer', () => {
    expect(contentSecurityPolicy(built)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('adds only the HMR websocket and the refresh preamble in development', () => {
    const policy = contentSecurityPolicy(dev);
    expect(policy).toContain("connect-src 'self' ws://localhost:5173");
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy.replace(' ws://localhost:5173', '').replace(" 'unsafe-inline'; style-src", '; style-src')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never allows inline script in a built app', () => {
    expect(contentSecurityPolicy(built)).toMatch(/script-src 'self';/);
  });
});
