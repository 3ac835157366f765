import type Database from 'better-sqlite3';
import { toCsv, type CsvColumn } from '../contracts/csv';
import { PERSON_KIND_LABELS, PREFERRED_CHANNEL_LABELS, SALUTATION_LABELS, type PersonKind, type Salutation } from '../contracts/persons';
import { allPersonsForExport, type ListFilter } from './list';
import { displayName, houseNumberText } from './names';

type ExportRow = Record<string, unknown>;
const text = (field: string) => (r: ExportRow) => (r[field] as string | null) ?? null;

const COLUMNS: CsvColumn<ExportRow>[] = [
  { header: 'Soort', value: (r) => PERSON_KIND_LABELS[r.kind as PersonKind] },
  { header: 'Sorteernaam', value: text('sortName') },
  { header: 'Naam', value: (r) => displayName(r as never) },
  { header: 'Aanhef', value: (r) => (r.salutation ? SALUTATION_LABELS[r.salutation as Salutation] : null) },
  { header: 'Straat', value: text('street') },
  { header: 'Huisnummer', value: (r) => houseNumberText(r as never) || null },
  { header: 'Postcode', value: text('postcode') },
  { header: 'Plaats', value: text('city') },
  { header: 'Land', value: text('country') },
  { header: 'Telefoon', value: text('phone'), type: 'code' },
  { header: 'Telefoon 2', value: text('phoneAlt'), type: 'code' },
  { header: 'E-mail', value: text('email') },
  { header: 'Voorkeur', value: (r) => PREFERRED_CHANNEL_LABELS[r.preferredChannel as 'post' | 'email'] },
  { header: 'Aangemaakt op', value: text('createdAt'), type: 'date' },
];

/** The filtered person list as a CSV for Excel (core/contracts/csv.ts). */
export function personsCsv(sqlite: Database.Database, filter: ListFilter): { text: string; rows: number } {
  const rows = allPersonsForExport(sqlite, filter);
  return { text: toCsv(rows, COLUMNS), rows: rows.length };
}
