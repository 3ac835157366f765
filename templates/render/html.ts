import type { LetterBlock, LetterModel } from '../model';
import { letterCss, pageFooterCss } from './html-style';
import { LOGO_GAP, columnFractions, enclosureLabel, footerText, linesOf, referenceRows, signatureLines } from './layout';
import { readLogo } from './logo';

/**
 * The letter as one self-contained HTML document for preview and printing: no scripts, no
 * external resources (the logo is a data URL), every text escaped. It draws the same model as the
 * .docx with the same measurements, so what the preview shows is what the archived file says.
 *
 * `standalone: false` gives only the <style> and the letter's <article>, for a host that puts it in
 * a document of its own; the page rules come along.
 */
export function renderHtml(model: LetterModel, options: { standalone?: boolean } = {}): string {
  const css = letterCss() + pageFooterCss(footerText(model), null);
  const fragment = `<style>${css}</style>\n${article(model)}`;
  if (options.standalone === false) return fragment;
  return page(model.title, css, article(model));
}

/**
 * Many letters in one document (a mailing), each starting on a new page. Each letter has a named
 * page with a page counter of its own, so its footer says "Pagina 1", "Pagina 2" for that letter.
 * "van Y" is dropped in a batch: Chromium's counter(pages) counts the whole print run and CSS cannot
 * count one letter's pages ahead. The .docx of each letter still says "Pagina X van Y".
 */
export function renderHtmlBatch(models: LetterModel[]): string {
  const css =
    letterCss() +
    models.map((m, i) => pageFooterCss(footerText(m), { name: `letter${i + 1}`, counter: `letterpage${i + 1}` })).join('') +
    models.map((_, i) => `.letter[data-page="letter${i + 1}"] { page: letter${i + 1}; }\n`).join('');
  const title = models.length === 1 ? models[0]!.title : `${models.length} brieven`;
  return page(title, css, models.map((m, i) => article(m, `letter${i + 1}`)).join('\n'));
}

/**
 * The plain text of the letter in reading order, one line per paragraph, table cell or line break:
 * exactly the visible text of the HTML body and of the .docx body (the footer is outside both).
 */
export function letterText(model: LetterModel): string {
  const lines: string[] = [model.letterhead.name, ...model.letterhead.contactLines, ...model.addressee, model.placeAndDate];
  for (const row of referenceRows(model)) lines.push(row.label, row.value);
  lines.push(model.salutation);
  for (const b of model.blocks) lines.push(...blockLines(b));
  lines.push(model.closing, ...signatureLines(model));
  if (model.enclosures.length > 0) lines.push(enclosureLabel(model.enclosures.length), ...model.enclosures);
  if (model.appendix) lines.push(...linesOf(model.appendix.title), ...model.appendix.blocks.flatMap(blockLines));
  return lines.filter((l) => l.trim() !== '').join('\n');
}

function blockLines(b: LetterBlock): string[] {
  if (b.kind === 'paragraph' || b.kind === 'heading') return linesOf(b.text);
  if (b.kind === 'list') return b.items.flatMap(linesOf);
  return [...b.columns.map((c) => c.header), ...b.rows.flatMap((r) => b.columns.map((_, i) => r[i] ?? ''))];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function page(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Text with its line breaks kept: escaped lines joined by <br>. */
const text = (t: string) => linesOf(t).map(escapeHtml).join('<br>');
const p = (t: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${text(t)}</p>`;

function article(model: LetterModel, pageName?: string): string {
  const logo = readLogo(model.letterhead.logoDataUrl);
  const logoImg = logo
    ? `<img class="logo" alt="" src="${escapeHtml(model.letterhead.logoDataUrl!)}" style="width: ${logo.widthMm}mm; height: ${logo.heightMm}mm">${LOGO_GAP}`
    : '';
  const references = referenceRows(model)
    .map((r) => `<tr><td class="label">${text(r.label)}</td><td${r.isSubject ? ' class="subject"' : ''}>${text(r.value)}</td></tr>`)
    .join('');
  const enclosures = model.enclosures.length
    ? `<div class="enclosures">${p(enclosureLabel(model.enclosures.length), 'label')}${model.enclosures.map((e) => p(e)).join('')}</div>`
    : '';
  const attributes = `class="letter" data-footer="${escapeHtml(footerText(model))}"${pageName ? ` data-page="${pageName}"` : ''}`;
  return `<article ${attributes}>
<div class="top">
<div class="organisation"><p>${logoImg}${text(model.letterhead.name)}</p></div>
<div class="contact">${model.letterhead.contactLines.map((l) => p(l)).join('')}</div>
<div class="address">${model.addressee.map((l) => p(l)).join('')}</div>
</div>
${p(model.placeAndDate, 'place-date')}
<table class="references"><tbody>${references}</tbody></table>
${p(model.salutation, 'salutation')}
${model.blocks.map(block).join('\n')}
${p(model.closing, 'closing')}
<div class="signature">${signatureLines(model).map((l) => p(l)).join('')}</div>
${enclosures}
${model.appendix ? `<section class="appendix"><h2>${text(model.appendix.title)}</h2>\n${model.appendix.blocks.map(block).join('\n')}</section>` : ''}
</article>`;
}

function block(b: LetterBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return p(b.text);
    case 'heading':
      return `<h2>${text(b.text)}</h2>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${text(i)}</li>`).join('')}</ul>`;
    case 'table': {
      const fractions = columnFractions(b.columns);
      const align = (i: number) => (b.columns[i]?.align === 'right' ? ' class="right"' : '');
      const cols = fractions.map((f) => `<col style="width: ${(f * 100).toFixed(3)}%">`).join('');
      const head = b.columns.map((c, i) => `<th${align(i)}>${text(c.header)}</th>`).join('');
      const rows = b.rows.map((r) => `<tr>${b.columns.map((_, i) => `<td${align(i)}>${text(r[i] ?? '')}</td>`).join('')}</tr>`).join('');
      return `<table class="data"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}
