import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoCases, specimenModel } from './demo-data';
import type { LetterModel } from './model';
import { documentTypes } from './registry';
import { renderDocx } from './render/docx';
import { renderHtml } from './render/html';
import { docxToPdf, sofficeInstalled } from './render/libreoffice';

/**
 * npm run letters -- --out DIR [--chromium]
 * Renders every registered template with its demo data as .docx and .html, and as .pdf when
 * LibreOffice is installed, so a person can look at the letters. With --chromium the HTML is also
 * printed to PDF by Chromium (<name>.html.pdf), as the app's preview prints it.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'out/letters' }, chromium: { type: 'boolean', default: false } } });
  const out = resolve(values.out!);
  mkdirSync(out, { recursive: true });

  const letters: { name: string; model: LetterModel }[] = [];
  for (const type of documentTypes) {
    const cases = demoCases[type.key] ?? [];
    if (cases.length === 0) console.warn(`Geen demogegevens voor ${type.key}`);
    for (const demo of cases) letters.push({ name: `${type.key}-${demo.name}`, model: type.build(type.data.parse(demo.data), demo.context) });
  }
  letters.push({ name: 'specimen', model: specimenModel() });

  const docxFiles: string[] = [];
  for (const { name, model } of letters) {
    const docx = join(out, `${name}.docx`);
    writeFileSync(docx, await renderDocx(model));
    writeFileSync(join(out, `${name}.html`), renderHtml(model));
    docxFiles.push(docx);
    console.log(`${name}: .docx en .html`);
  }

  if (sofficeInstalled()) {
    await docxToPdf(docxFiles, out);
    console.log(`PDF (LibreOffice): ${docxFiles.length} bestanden`);
  } else {
    console.log('soffice niet gevonden: geen PDF uit de .docx');
  }

  if (values.chromium) {
    const { htmlToPdf } = await import('./render/chromium-pdf');
    await htmlToPdf(letters.map(({ name, model }) => ({ html: renderHtml(model), file: join(out, `${name}.html.pdf`) })));
    console.log(`PDF (Chromium): ${letters.length} bestanden`);
  }
  console.log(`Klaar: ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
