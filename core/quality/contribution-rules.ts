import { addDays } from '../calendar';

/**
 * Q7 as pure functions: EUR 235 a year excluding BTW from 1 January 2016; members of Zelfstandigen
 * Bouw get a discount whose size the source does not give, so it is a setting per year.
 */

export const FIRST_CONTRIBUTION_YEAR = 2016;

export interface Rate {
  year: number;
  amountCents: number;
  /** Hundredths of a percent: 2100 is 21%. */
  vatBasisPoints: number;
  discountBasisPoints: number;
}

/** Q7: EUR 235, 21% BTW; the 10% discount is our assumption until the board sets its own. */
export const DEFAULT_RATE: Omit<Rate, 'year'> = { amountCents: 23_500, vatBasisPoints: 2_100, discountBasisPoints: 1_000 };

/** The year's rate, or the latest earlier year's when the year has none (null before any rate). */
export function rateFor<R extends Rate>(rates: readonly R[], year: number): R | null {
  let best: R | null = null;
  for (const rate of rates) if (rate.year <= year && (!best || rate.year > best.year)) best = rate;
  return best;
}

/**
 * The rates to fill in up to `upToYear`: each missing year from 2016 gets the latest earlier year's
 * values (the defaults before any), so every year shows what it is charged with.
 */
export function missingRates(stored: readonly Rate[], upToYear: number): Rate[] {
  const all: Rate[] = [...stored];
  const added: Rate[] = [];
  for (let year = FIRST_CONTRIBUTION_YEAR; year <= upToYear; year++) {
    if (all.some((r) => r.year === year)) continue;
    const earlier = rateFor(all, year);
    const rate = { year, ...(earlier ? { amountCents: earlier.amountCents, vatBasisPoints: earlier.vatBasisPoints, discountBasisPoints: earlier.discountBasisPoints } : DEFAULT_RATE) };
    all.push(rate);
    added.push(rate);
  }
  return added;
}

const ofBasisPoints = (cents: number, basisPoints: number) => Math.round((cents * basisPoints) / 10_000);

export interface Charge {
  year: number;
  amountCents: number;
  discountCents: number;
  vatCents: number;
  totalCents: number;
  chargedOn: string;
  dueOn: string;
}

/**
 * Q7: the year's amount, less the Zelfstandigen Bouw discount, plus BTW on what remains. Charged on
 * 1 January, or on the start day in the year a participant joins; no pro rata (the source has none).
 */
export function chargeFor(rate: Omit<Rate, 'year'>, year: number, participant: { startDate: string; zelfstandigenBouw: boolean }, paymentTermDays: number): Charge {
  const discountCents = participant.zelfstandigenBouw ? ofBasisPoints(rate.amountCents, rate.discountBasisPoints) : 0;
  const net = rate.amountCents - discountCents;
  const vatCents = ofBasisPoints(net, rate.vatBasisPoints);
  const firstOfYear = `${year}-01-01`;
  const chargedOn = participant.startDate > firstOfYear ? participant.startDate : firstOfYear;
  return { year, amountCents: rate.amountCents, discountCents, vatCents, totalCents: net + vatCents, chargedOn, dueOn: addDays(chargedOn, paymentTermDays) };
}

/** The contribution years a participation covers: from its start to its end (an end on 1 January covers none of that year). */
export function coversYear(participant: { startDate: string; terminationDate: string | null }, year: number): boolean {
  return participant.startDate <= `${year}-12-31` && (participant.terminationDate === null || participant.terminationDate > `${year}-01-01`);
}

/** Unpaid (or paid only after the day) and past its due day on `day`: Q3 rule 5's fact. */
export function isOverdue(c: { dueOn: string; paidOn: string | null }, day: string): boolean {
  return (c.paidOn === null || c.paidOn > day) && c.dueOn < day;
}
