import {
  COLOURS,
  CONTACT_COLUMN_MM,
  CSS_FONT_STACK,
  LETTERHEAD_HEIGHT_MM,
  PAGE_MM,
  REFERENCE_LABEL_MM,
  TABLE_CELL_PADDING_MM,
  TEXT_WIDTH_MM,
  TYPE_PT,
  WINDOW_MM,
} from './layout';

/**
 * The house style as CSS, with the same measurements as the .docx (see layout.ts). Print media
 * (Chromium's page.pdf, the host's printToPDF) gets the A4 page; the screen gets a white sheet on
 * grey, so the preview looks like paper.
 */
export function letterCss(): string {
  const p = PAGE_MM;
  const pt = (n: number) => `${n}pt`;
  const mm = (n: number) => `${n}mm`;
  const cell = TABLE_CELL_PADDING_MM;
  return `
@page { size: A4; margin: ${mm(p.top)} ${mm(p.right)} ${mm(p.bottom)} ${mm(p.left)}; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${CSS_FONT_STACK}; font-size: ${pt(TYPE_PT.body)}; line-height: ${pt(TYPE_PT.line)}; color: #000; }
p { margin: 0 0 ${pt(TYPE_PT.line)}; orphans: 2; widows: 2; }
/* Word keeps every space ("3477 GG  WOERDEN" has two); so does the letter here. */
p, td, th, li, h2 { white-space: pre-wrap; }
.letter + .letter { break-before: page; }
.top { display: grid; grid-template-columns: ${mm(WINDOW_MM.width)} 1fr ${mm(CONTACT_COLUMN_MM)};
  grid-template-rows: ${mm(LETTERHEAD_HEIGHT_MM)} ${mm(WINDOW_MM.height)}; }
.top > * { overflow: hidden; }
.organisation { grid-column: 1 / 3; }
.organisation .logo { vertical-align: baseline; }
.organisation p { margin: 0; font-weight: bold; font-size: ${pt(TYPE_PT.organisation)}; line-height: ${pt(TYPE_PT.organisation * 1.2)}; color: #${COLOURS.accent}; }
.contact p, .small { margin: 0; font-size: ${pt(TYPE_PT.small)}; line-height: ${pt(TYPE_PT.smallLine)}; color: #${COLOURS.muted}; }
.address { grid-column: 1; }
.address p { margin: 0; }
.place-date { margin: 6pt 0 6pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td, th { padding: 0; text-align: left; vertical-align: top; font-weight: normal; }
.references td { padding: 0; }
.references .label { width: ${mm(REFERENCE_LABEL_MM)}; padding-top: 1.5pt; font-size: ${pt(TYPE_PT.small)}; line-height: ${pt(TYPE_PT.smallLine)}; color: #${COLOURS.muted}; }
.references .subject { font-weight: bold; }
.salutation { margin-top: ${pt(TYPE_PT.line * 2)}; }
h2 { margin: 0 0 3pt; font-size: ${pt(TYPE_PT.heading)}; line-height: ${pt(TYPE_PT.line)}; color: #${COLOURS.accent}; break-after: avoid; break-inside: avoid; }
ul { margin: 0 0 ${pt(TYPE_PT.line)}; padding-left: 5mm; list-style: none; }
ul li { position: relative; }
ul li::before { content: "\\2022"; position: absolute; left: -5mm; }
.data { margin: 0 -${mm(cell.x)} ${pt(TYPE_PT.line)}; width: calc(100% + ${mm(2 * cell.x)}); }
.data th, .data td { padding: ${mm(cell.y)} ${mm(cell.x)}; break-inside: avoid; }
.data th { font-weight: bold; border-bottom: 1pt solid #${COLOURS.accent}; }
.data td { border-bottom: 0.5pt solid #${COLOURS.ruleLight}; }
.data .right { text-align: right; }
.data thead { display: table-header-group; }
.closing { margin: 0 0 ${pt(TYPE_PT.signatureSpace)}; break-after: avoid; }
.signature p, .enclosures p { margin: 0; }
.signature { break-inside: avoid; }
.enclosures { margin-top: ${pt(TYPE_PT.line * 2)}; break-inside: avoid; }
.enclosures .label { font-weight: bold; }
.appendix { break-before: page; }
@media screen {
  html { background: #e9ecef; }
  body { padding: 8mm 0; }
  .letter { position: relative; width: ${mm(p.width)}; min-height: ${mm(p.height)}; margin: 0 auto 8mm; background: #fff;
    padding: ${mm(p.top)} ${mm(p.right)} ${mm(p.bottom)} ${mm(p.left)}; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
  .letter::after { content: attr(data-footer); position: absolute; left: ${mm(p.left)}; right: ${mm(p.right)}; bottom: ${mm(p.footerFromBottom)};
    font-size: ${pt(TYPE_PT.small)}; line-height: ${pt(TYPE_PT.smallLine)}; color: #${COLOURS.muted}; white-space: pre-wrap; }
  .appendix { margin-top: ${mm(p.bottom + p.top)}; padding-top: ${mm(p.top)}; border-top: 1px dashed #${COLOURS.rule}; }
}
`;
}

/**
 * Footer small print and page numbers in the page's margin boxes, as Word puts them in the footer.
 * In a batch every letter gets a named page of its own, so its footer and page count go with it.
 */
export function pageFooterCss(footer: string, page: { name: string; counter: string } | null): string {
  const box = `font-family: ${CSS_FONT_STACK}; font-size: ${TYPE_PT.small}pt; line-height: ${TYPE_PT.smallLine}pt; color: #${COLOURS.muted}; vertical-align: bottom; padding-bottom: ${PAGE_MM.footerFromBottom}mm; white-space: pre-wrap;`;
  // Widths in mm: with percentages Chromium wrapped the small print at about half the line here.
  const left = `@bottom-left { content: ${cssString(footer)}; ${box} width: ${TEXT_WIDTH_MM - PAGE_NUMBER_MM}mm; text-align: left; }`;
  const right = (label: string) => `@bottom-right { content: ${label}; ${box} width: ${PAGE_NUMBER_MM}mm; text-align: right; }`;
  if (!page) return `@page {\n  ${left}\n  ${right('"Pagina " counter(page) " van " counter(pages)')}\n}\n`;
  // A counter of the letter's own, counted on its named pages only, restarts "Pagina X" per letter.
  return `@page ${page.name} {\n  counter-increment: ${page.counter};\n  ${left}\n  ${right(`"Pagina " counter(${page.counter})`)}\n}\n`;
}

const PAGE_NUMBER_MM = 35;

/**
 * A CSS string literal. Everything but plain letters, digits and spaces becomes a hex escape, so
 * no text can close the string or the <style> element ("</style>" becomes \3c /style\3e ).
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `${out}"`;
}
