import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
}

describe('architecture', () => {
  it('core/ and db/ never import electron: the same core runs under Node and in the desktop app', () => {
    const offenders = [...sourceFiles(path.join(root, 'core')), ...sourceFiles(path.join(root, 'db'))].filter((f) =>
      imports(f).some((i) => i === 'electron' || i.startsWith('electron/')),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer imports nothing of core/ but core/contracts, and nothing of db/ or Node', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(root, 'renderer'))) {
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) {
          if (spec.startsWith('node:') || ['better-sqlite3', 'drizzle-orm', 'electron', 'fs', 'path'].includes(spec)) offenders.push(`${file}: ${spec}`);
          continue;
        }
        const target = path.relative(root, path.resolve(path.dirname(file), spec));
        const inContracts = target === 'core/contracts' || target.startsWith(`core${path.sep}contracts`);
        if ((target.startsWith(`core${path.sep}`) || target === 'core') && !inContracts) offenders.push(`${file}: ${spec}`);
        if (target.startsWith(`db${path.sep}`) || target.startsWith(`electron${path.sep}main`)) offenders.push(`${file}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('core/contracts stays browser-safe: it imports only contracts, zod and ibantools', () => {
    const offenders = sourceFiles(path.join(root, 'core', 'contracts'))
      .filter((f) => !f.endsWith('.test.ts'))
      .flatMap((f) => imports(f).filter((i) => !i.startsWith('./') && i !== 'zod' && i !== 'ibantools').map((i) => `${f}: ${i}`));
    expect(offenders).toEqual([]);
  });
});
