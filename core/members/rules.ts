import { extractIBAN } from 'ibantools';

/** Rules of membership, contribution and SEPA mandates (L1, L3). Pure: no I/O, days as yyyy-mm-dd. */

/** L1: the contribution when no amount was set for a year: EUR 23.50. */
export const DEFAULT_CONTRIBUTION_CENTS = 2350;

/** L3: a mandate not used for this many months may not be used any more (SEPA rulebook). */
export const MANDATE_EXPIRY_MONTHS = 36;

export const MEMBERSHIP_NUMBER_SERIES = { key: 'members', prefix: 'L', padding: 6 } as const;

export type MemberStatus = 'actief' | 'opgezegd' | 'beeindigd';
export type StoredMandateStatus = 'actief' | 'gewijzigd' | 'ingetrokken';
export type MandateStatus = StoredMandateStatus | 'verlopen';
export type SequenceType = 'FRST' | 'RCUR';

export interface ContributionRate {
  year: number;
  amountCents: number;
}

/** L1: the amount set for the year, or the default. No carrying forward: every year is set on purpose. */
export function contributionFor(year: number, rates: readonly ContributionRate[]): number {
  return rates.find((r) => r.year === year)?.amountCents ?? DEFAULT_CONTRIBUTION_CENTS;
}

/** The same day `months` later; the 31st becomes the last day of a shorter month (29 Feb + 12 → 28 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export interface MandateFacts {
  status: StoredMandateStatus;
  signatureDate: string | null;
  formReceived: boolean;
  lastCollectionDate: string | null;
}

/** L3: the day the 36 months start: the last collection, or the signature when it was never used. */
export function lastUseOf(mandate: Pick<MandateFacts, 'signatureDate' | 'lastCollectionDate'>): string | null {
  return mandate.lastCollectionDate ?? mandate.signatureDate;
}

/** L3: the last day the mandate may still be used, or null when it has no start (form not signed yet). */
export function mandateExpiresAfter(mandate: Pick<MandateFacts, 'signatureDate' | 'lastCollectionDate'>): string | null {
  const lastUse = lastUseOf(mandate);
  return lastUse ? addMonths(lastUse, MANDATE_EXPIRY_MONTHS) : null;
}

/**
 * L3: the status a person sees. "Verlopen" is derived, never stored: an active mandate unused for
 * more than 36 months. Exactly 36 months after the last use it is still valid; one day later not.
 */
export function mandateStatus(mandate: MandateFacts, today: string): MandateStatus {
  if (mandate.status !== 'actief') return mandate.status;
  const expiresAfter = mandateExpiresAfter(mandate);
  return expiresAfter !== null && today > expiresAfter ? 'verlopen' : 'actief';
}

/** L3: no collection without a signed mandate: the signed form is in, and the mandate is active and not expired. */
export function canCollect(mandate: MandateFacts, today: string): boolean {
  return mandate.formReceived && mandate.signatureDate !== null && mandate.signatureDate <= today && mandateStatus(mandate, today) === 'actief';
}

/** Why a mandate cannot be collected from, in Dutch, or null when it can. */
export function collectBlocker(mandate: MandateFacts, today: string): string | null {
  const status = mandateStatus(mandate, today);
  if (status === 'ingetrokken') return 'De machtiging is ingetrokken.';
  if (status === 'gewijzigd') return 'De machtiging is vervangen door een wijziging.';
  if (status === 'verlopen') return 'De machtiging is langer dan 36 maanden niet gebruikt en daardoor verlopen.';
  if (!mandate.formReceived || mandate.signatureDate === null) return 'Het ondertekende machtigingsformulier is nog niet ontvangen.';
  if (mandate.signatureDate > today) return 'De datum van ondertekening ligt in de toekomst.';
  return null;
}

/** The bank behind an account: country and the bank code inside the IBAN (NL91ABNA… → NL:ABNA). */
export function bankOf(iban: string): string {
  const extracted = extractIBAN(iban);
  return `${extracted.countryCode ?? iban.slice(0, 2)}:${extracted.bankIdentifier ?? iban.slice(4, 8)}`;
}

/**
 * L3: the sequence type of the next collection after the account changed. Another bank has never
 * seen this mandate, so the next collection is a first one (FRST) again; within the same bank the
 * sequence goes on as it was.
 */
export function sequenceAfterIbanChange(previous: { iban: string; sequenceType: SequenceType }, nextIban: string): SequenceType {
  return bankOf(previous.iban) === bankOf(nextIban) ? previous.sequenceType : 'FRST';
}

/**
 * L3: mandate references per member: the membership number and a serial, "L000123-M01". An
 * amendment keeps its reference (SEPA), so the serial only grows with a new mandate.
 */
export function nextMandateReference(membershipNumber: string, existingReferences: readonly string[]): string {
  const prefix = `${membershipNumber}-M`;
  const serials = existingReferences.filter((r) => r.startsWith(prefix)).map((r) => Number.parseInt(r.slice(prefix.length), 10)).filter(Number.isFinite);
  const next = (serials.length ? Math.max(...serials) : 0) + 1;
  return `${prefix}${String(next).padStart(2, '0')}`;
}

export type MembershipProblem = 'member.end_before_start' | 'member.end_date_required' | 'member.active_with_end_date';

/**
 * A membership that ends (opgezegd: notice given, beeindigd: over) has an end date on or after the
 * start; an active one has none.
 */
export function membershipProblem(m: { status: MemberStatus; startDate: string; endDate: string | null }): MembershipProblem | null {
  if (m.status === 'actief') return m.endDate ? 'member.active_with_end_date' : null;
  if (!m.endDate) return 'member.end_date_required';
  return m.endDate < m.startDate ? 'member.end_before_start' : null;
}
