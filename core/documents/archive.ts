import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors';

export type FileStatus = 'ok' | 'missing' | 'altered';

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Writes a new archive file. Never overwrites: an existing name is a programming error, because a
 * definitive document's file must stay exactly as produced. Written to a temporary name first, so
 * a crash never leaves a half-written file under the real name.
 */
export function storeFile(documentsDir: string, relativePath: string, content: Buffer): { sha256: string; byteSize: number } {
  const target = resolveInside(documentsDir, relativePath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.partial`;
  fs.writeFileSync(temporary, content, { flag: 'w' });
  if (fs.existsSync(target)) {
    fs.rmSync(temporary, { force: true });
    throw new Error(`Archive file exists already: ${relativePath}`);
  }
  fs.renameSync(temporary, target);
  return { sha256: sha256(content), byteSize: content.length };
}

export function fileStatus(documentsDir: string, relativePath: string, expectedSha256: string): FileStatus {
  const file = resolveInside(documentsDir, relativePath);
  if (!fs.existsSync(file)) return 'missing';
  return sha256(fs.readFileSync(file)) === expectedSha256 ? 'ok' : 'altered';
}

/** The file's content, only if it is the file that was archived; otherwise a Dutch error, never a regenerated file. */
export function readVerified(documentsDir: string, relativePath: string, expectedSha256: string): Buffer {
  const file = resolveInside(documentsDir, relativePath);
  if (!fs.existsSync(file)) throw new DomainError('document.file_missing', { path: relativePath });
  const content = fs.readFileSync(file);
  if (sha256(content) !== expectedSha256) throw new DomainError('document.file_altered');
  return content;
}

/** Removes a file that no row refers to any more (a replaced concept, or a write that rolled back). */
export function discardFile(documentsDir: string, relativePath: string): void {
  fs.rmSync(resolveInside(documentsDir, relativePath), { force: true });
}

function resolveInside(documentsDir: string, relativePath: string): string {
  const root = path.resolve(documentsDir);
  const file = path.resolve(root, relativePath);
  if (!file.startsWith(root + path.sep)) throw new Error(`Path outside the documents folder: ${relativePath}`);
  return file;
}
