/**
 * One printable document from many letters, each starting on a new page. Each distinct stylesheet
 * is kept once (letters of one type share theirs). Each letter also gets a named page with a page
 * counter of its own, as templates' renderHtmlBatch does, so a letter's footer says "Pagina 1",
 * "Pagina 2" for that letter rather than counting the whole print run ("van Y" cannot be counted
 * ahead per letter in CSS, so it is left out). Scripts never survive: the letters have none.
 */
export function combineLetters(letters: readonly string[], title: string): string {
  const parser = new DOMParser();
  const documents = letters.map((html) => parser.parseFromString(html, 'text/html'));
  const styles = new Set<string>();
  for (const doc of documents) {
    for (const style of doc.head.querySelectorAll('style')) styles.add(style.textContent ?? '');
  }
  const pageRules: string[] = [];
  const sections = documents.map((doc, index) => {
    for (const script of doc.body.querySelectorAll('script')) script.remove();
    const footer = doc.body.querySelector('[data-footer]')?.getAttribute('data-footer');
    const name = `sdletter${index + 1}`;
    if (footer !== null && footer !== undefined) pageRules.push(letterPageRule(name, footer));
    const page = footer !== null && footer !== undefined ? ` style="page: ${name}"` : '';
    return `<section class="sd-batch-letter"${page}>${doc.body.innerHTML}</section>`;
  });
  return [
    '<!doctype html><html lang="nl"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    ...[...styles].map((css) => `<style>${css}</style>`),
    `<style>.sd-batch-letter{break-after:page}.sd-batch-letter:last-child{break-after:auto}\n${pageRules.join('\n')}</style>`,
    '</head><body>',
    ...sections,
    '</body></html>',
  ].join('');
}

/** The letter's own footer and page counter; box styling comes from the letter's own @page rule. */
function letterPageRule(name: string, footer: string): string {
  return `@page ${name} { counter-increment: ${name}; @bottom-left { content: ${cssString(footer)}; } @bottom-right { content: "Pagina " counter(${name}); } }`;
}

/** A CSS string literal that no text can break out of: everything but letters, digits and spaces is hex-escaped. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `${out}"`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
