import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Chromium as installed by apt; Playwright's own download is not used on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Prints HTML documents to PDF the way the app's host does (Chromium, A4 from the CSS @page rule).
 * For looking at letters and for the bench; the app itself prints with Electron's printToPDF.
 */
export async function htmlToPdf(jobs: { html: string; file: string }[]): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const job of jobs) {
      await page.setContent(job.html, { waitUntil: 'load' });
      writeFileSync(job.file, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    }
  } finally {
    await browser.close();
  }
}
