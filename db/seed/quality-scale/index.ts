import type Database from 'better-sqlite3';
import { dayNumber } from '../../../core/calendar/days';
import { amsterdamDay } from '../../../core/contracts/format';
import { person } from '../relations-scale/generate';
import { mulberry32 } from '../scale/random';
import { planAdvicesAndComplaints, planContributions, planParticipants, planReviews, type PlanOptions, type Profile } from './plan';
import { writeRegister } from './write';

/**
 * The quality-mark register at scale for the quality bench: participants (each with its own
 * approved provider and the provider's person), customer reviews over the last years, binding
 * advices, complaints about the providers and the yearly contributions. The profiles (plan.ts) make
 * rule 1 fire for a few percent of the participants, rule 1's table fall silent for a few (more than
 * 15 reviews in the half year), rule 4 fire for recently joined ones with a complaint, and rule 5 for
 * the few percent that never paid. Rules 2 and 3 fire where the advices happen to fall.
 *
 * Bench data, written directly (as db/seed/relations-scale does): no audit trail, change log,
 * screening steps, letters or findings. The assessment makes the findings; that is what is timed.
 * The same seed and end give the same register.
 */
export interface QualityScaleOptions {
  participants?: number;
  reviews?: number;
  advices?: number;
  /** Complaints about participants' providers, at least (most `stil` participants get one on top). */
  complaints?: number;
  /** Persons who review; reviews and complaints name them. */
  customers?: number;
  /** Years of history. */
  years?: number;
  end?: Date;
  seed?: number;
  /** Author of the rows (created_by). */
  userId?: string | null;
}

export interface QualityScaleResult {
  participantIds: string[];
  providerIds: string[];
  /** The participants still assessed (deelnemer or opgezegd). */
  liveParticipantIds: string[];
  profiles: Record<Profile, number>;
  /** The participant with the most reviews, and how many. */
  busiest: { id: string; reviews: number };
  reviews: number;
  advices: number;
  complaints: number;
  contributions: number;
}

export function seedQuality(sqlite: Database.Database, options: QualityScaleOptions = {}): QualityScaleResult {
  const end = (options.end ?? new Date()).getTime();
  const r = mulberry32(options.seed ?? 0x9a11);
  const o: PlanOptions = {
    participants: options.participants ?? 20_000,
    reviews: options.reviews ?? 500_000,
    advices: options.advices ?? 5_000,
    complaints: options.complaints ?? 5_000,
    today: dayNumber(amsterdamDay(new Date(end))),
    years: options.years ?? 3,
  };
  const participants = planParticipants(r, o);
  const reviews = planReviews(r, participants, o);
  const { advices, complaints } = planAdvicesAndComplaints(r, participants, reviews, o);
  const contributions = planContributions(r, participants, o);
  // Seven in ten providers are businesses; the rest are private persons.
  const providerPersons = participants.map((_, i) => person(r, i, 0.7));
  const customers = Array.from({ length: options.customers ?? 40_000 }, (_, i) => person(r, 1_000_000 + i, 0.02));

  const written = writeRegister(sqlite, { providerPersons, customers, participants, reviews, advices, complaints, contributions }, r, options.userId ?? null, end);

  const perParticipant = new Array<number>(participants.length).fill(0);
  for (const v of reviews) perParticipant[v.participant]!++;
  const busiest = perParticipant.reduce((best, n, i) => (n > perParticipant[best]! ? i : best), 0);
  const profiles: Record<Profile, number> = { gewoon: 0, druk: 0, slecht: 0, stil: 0 };
  for (const p of participants) profiles[p.profile]++;
  return {
    participantIds: written.participantIds,
    providerIds: written.providerIds,
    liveParticipantIds: written.participantIds.filter((_, i) => participants[i]!.status !== 'beeindigd'),
    profiles,
    busiest: { id: written.participantIds[busiest]!, reviews: perParticipant[busiest]! },
    reviews: reviews.length,
    advices: advices.length,
    complaints: complaints.length,
    contributions: contributions.length,
  };
}
