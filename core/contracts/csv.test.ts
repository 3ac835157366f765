import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvFilename, toCsv, type CsvColumn } from './csv';

type Row = { name: string; phone: string | null; note: string | null; day: string; cents: number; active: boolean };
const columns: CsvColumn<Row>[] = [
  { header: 'Naam', value: (r) => r.name },
  { header: 'Telefoon', value: (r) => r.phone, type: 'code' },
  { header: 'Notitie', value: (r) => r.note },
  { header: 'Datum', value: (r) => r.day, type: 'date' },
  { header: 'Bedrag', value: (r) => r.cents, type: 'money' },
  { header: 'Actief', value: (r) => r.active },
];

describe('CSV for Dutch Excel', () => {
  const csv = toCsv<Row>(
    [
      { name: 'Ünal; Ayşe', phone: '0612345678', note: 'Zegt "dag"\nen belt terug', day: '2026-11-21', cents: 2350, active: true },
      { name: '=SOM(A1)', phone: null, note: null, day: '2026-01-02', cents: 0, active: false },
    ],
    columns,
  );

  it('starts with a byte-order mark, separates with ; and ends lines with CRLF', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('Naam;Telefoon;Notitie;Datum;Bedrag;Actief');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes fields with ; " or line breaks, doubling quotes; dates dd-mm-jjjj, cents with a decimal comma', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('"Ünal; Ayşe";"=""0612345678""";"Zegt ""dag""\nen belt terug";21-11-2026;23,50;ja');
    expect(lines[2]).toBe("'=SOM(A1);;;02-01-2026;0,00;nee");
  });

  it('names the file after the list and the day', () => {
    expect(csvFilename('Personen', '2026-11-21')).toBe('Personen 2026-11-21.csv');
  });
});
