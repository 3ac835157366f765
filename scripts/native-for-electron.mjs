// Electron embeds its own Node with another ABI than the Node that runs the tests and the
// loopback host. Rather than rebuilding node_modules in place (which would break `npm test`), this
// builds a second copy of better-sqlite3's native module for Electron into out/native/, which the
// Electron main process loads through better-sqlite3's `nativeBinding` option.
// Needs network on first run (Electron headers or a prebuilt binary); later runs reuse the file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const outDir = path.resolve('out/native');
const target = path.join(outDir, 'better_sqlite3.node');
const stamp = path.join(outDir, 'electron-version.txt');

if (fs.existsSync(target) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === electronVersion) {
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-electron-'));
fs.cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' });
try {
  run('npx', ['--yes', 'prebuild-install', '--runtime=electron', `--target=${electronVersion}`]);
} catch {
  console.log('Geen kant-en-klare module gevonden; bouwen met node-gyp voor Electron', electronVersion);
  run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']);
}
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
fs.writeFileSync(stamp, electronVersion);
fs.rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 voor Electron ${electronVersion} staat in ${target}`);
