/**
 * Forms give moments as Woerden wall-clock time ('2026-11-21T14:30'); the database keeps instants.
 * The offset is found by asking Intl what the wall clock reads at a first guess, which handles
 * summer time without a time-zone library. A time that does not exist (the hour skipped in March)
 * lands one hour later, as a clock on the wall would show it.
 */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function wallClockMs(at: Date): number {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
}

export function instantFromAmsterdamLocal(local: string): Date {
  const [y = 0, m = 1, d = 1, hh = 0, mm = 0] = local.split(/[-T:]/).map(Number);
  const wanted = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wanted - (wallClockMs(new Date(wanted)) - wanted);
  guess += wanted - wallClockMs(new Date(guess));
  return new Date(guess);
}

/** The other way: an instant as 'yyyy-mm-ddThh:mm' in Woerden, for forms. */
export function amsterdamLocal(at: Date): string {
  return new Date(wallClockMs(at)).toISOString().slice(0, 16);
}
