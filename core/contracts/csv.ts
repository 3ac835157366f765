import { formatDate, formatDateTime } from './format';

/**
 * CSV as Dutch Excel opens it by double-click: UTF-8 with a byte-order mark (else "Ünal" turns into
 * "Ãœnal"), `;` between fields (the comma is the decimal sign), CRLF line ends, fields with `;`, `"`
 * or line breaks in double quotes with quotes doubled, dates as dd-mm-jjjj. Pure and browser-safe:
 * the renderer exports any list it holds with it, the core exports lists too long to hold.
 */
export type CsvType = 'text' | 'code' | 'number' | 'money' | 'date' | 'datetime';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
  /**
   * `code`: digits that are not a number (phone, KvK, membership number): kept as text in Excel, so
   * 0612345678 keeps its zero and +31… is not read as a formula. `money`: integer cents → 1234,56.
   * `date`/`datetime`: ISO in, 21-11-2026 (14:05) out. `text` (default) is guarded against formulas.
   */
  type?: CsvType;
}

export const CSV_BOM = '\uFEFF';

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => quote(c.header)).join(';')];
  for (const row of rows) lines.push(columns.map((c) => quote(cell(c.value(row), c.type ?? 'text'))).join(';'));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** "persons 2026-11-21.csv" style names: the list's name and today's date, safe on every file system. */
export function csvFilename(name: string, isoDay: string): string {
  return `${name.replace(/[\\/:*?"<>|]/g, '-')} ${isoDay}.csv`;
}

function cell(value: string | number | boolean | null | undefined, type: CsvType): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  switch (type) {
    case 'code':
      return `="${String(value)}"`;
    case 'number':
      return String(value).replace('.', ',');
    case 'money':
      return (Number(value) / 100).toFixed(2).replace('.', ',');
    case 'date':
      return formatDate(String(value));
    case 'datetime':
      return formatDateTime(String(value));
    case 'text': {
      const text = String(value);
      // A cell starting with = + - @ is a formula to Excel: typed data must never run as one.
      return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    }
  }
}

function quote(text: string): string {
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
