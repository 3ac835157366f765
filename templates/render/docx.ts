import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import type { LetterBlock, LetterModel } from '../model';
import { BULLET_LIST, STYLE, docxNumbering, docxStyles } from './docx-styles';
import {
  COLOURS,
  CONTACT_COLUMN_MM,
  LETTERHEAD_HEIGHT_MM,
  MM_PER_INCH,
  PAGE_MM,
  REFERENCE_LABEL_MM,
  TABLE_CELL_PADDING_MM,
  TEXT_WIDTH_MM,
  WINDOW_MM,
  LOGO_GAP,
  columnFractions,
  enclosureLabel,
  footerText,
  linesOf,
  referenceRows,
  signatureLines,
  twips,
} from './layout';
import { readLogo } from './logo';

const TEXT_WIDTH = twips(TEXT_WIDTH_MM);
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };
const NO_BORDERS = TableBorders.NONE;

/** The letter as an editable Word document (A4, house styles, window-envelope address). */
export async function renderDocx(model: LetterModel): Promise<Buffer> {
  const document = new Document({
    creator: model.signature.organisation,
    title: model.title,
    subject: model.subject,
    styles: docxStyles,
    numbering: docxNumbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE_MM.width), height: twips(PAGE_MM.height) },
            margin: {
              top: twips(PAGE_MM.top),
              right: twips(PAGE_MM.right),
              bottom: twips(PAGE_MM.bottom),
              left: twips(PAGE_MM.left),
              header: twips(PAGE_MM.top / 2),
              footer: twips(PAGE_MM.footerFromBottom),
              gutter: 0,
            },
          },
        },
        footers: { default: footer(model) },
        children: [...letterTop(model), ...references(model), ...body(model), ...ending(model)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function paragraph(style: string, text: string, extra: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({ style, children: runs(text), ...extra });
}

/** Line breaks inside a paragraph become Word line breaks, not new paragraphs. */
function runs(text: string): ParagraphChild[] {
  return linesOf(text).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

/**
 * Letterhead and address in one borderless table with exact row heights, so the address starts at
 * the same place in Word and LibreOffice whatever the logo or the number of contact lines (checked
 * in print.test.ts). One table, because Word merges two tables that touch.
 */
function letterTop(model: LetterModel): FileChild[] {
  const contactWidth = twips(CONTACT_COLUMN_MM);
  const windowWidth = twips(WINDOW_MM.width);
  const middleWidth = TEXT_WIDTH - contactWidth - windowWidth;
  const logo = readLogo(model.letterhead.logoDataUrl);
  const px = (mm: number) => Math.round((mm / MM_PER_INCH) * 96);
  // The logo stands on the baseline of the name beside it, as a word mark: stacked, the name would crowd the window.
  const organisation = new Paragraph({
    style: STYLE.organisation,
    children: [
      ...(logo ? [new ImageRun({ type: logo.type, data: logo.bytes, transformation: { width: px(logo.widthMm), height: px(logo.heightMm) } }), new TextRun(LOGO_GAP)] : []),
      ...runs(model.letterhead.name),
    ],
  });
  const cell = (children: Paragraph[], width: number, columnSpan?: number) =>
    new TableCell({ children: children.length ? children : [new Paragraph({ style: STYLE.address })], width: { size: width, type: WidthType.DXA }, columnSpan, margins: NO_MARGINS });
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [windowWidth, middleWidth, contactWidth],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      margins: NO_MARGINS,
      rows: [
        new TableRow({
          height: { value: twips(LETTERHEAD_HEIGHT_MM), rule: HeightRule.EXACT },
          children: [
            cell([organisation], windowWidth + middleWidth, 2),
            cell(model.letterhead.contactLines.map((l) => paragraph(STYLE.small, l)), contactWidth),
          ],
        }),
        new TableRow({
          height: { value: twips(WINDOW_MM.height), rule: HeightRule.EXACT },
          children: [cell(model.addressee.map((l) => paragraph(STYLE.address, l)), windowWidth), cell([], middleWidth + contactWidth, 2)],
        }),
      ],
    }),
    paragraph(STYLE.placeAndDate, model.placeAndDate),
  ];
}

