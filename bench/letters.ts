import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoCases } from '../templates/demo-data';
import { generalLetter } from '../templates/general-letter';
import type { LetterModel } from '../templates/model';
import { htmlToPdf } from '../templates/render/chromium-pdf';
import { renderDocx } from '../templates/render/docx';
import { renderHtml, renderHtmlBatch } from '../templates/render/html';

/**
 * npm run bench (after bench/run.ts), or npx tsx bench/letters.ts [letters]
 * How long a letter takes: renderDocx and renderHtml of the general letter (p50/p95 over 200), and
 * a mailing of 1,000 letters as one HTML document printed to PDF by Chromium. Targets: a .docx well
 * under 50 ms, the mailing within 60 s.
 */
const models: LetterModel[] = demoCases['general-letter']!.map((c) => generalLetter.build(generalLetter.data.parse(c.data), c.context));
const long = models.find((m) => m.blocks.length > 5)!;

async function percentiles(label: string, n: number, fn: () => unknown): Promise<void> {
  for (let i = 0; i < 20; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2);
  console.log(`${label}: p50 ${at(50)} ms, p95 ${at(95)} ms, max ${times.at(-1)!.toFixed(2)} ms (n=${n})`);
}

await percentiles('renderDocx (long general letter, 2 pages)', 200, () => renderDocx(long));
await percentiles('renderHtml (long general letter)', 200, () => renderHtml(long));

const count = Number(process.argv[2] ?? 1000);
const mailing = Array.from({ length: count }, (_, i) => models[i % models.length]!);
let start = performance.now();
const html = renderHtmlBatch(mailing);
const htmlSeconds = (performance.now() - start) / 1000;
const file = join(tmpdir(), `bench-mailing-${process.pid}.pdf`);
start = performance.now();
await htmlToPdf([{ html, file }]);
const pdfSeconds = (performance.now() - start) / 1000;
console.log(
  `renderHtmlBatch of ${count} letters: ${htmlSeconds.toFixed(2)} s (${(html.length / 1e6).toFixed(1)} MB); ` +
    `Chromium setContent + page.pdf: ${pdfSeconds.toFixed(1)} s (${(statSync(file).size / 1e6).toFixed(1)} MB PDF, incl. browser start)`,
);
rmSync(file);
