/** Dutch display formats, used by the screens and the letters alike. Business time zone: Europe/Amsterdam. */
const TIME_ZONE = 'Europe/Amsterdam';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const longDateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const moneyFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

function toDate(value: string | Date): Date {
  // A bare date (2026-11-21) is a calendar day, not midnight UTC.
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/** 21-11-2026 */
export function formatDate(value: string | Date): string {
  const parts = Object.fromEntries(dateFormat.formatToParts(toDate(value)).map((p) => [p.type, p.value]));
  return `${parts.day}-${parts.month}-${parts.year}`;
}

/** 21-11-2026 14:05 */
export function formatDateTime(value: string | Date): string {
  return `${formatDate(value)} ${timeFormat.format(toDate(value))}`;
}

/** 14:05 */
export function formatTime(value: string | Date): string {
  return timeFormat.format(toDate(value));
}

/** 21 november 2026 (letters) */
export function formatLongDate(value: string | Date): string {
  return longDateFormat.format(toDate(value));
}

/** € 1.234,56 from integer cents. */
export function formatMoney(cents: number): string {
  return moneyFormat.format(cents / 100).replace(/\u00a0/g, ' ');
}

const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Woerden at this instant, as 2026-11-21. */
export function amsterdamDay(at: Date): string {
  return isoDayFormat.format(at);
}
