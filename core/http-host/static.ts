import fs from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The file for a URL path inside `root`, or index.html for the app's own routes (the renderer
 * routes on the client). Paths that climb out of `root` are refused.
 */
export function resolveStatic(root: string, urlPath: string): { file: string; type: string } | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (!file.startsWith(path.resolve(root))) return null;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) {
    return { file, type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
  }
  if (path.extname(decoded)) return null; // a missing asset, not a route
  const index = path.join(root, 'index.html');
  return fs.existsSync(index) ? { file: index, type: TYPES['.html']! } : null;
}