function references(model: LetterModel): FileChild[] {
  const labelWidth = twips(REFERENCE_LABEL_MM);
  const cell = (p: Paragraph, width: number) => new TableCell({ children: [p], width: { size: width, type: WidthType.DXA }, margins: NO_MARGINS });
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      margins: NO_MARGINS,
      rows: referenceRows(model).map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(paragraph(STYLE.referenceLabel, row.label), labelWidth),
              cell(paragraph(row.isSubject ? STYLE.subject : STYLE.reference, row.value), TEXT_WIDTH - labelWidth),
            ],
          }),
      ),
    }),
    paragraph(STYLE.salutation, model.salutation),
  ];
}

/** The last paragraph stays with the closing, so a signature never stands alone on a new page. */
function body(model: LetterModel): FileChild[] {
  const last = model.blocks.at(-1);
  const rest = last?.kind === 'paragraph' ? model.blocks.slice(0, -1) : model.blocks;
  const children = rest.flatMap(block);
  if (last?.kind === 'paragraph') children.push(new Paragraph({ style: STYLE.normal, keepNext: true, keepLines: true, children: runs(last.text) }));
  return children;
}

function block(b: LetterBlock): FileChild[] {
  switch (b.kind) {
    case 'paragraph':
      return [paragraph(STYLE.normal, b.text)];
    case 'heading':
      return [paragraph(STYLE.heading, b.text)];
    case 'list':
      return b.items.map((item) => new Paragraph({ style: STYLE.list, numbering: { reference: BULLET_LIST, level: 0 }, children: runs(item) }));
    case 'table':
      // The spacer paragraph gives the blank line after the table and keeps two tables apart.
      return [dataTable(b), new Paragraph({ style: STYLE.spacer })];
  }
}

/**
 * A data table reaches 1.5 mm into both margins, as Word's own tables do, so the text in its cells
 * lines up with the paragraphs above and below it.
 */
function dataTable(b: Extract<LetterBlock, { kind: 'table' }>): Table {
  const pad = twips(TABLE_CELL_PADDING_MM.x);
  const tableWidth = TEXT_WIDTH + 2 * pad;
  const widths = columnFractions(b.columns).map((f) => Math.round(f * tableWidth));
  const line = (colour: string, size: number) => ({ style: BorderStyle.SINGLE, size, color: colour });
  const cellMargins = { top: twips(TABLE_CELL_PADDING_MM.y), bottom: twips(TABLE_CELL_PADDING_MM.y), left: pad, right: pad };
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: b.columns.map(
        (column, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            margins: cellMargins,
            borders: { bottom: header ? line(COLOURS.accent, 8) : line(COLOURS.ruleLight, 4) },
            children: [
              paragraph(header ? STYLE.tableHeader : STYLE.tableText, cells[i] ?? '', {
                alignment: column.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    indent: { size: -pad, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [row(b.columns.map((c) => c.header), true), ...b.rows.map((r) => row(r, false))],
  });
}

function ending(model: LetterModel): FileChild[] {
  const children: FileChild[] = [paragraph(STYLE.closing, model.closing)];
  children.push(...signatureLines(model).map((l) => paragraph(STYLE.signature, l)));
  if (model.enclosures.length > 0) {
    children.push(paragraph(STYLE.enclosuresLabel, enclosureLabel(model.enclosures.length)));
    children.push(...model.enclosures.map((e) => paragraph(STYLE.enclosure, e)));
  }
  if (model.appendix) {
    children.push(new Paragraph({ style: STYLE.heading, pageBreakBefore: true, children: runs(model.appendix.title) }));
    children.push(...model.appendix.blocks.flatMap(block));
  }
  return children;
}

/** Small print left, "Pagina X van Y" right on a right tab; the numbers are Word fields. */
function footer(model: LetterModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [
          new TextRun(footerText(model)),
          new TextRun({ children: [new Tab(), 'Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
