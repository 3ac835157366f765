import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCases } from '../demo-data';
import { generalLetter } from '../general-letter';
import { CHROMIUM_PATH, htmlToPdf } from './chromium-pdf';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { docxToPdf, sofficeInstalled } from './libreoffice';

const run = promisify(execFile);

interface Word {
  page: number;
  text: string;
  /** Millimetres from the page's left and top edges. */
  x: number;
  y: number;
}

/** The words of a PDF with their positions, as poppler's pdftotext -bbox sees them. */
async function words(pdf: string): Promise<Word[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-']);
  const mm = (pt: string) => (Number(pt) * 25.4) / 72;
  const found: Word[] = [];
  let page = 0;
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/.exec(line);
    if (m) found.push({ page, text: m[3]!.replace(/&amp;/g, '&'), x: mm(m[1]!), y: mm(m[2]!) });
  }
  return found;
}

const canPrint = sofficeInstalled() && existsSync(CHROMIUM_PATH) && existsSync('/usr/bin/pdftotext');

// Looks at the printed pages the way a person holding the envelope would; needs LibreOffice and Chromium.
describe.skipIf(!canPrint)('printed letters (LibreOffice for the .docx, Chromium for the HTML)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'letters-print-'));
  const long = demoCases['general-letter']!.find((c) => c.name === 'lang')!;
  const model = generalLetter.build(generalLetter.data.parse(long.data), long.context);
  let fromDocx: Word[] = [];
  let fromHtml: Word[] = [];

  beforeAll(async () => {
    writeFileSync(join(dir, 'brief.docx'), await renderDocx(model));
    await docxToPdf([join(dir, 'brief.docx')], dir);
    await htmlToPdf([{ html: renderHtml(model), file: join(dir, 'brief.html.pdf') }]);
    fromDocx = await words(join(dir, 'brief.pdf'));
    fromHtml = await words(join(dir, 'brief.html.pdf'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([['docx', () => fromDocx] as const, ['html', () => fromHtml] as const])('%s: the address sits in the window envelope, left, from 50 mm', (_kind, get) => {
    const first = get().find((w) => w.text === 'Mevrouw')!;
    expect(first.page).toBe(1);
    expect(first.x).toBeGreaterThan(20);
    expect(first.x).toBeLessThan(26);
    expect(first.y).toBeGreaterThan(45);
    expect(first.y).toBeLessThan(53);
    // The last address line still falls inside the window (to about 90 mm).
    expect(get().find((w) => w.text === 'WOERDEN')!.y).toBeLessThan(85);
  });

  it.each([['docx', () => fromDocx] as const, ['html', () => fromHtml] as const])('%s: the long letter runs onto page 2, numbered "Pagina 1 van 2"', (_kind, get) => {
    const text = (page: number) => get().filter((w) => w.page === page).map((w) => w.text).join(' ');
    expect(Math.max(...get().map((w) => w.page))).toBe(2);
    expect(text(1)).toContain('Pagina 1 van 2');
    expect(text(2)).toContain('Pagina 2 van 2');
    expect(text(1)).toContain('Ünal');
    expect(text(1)).toContain('€ 23,50');
  });

  it('both put the parts of the letter in the same places, within 2 mm', () => {
    for (const anchor of ['Mevrouw', 'Woerden,', 'Betreft', 'Geachte', 'KvK', 'Pagina']) {
      const a = fromDocx.find((w) => w.text === anchor)!;
      const b = fromHtml.find((w) => w.text === anchor)!;
      expect(Math.abs(a.x - b.x), `${anchor} x`).toBeLessThan(2);
      expect(Math.abs(a.y - b.y), `${anchor} y`).toBeLessThan(2);
    }
  });
});
