/**
 * The UTC instant at which a calendar day (plus `addDays`) starts in Europe/Amsterdam, so a filter
 * "21-11-2026" covers that whole Dutch day, summer time included.
 */
export function localDayStart(isoDate: string, addDays = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const noonUtc = new Date(Date.UTC(y, m - 1, d + addDays, 12));
  const offsetMinutes = amsterdamOffsetMinutes(noonUtc);
  return new Date(Date.UTC(y, m - 1, d + addDays) - offsetMinutes * 60_000).toISOString();
}

function amsterdamOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')!.value; // "GMT+1" or "GMT+2"
  const match = /GMT([+-]\d+)/.exec(name);
  return match ? Number(match[1]) * 60 : 0;
}
