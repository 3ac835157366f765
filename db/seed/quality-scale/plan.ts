import { addCalendarMonths } from '../../../core/calendar';
import { dayNumber, fromDayNumber } from '../../../core/calendar/days';
import { DEFAULT_STAFFEL } from '../../../core/contracts/quality-rules';
import { between, type Rng } from '../scale/random';

/**
 * The register's whole history as plain numbers (days are day numbers), before anything is written:
 * participants with a profile, their reviews, binding advices, complaints about them and their
 * yearly contributions. The profiles make the Q3 rules fire about as often as in a real register.
 */

/**
 * `gewoon`: a few reviews a year, now and then an insufficient one. `druk`: so many reviews that the
 * half year holds more than 15 (rule 1's table is silent). `slecht`: enough insufficient reviews in
 * the last half year for rule 1. `stil`: joined recently, no reviews yet, often a complaint (rule 4).
 */
export type Profile = 'gewoon' | 'druk' | 'slecht' | 'stil';

export interface PlannedParticipant {
  profile: Profile;
  start: number;
  status: 'deelnemer' | 'opgezegd' | 'beeindigd';
  terminationDate: number | null;
  terminatedBy: 'deelnemer' | 'bestuur' | null;
  noticeReceivedOn: number | null;
  zelfstandigenBouw: boolean;
  /** Reviews per year before scaling to the wanted total. */
  activity: number;
}

export interface PlannedReview {
  participant: number;
  day: number;
  sufficient: boolean;
  judgement: [boolean, boolean, boolean];
}

export interface PlannedAdvice {
  participant: number;
  day: number;
  negative: boolean;
  complaint: number | null;
}

export interface PlannedComplaint {
  participant: number;
  day: number;
}

export interface PlannedContribution {
  participant: number;
  year: number;
  chargedOn: number;
  dueOn: number;
  paidOn: number | null;
}

export interface PlanOptions {
  participants: number;
  reviews: number;
  advices: number;
  complaints: number;
  today: number;
  years: number;
}

const YEAR = 365;
/** Comfortably inside rule 1's six months, whatever the month lengths. */
const HALF_YEAR = 170;

export function planParticipants(r: Rng, o: PlanOptions): PlannedParticipant[] {
  const historyStart = o.today - o.years * YEAR;
  const list: PlannedParticipant[] = [];
  for (let i = 0; i < o.participants; i++) {
    const roll = r();
    const profile: Profile = roll < 0.005 ? 'druk' : roll < 0.025 ? 'slecht' : roll < 0.035 ? 'stil' : 'gewoon';
    const start =
      profile === 'stil' ? o.today - between(r, 30, 300)
      : r() < 0.7 ? historyStart - between(r, 0, 7 * YEAR)
      : o.today - between(r, profile === 'gewoon' ? 60 : 220, o.years * YEAR);
    const activity = profile === 'druk' ? 45 + r() * 30 : profile === 'slecht' ? 7 + r() * 5 : profile === 'stil' ? 0 : 3 + 11 * r() ** 1.3;
    const p: PlannedParticipant = { profile, start, status: 'deelnemer', terminationDate: null, terminatedBy: null, noticeReceivedOn: null, zelfstandigenBouw: r() < 0.25, activity };
    const end = r();
    if (profile === 'gewoon' && end < 0.04 && start < o.today - 200) {
      p.status = 'beeindigd';
      p.terminationDate = between(r, Math.max(start + 120, historyStart), o.today - 20);
      p.terminatedBy = r() < 0.7 ? 'deelnemer' : 'bestuur';
    } else if (profile === 'gewoon' && end < 0.05 && start < o.today - 90) {
      // Q4: notice received at least a month before the year end that it reaches.
      const todayIso = fromDayNumber(o.today);
      let yearEnd = `${todayIso.slice(0, 4)}-12-31`;
      if (addCalendarMonths(yearEnd, -1) < todayIso) yearEnd = `${Number(todayIso.slice(0, 4)) + 1}-12-31`;
      p.status = 'opgezegd';
      p.terminationDate = dayNumber(yearEnd);
      p.terminatedBy = 'deelnemer';
      p.noticeReceivedOn = o.today - between(r, 0, 40);
    }
    list.push(p);
  }
  return list.sort((a, b) => a.start - b.start);
}

/** The days a participant can be reviewed on: from joining (or the history's start) to today or the end. */
export function activeRange(p: PlannedParticipant, o: PlanOptions): [number, number] {
  const last = p.status === 'beeindigd' ? p.terminationDate! - 1 : o.today;
  return [Math.max(p.start, o.today - o.years * YEAR), last];
}

