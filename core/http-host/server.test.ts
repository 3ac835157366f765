import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../testing/harness';
import { startHttpHost, type HttpHost } from './server';

let t: TestCore;
let host: HttpHost;
let staticDir: string;

beforeEach(async () => {
  t = createTestCore();
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Servicedesk</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startHttpHost({ core: t.core, staticDir });
});
afterEach(async () => {
  await host.close();
  t.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

const auth = () => ({ Authorization: `Bearer ${host.token}` });
const post = (name: string, body: unknown, headers: Record<string, string> = auth()) =>
  fetch(`${host.url}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('loopback host', () => {
  it('listens on 127.0.0.1 only, on a random port', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('a fresh token per start', async () => {
    const other = await startHttpHost({ core: t.core, staticDir });
    expect(other.token).not.toBe(host.token);
    expect(other.token.length).toBeGreaterThanOrEqual(32);
    await other.close();
  });

  it('refuses every request without the token: the app, its files and the API', async () => {
    for (const url of [`${host.url}/`, `${host.url}/assets/app.js`]) expect((await fetch(url)).status).toBe(401);
    expect((await post('system.ping', {}, {})).status).toBe(401);
    expect((await post('system.ping', {}, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await fetch(`${host.url}/?token=wrong`, { redirect: 'manual' })).status).toBe(401);
  });

  it('swaps the token in the printed address for an HttpOnly cookie and drops it from the address bar', async () => {
    const first = await fetch(host.signInUrl, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const cookies = first.headers.getSetCookie();
    expect(cookies.join(';')).toMatch(/sd_token=.*HttpOnly; SameSite=Strict/);
    const cookieHeader = cookies.map((c) => c.split(';')[0]).join('; ');
    const page = await fetch(`${host.url}/medewerkers`, { headers: { Cookie: cookieHeader } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Servicedesk</title>');
  });

  it('forwards calls to the same core and keeps a sign-in per browser', async () => {
    const setup = await post('auth.setup', { organisationName: 'Servicedesk Woerden', name: 'Anna', username: 'anna', password: 'een-goed-wachtwoord', passwordRepeat: 'een-goed-wachtwoord' });
    const envelope = await setup.json();
    expect(envelope).toMatchObject({ ok: true, value: { username: 'anna' } });
    const client = setup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const signedIn = (await (await post('auth.status', {}, { ...auth(), Cookie: client })).json()) as { value: { user: { username: string } } };
    expect(signedIn.value.user.username).toBe('anna');
    const otherBrowser = (await (await post('auth.status', {})).json()) as { value: { user: unknown } };
    expect(otherBrowser.value.user).toBeNull();
  });

  it('answers envelopes for unknown procedures and bad input', async () => {
    expect(await (await post('nope.never', {})).json()).toMatchObject({ ok: false, error: { kind: 'unknown_procedure' } });
    const bad = await fetch(`${host.url}/api/system.ping`, { method: 'POST', headers: auth(), body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it('refuses foreign Host and Origin headers (DNS rebinding, cross-site posts)', async () => {
    const { request } = await import('node:http');
    const port = new URL(host.url).port;
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { Host: `evil.example:${port}`, ...auth() } }, (res) => resolve(res.statusCode!)).end();
    });
    expect(status).toBe(421);
    expect((await post('system.ping', {}, { ...auth(), Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`${host.url}/..%2f..%2fetc%2fpasswd`, { headers: auth() });
    const body = await res.text();
    expect(body).not.toContain('root:');
    expect(body).toContain('<title>Servicedesk</title>'); // climbing out is folded back into the app's own routes
  });
});
