import { DateInput, type DateInputProps } from '@mantine/dates';

/** Accepts what people type in the Netherlands: 21-11-2026, 21-11-26, 21/11/2026, 2026-11-21. */
export function parseDutchDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dutch = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dutch
      ? [Number(dutch[3]!.length === 2 ? `20${dutch[3]}` : dutch[3]), Number(dutch[2]), Number(dutch[1])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date field that shows and accepts dd-mm-jjjj and holds yyyy-mm-dd, as the contracts expect. */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return <DateInput valueFormat="DD-MM-YYYY" dateParser={parseDutchDate} placeholder="dd-mm-jjjj" clearable {...props} />;
}
