import type { LetterModel, TableColumn } from '../model';

/**
 * The house style in numbers, shared by the .docx and the HTML renderer so both put everything in
 * the same place. Millimetres for positions, points for type.
 */
export const PAGE_MM = { width: 210, height: 297, top: 20, right: 20, bottom: 30, left: 25, footerFromBottom: 10 } as const;
export const TEXT_WIDTH_MM = PAGE_MM.width - PAGE_MM.left - PAGE_MM.right;

/**
 * Dutch window envelopes (EA5/6, C5/6 venster links) show a field from about 45 to 90 mm from the top
 * and 20 to 110 mm from the left of a folded A4. The letterhead takes exactly the space above it, so
 * the first address line starts at 50 mm and 25 mm from the left, whatever the logo.
 */
export const LETTERHEAD_HEIGHT_MM = 30;
export const WINDOW_MM = { top: PAGE_MM.top + LETTERHEAD_HEIGHT_MM, width: 85, height: 40 } as const;
export const CONTACT_COLUMN_MM = 62;
export const REFERENCE_LABEL_MM = 28;
/** Inside the cells of a data table; the table reaches this far into the margins (see docx.ts). */
export const TABLE_CELL_PADDING_MM = { x: 1.5, y: 0.8 } as const;
export const LOGO_MAX_MM = { width: 55, height: 15 } as const;
/** Between logo and name; spaces, so Word and the browser (white-space: pre-wrap) agree on the width. */
export const LOGO_GAP = '  ';

export const FONT_FAMILY = 'Arial';
/** Arial where it exists (Windows, macOS); its metric twin Liberation Sans on Linux. */
export const CSS_FONT_STACK = 'Arial, "Liberation Sans", Helvetica, sans-serif';
export const COLOURS = { accent: '1F3A5F', muted: '555555', rule: 'B8C2CC', ruleLight: 'DDE2E7' } as const;

/** Type sizes and line heights in points; line heights are "at least" in Word, fixed in CSS. */
export const TYPE_PT = {
  body: 10,
  line: 13.5,
  small: 8,
  smallLine: 10.5,
  organisation: 14,
  heading: 10.5,
  /** White space after closing for a handwritten signature. */
  signatureSpace: 42,
} as const;

export const MM_PER_INCH = 25.4;
export const twips = (mm: number): number => Math.round((mm * 1440) / MM_PER_INCH);
export const twipsFromPt = (pt: number): number => Math.round(pt * 20);

/**
 * Widths of a table's columns as fractions of the table width. A width below 1 is a fraction
 * (0.2 = a fifth) and the columns without one share what is left; otherwise widths are weights and
 * columns without one weigh the average of those that have one.
 */
export function columnFractions(columns: readonly TableColumn[]): number[] {
  const given = columns.map((c) => (c.width !== undefined && c.width > 0 ? c.width : undefined));
  const known = given.filter((w): w is number => w !== undefined);
  const missing = given.length - known.length;
  const sum = known.reduce((a, b) => a + b, 0);
  let weights: number[];
  if (missing === 0) weights = given as number[];
  else if (known.length === 0) weights = given.map(() => 1);
  else if (sum < 1) weights = given.map((w) => w ?? (1 - sum) / missing);
  else weights = given.map((w) => w ?? sum / known.length);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

export interface ReferenceRow {
  label: string;
  value: string;
  isSubject: boolean;
}

/** The small reference table under place and date; a reference that is not there gets no row. */
export function referenceRows(model: LetterModel): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  if (model.ourReference) rows.push({ label: 'Ons kenmerk', value: model.ourReference, isSubject: false });
  if (model.yourReference) rows.push({ label: 'Uw kenmerk', value: model.yourReference, isSubject: false });
  rows.push({ label: 'Betreft', value: model.subject, isSubject: true });
  return rows;
}

export function enclosureLabel(count: number): string {
  return count === 1 ? 'Bijlage:' : 'Bijlagen:';
}

export function signatureLines(model: LetterModel): string[] {
  const { name, jobTitle, organisation } = model.signature;
  return [name, jobTitle ?? '', organisation].filter((line) => line.trim() !== '');
}

/** Footer small print on one line: the footer lines separated by a middle dot. */
export function footerText(model: LetterModel): string {
  return model.letterhead.footerLines.join('  ·  ');
}

/** A paragraph's text may hold single line breaks (an address typed in the body, say). */
export function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}
