import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../api/client';
import { saveFile } from '../features/documents/host';
import { amsterdamDay } from '../../../core/contracts';
import { CSV_BOM, csvFilename, toCsv } from '../../../core/contracts/csv';
import { utf8ToBase64 } from './csv';
import type { PageResult, VirtualColumn } from './VirtualTable';

export interface CsvExport {
  text: string;
  rows: number;
  filename?: string;
}

type Progress = (done: number, total: number) => void;

interface ExportCsvButtonProps {
  /** File name without date and extension: "leden". */
  name: string;
  /** Makes the file: a dedicated procedure, or `csvFromPages` over the list's own procedure. */
  produce: (progress: Progress) => Promise<CsvExport>;
}

/** Everything the current filter finds, as a CSV file for Excel, with the progress on the button. */
export function ExportCsvButton({ name, produce }: ExportCsvButtonProps) {
  const [progress, setProgress] = useState<string | null>(null);

  async function run() {
    setProgress('');
    try {
      const result = await produce((done, total) => setProgress(`${done.toLocaleString('nl-NL')} van ${total.toLocaleString('nl-NL')}`));
      // Excel needs the byte order mark to read UTF-8; add it when the source did not.
      const text = result.text.startsWith(CSV_BOM) ? result.text : `${CSV_BOM}${result.text}`;
      const filename = result.filename ?? csvFilename(name, amsterdamDay(new Date()));
      if (await saveFile(filename, utf8ToBase64(text), 'text/csv;charset=utf-8')) {
        notifications.show({ color: 'green', message: `${filename} is opgeslagen (${result.rows.toLocaleString('nl-NL')} regels).` });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'Exporteren niet gelukt', message: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  }

  return (
    <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run()} disabled={progress !== null}>
      {progress === null ? 'Exporteren naar CSV' : `Exporteren… ${progress}`}
    </Button>
  );
}

/** A CSV of every row of a paged list (Dutch Excel, core/contracts/csv.ts): the columns with a `text`, all pages fetched in turn. */
export async function csvFromPages<T>(
  columns: VirtualColumn<T>[],
  fetchPage: (offset: number, limit: number) => Promise<PageResult<T>>,
  progress: Progress,
  pageSize = 500,
): Promise<CsvExport> {
  const exported = columns.filter((c) => c.text);
  const rows: T[] = [];
  let total = Infinity;
  while (rows.length < total) {
    const page = await fetchPage(rows.length, pageSize);
    total = page.total;
    rows.push(...page.rows);
    progress(rows.length, total);
    if (page.rows.length === 0) break;
  }
  const text = toCsv(
    rows,
    exported.map((c) => ({ header: c.header, value: c.text!, type: c.csvType })),
  );
  return { text, rows: rows.length };
}