/** Exactly `o.reviews` reviews, spread by each participant's activity over its active days. */
export function planReviews(r: Rng, participants: PlannedParticipant[], o: PlanOptions): PlannedReview[] {
  const expected = participants.map((p) => {
    const [from, to] = activeRange(p, o);
    return Math.max(0, to - from + 1) / YEAR * p.activity;
  });
  const scale = o.reviews / Math.max(1, expected.reduce((a, b) => a + b, 0));
  const counts = expected.map((e) => Math.floor(e * scale) + (r() < (e * scale) % 1 ? 1 : 0));
  let difference = o.reviews - counts.reduce((a, b) => a + b, 0);
  const reviewable = participants.flatMap((p, i) => (p.profile === 'stil' ? [] : [i]));
  for (let guard = 0; difference !== 0 && reviewable.length > 0 && guard < o.reviews * 10; guard++) {
    const i = reviewable[Math.floor(r() * reviewable.length)]!;
    if (difference < 0 && counts[i] === 0) continue;
    counts[i]! += Math.sign(difference);
    difference -= Math.sign(difference);
  }

  const reviews: PlannedReview[] = [];
  participants.forEach((p, i) => {
    const [from, to] = activeRange(p, o);
    const days = Array.from({ length: counts[i]! }, () => between(r, from, to));
    if (p.profile === 'slecht') moveIntoHalfYear(r, days, o.today);
    days.sort((a, b) => a - b);
    const recent = days.filter((d) => d > o.today - HALF_YEAR).length;
    // A third of the busy ones also have the last staffel row's number of insufficient ones: the board judges.
    const bad = p.profile === 'slecht' ? neededFor(recent) + (r() < 0.3 ? 1 : 0) : p.profile === 'druk' && r() < 0.35 ? between(r, 4, 6) : 0;
    let badNeeded = Math.min(recent, bad);
    for (let n = days.length - 1; n >= 0; n--) {
      const day = days[n]!;
      // Rule 1 for a `slecht` participant: the newest reviews are the insufficient ones.
      const insufficient = badNeeded > 0 ? (badNeeded--, true) : r() < 0.025;
      reviews.push({ participant: i, day, sufficient: !insufficient, judgement: judgement(r, !insufficient) });
    }
  });
  return reviews;
}

/** At least four of a `slecht` participant's reviews fall in the last half year. */
function moveIntoHalfYear(r: Rng, days: number[], today: number): void {
  let recent = days.filter((d) => d > today - HALF_YEAR).length;
  for (let n = 0; n < days.length && recent < 4; n++) {
    if (days[n]! > today - HALF_YEAR) continue;
    days[n] = today - between(r, 0, HALF_YEAR - 1);
    recent++;
  }
}

function neededFor(reviews: number): number {
  return DEFAULT_STAFFEL.find((row) => row.from <= reviews && reviews <= row.to)?.needed ?? 0;
}

/** Guarantee, service and craftsmanship: all fine for most sufficient reviews, at least one not for an insufficient one. */
function judgement(r: Rng, sufficient: boolean): [boolean, boolean, boolean] {
  const parts: [boolean, boolean, boolean] = sufficient ? [true, true, true] : [r() < 0.5, r() < 0.5, r() < 0.5];
  if (sufficient ? r() < 0.05 : parts.every(Boolean)) parts[between(r, 0, 2)] = false;
  return parts;
}

/**
 * Binding advices after a job (a random review: busy participants have more disputes), a third
 * negative, half of them ending a complaint about the provider; further complaints come after a job,
 * and most `stil` participants get one (rule 4).
 */
export function planAdvicesAndComplaints(
  r: Rng,
  participants: PlannedParticipant[],
  reviews: PlannedReview[],
  o: PlanOptions,
): { advices: PlannedAdvice[]; complaints: PlannedComplaint[] } {
  const advices: PlannedAdvice[] = [];
  const complaints: PlannedComplaint[] = [];
  const randomJob = () => reviews[Math.floor(r() * reviews.length)]!;
  for (let n = 0; n < o.advices && reviews.length > 0; n++) {
    const job = randomJob();
    const [from, to] = activeRange(participants[job.participant]!, o);
    const day = Math.min(to, job.day + between(r, 20, 120));
    let complaint: number | null = null;
    if (r() < 0.5) {
      complaints.push({ participant: job.participant, day: Math.max(from, day - between(r, 60, 150)) });
      complaint = complaints.length - 1;
    }
    advices.push({ participant: job.participant, day, negative: r() < 0.3, complaint });
  }
  participants.forEach((p, i) => {
    if (p.profile === 'stil' && r() < 0.6) complaints.push({ participant: i, day: between(r, p.start + 10, o.today) });
  });
  while (complaints.length < o.complaints && reviews.length > 0) {
    const job = randomJob();
    complaints.push({ participant: job.participant, day: Math.min(activeRange(participants[job.participant]!, o)[1], job.day + between(r, 5, 60)) });
  }
  return { advices, complaints };
}

/**
 * Q7: a charge for each year of the history the participant was in, most paid before the due day,
 * some later; about three in a hundred participants never paid their latest charge (rule 5).
 */
export function planContributions(r: Rng, participants: PlannedParticipant[], o: PlanOptions, paymentTermDays = 30): PlannedContribution[] {
  const lastYear = Number(fromDayNumber(o.today).slice(0, 4));
  const list: PlannedContribution[] = [];
  participants.forEach((p, i) => {
    const defaulter = r() < 0.03;
    const own: PlannedContribution[] = [];
    for (let year = lastYear - o.years + 1; year <= lastYear; year++) {
      const first = dayNumber(`${year}-01-01`);
      if (p.start > dayNumber(`${year}-12-31`) || (p.terminationDate !== null && p.terminationDate < first)) continue;
      const chargedOn = Math.max(first, p.start);
      if (chargedOn > o.today) continue;
      const dueOn = chargedOn + paymentTermDays;
      const paid = r() < 0.1 ? dueOn + between(r, 1, 60) : chargedOn + between(r, 0, paymentTermDays - 1);
      own.push({ participant: i, year, chargedOn, dueOn, paidOn: paid <= o.today ? paid : null });
    }
    const due = own.filter((c) => c.dueOn < o.today);
    if (defaulter && due.length > 0) due.at(-1)!.paidOn = null;
    list.push(...own);
  });
  return list;
}
