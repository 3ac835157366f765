/**
 * The letter as a small document model: what every template produces and both renderers (.docx and
 * HTML) draw. One model, two renderers: the preview shows what the archived .docx says.
 */
export interface LetterModel {
  /** Window title and archive title, e.g. "Algemene brief aan mevrouw J. de Vries". */
  title: string;
  letterhead: Letterhead;
  /** Dutch address format: name, (contact,) street + number, "1234 AB  PLAATS", country if abroad. */
  addressee: string[];
  /** "Woerden, 21 november 2026" */
  placeAndDate: string;
  ourReference?: string;
  yourReference?: string;
  /** "Betreft" */
  subject: string;
  /** "Geachte mevrouw De Vries," */
  salutation: string;
  blocks: LetterBlock[];
  /** "Met vriendelijke groet," */
  closing: string;
  signature: { name: string; jobTitle?: string | null; organisation: string };
  /** "Bijlage(n)" */
  enclosures: string[];
  /**
   * Pages after the letter, starting on a new page: a form to fill in, sign and return (the SEPA
   * mandate form) is torn off without the letter. Most letters have none.
   */
  appendix?: { title: string; blocks: LetterBlock[] };
}

export interface Letterhead {
  name: string;
  /** data:image/png;base64,… or null. */
  logoDataUrl: string | null;
  /** Lines beside the logo: address, postal address, phone, e-mail, website. */
  contactLines: string[];
  /** Small print in the page footer: KvK, btw, IBAN. */
  footerLines: string[];
}

/** Text may hold single "\n" line breaks; both renderers keep them as line breaks in one paragraph. */
export type LetterBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] };

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
  /**
   * Relative width; columns without one share the rest. Below 1 it is a fraction of the table
   * (0.2 = a fifth); otherwise a weight, and columns without one weigh the average.
   */
  width?: number;
}
