import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Core } from '../app';
import { createClientSession, type ClientSession } from '../context';
import { CONTENT_SECURITY_POLICY, newToken, parseCookies, sameToken } from './security';
import { resolveStatic } from './static';
import { randomBytes } from 'node:crypto';

export interface HttpHostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; by default a fresh one per start. */
  token?: string;
}

export interface HttpHost {
  url: string;
  /** The address to open: carries the token once, after which a cookie does. */
  signInUrl: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;
const TOKEN_COOKIE = 'sd_token';
const CLIENT_COOKIE = 'sd_client';

/**
 * The loopback host: the same core as the desktop app, for a browser on this machine. Binds
 * 127.0.0.1 only; every request must carry the per-start token (query once, then cookie or
 * Authorization header); the Host header must name the loopback address (no DNS rebinding).
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? newToken();
  const sessions = new Map<string, ClientSession>();
  let port = options.port ?? 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('HTTP host error', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Interne fout');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!allowedHost(req.headers.host, port)) return send(res, 421, 'text/plain; charset=utf-8', 'Onbekende host');

    const cookies = parseCookies(req.headers.cookie);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const queryToken = url.searchParams.get('token');

    // Opening the printed address: swap the token in the URL for a cookie and drop it from the address bar.
    if (req.method === 'GET' && queryToken !== null) {
      if (!sameToken(queryToken, token)) return send(res, 401, 'text/plain; charset=utf-8', 'Ongeldig toegangstoken');
      url.searchParams.delete('token');
      res.setHeader('Set-Cookie', [cookie(TOKEN_COOKIE, token), cookie(CLIENT_COOKIE, clientId(cookies))]);
      res.writeHead(303, { Location: `${url.pathname}${url.search}` });
      return void res.end();
    }
    if (!sameToken(bearer ?? cookies[TOKEN_COOKIE], token)) {
      return send(res, 401, 'text/plain; charset=utf-8', 'Toegang geweigerd: open de link met het toegangstoken die bij het starten is getoond.');
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Alleen POST');
      const origin = req.headers.origin;
      if (origin && !allowedHost(origin.replace(/^https?:\/\//, ''), port)) return send(res, 403, 'text/plain; charset=utf-8', 'Onbekende herkomst');
      const id = clientId(cookies);
      if (!cookies[CLIENT_COOKIE]) res.setHeader('Set-Cookie', cookie(CLIENT_COOKIE, id));
      let session = sessions.get(id);
      if (!session) sessions.set(id, (session = createClientSession()));
      const body = await readBody(req);
      if (body === null) return send(res, 413, 'text/plain; charset=utf-8', 'Verzoek te groot');
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return send(res, 400, 'text/plain; charset=utf-8', 'Ongeldige JSON');
      }
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      const envelope = await options.core.dispatch(name, input, session);
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Niet toegestaan');
    const found = resolveStatic(options.staticDir, url.pathname);
    if (!found) return send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden');
    res.writeHead(200, { 'Content-Type': found.type, ...securityHeaders(), 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(found.file).pipe(res);
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    signInUrl: `${base}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function allowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function clientId(cookies: Record<string, string>): string {
  const existing = cookies[CLIENT_COOKIE];
  return existing && /^[A-Za-z0-9_-]{20,64}$/.test(existing) ? existing : randomBytes(18).toString('base64url');
}

function cookie(name: string, value: string): string {
  return `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict`;
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, ...securityHeaders(), 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
