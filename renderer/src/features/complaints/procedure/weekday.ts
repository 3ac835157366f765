const weekdayFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', timeZone: 'UTC' });

/** "vr" for 2026-05-15: a calendar day, read at noon UTC so no zone moves it. */
export function weekday(day: string): string {
  return weekdayFormat.format(new Date(`${day}T12:00:00Z`)).replace('.', '');
}
