import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function sofficeInstalled(): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, 'soffice')));
}

/**
 * .docx to PDF with LibreOffice, for looking at letters and for the print tests. A throwaway
 * profile each time: LibreOffice will not share a profile between runs and leaves a lock behind.
 */
export async function docxToPdf(files: string[], outDir: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      timeout: 180_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
