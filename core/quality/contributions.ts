import type Database from 'better-sqlite3';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { qualityContributionRates, qualityContributions } from '../../db/schema';
import type { ProcedureOutput } from '../contracts';
import type { Writer } from '../mutation/writer';
import { displayName, type PersonName } from '../persons/names';
import { chargeFor, coversYear, isOverdue, missingRates, rateFor } from './contribution-rules';
import type { ParticipantRow } from './queries';

export type RateRow = typeof qualityContributionRates.$inferSelect;

export function storedRates(db: Db): RateRow[] {
  return db.select().from(qualityContributionRates).where(isNull(qualityContributionRates.deletedAt)).orderBy(asc(qualityContributionRates.year)).all();
}

/** Q7: fills in every year from 2016 up to `upToYear` that has no rate yet (in the caller's transaction). */
export function ensureRates(w: Writer, db: Db, upToYear: number): RateRow[] {
  const stored = storedRates(db);
  for (const rate of missingRates(stored, upToYear)) w.insert(qualityContributionRates, rate);
  return storedRates(db);
}

export function hasMissingRates(db: Db, upToYear: number): boolean {
  return missingRates(storedRates(db), upToYear).length > 0;
}

function contributionOf(db: Db, participantId: string, year: number) {
  return db
    .select({ id: qualityContributions.id })
    .from(qualityContributions)
    .where(and(eq(qualityContributions.participantId, participantId), eq(qualityContributions.year, year), isNull(qualityContributions.deletedAt)))
    .get();
}

/** Q7: charges one participant's year unless it already has it; returns whether it charged. */
export function chargeParticipant(w: Writer, db: Db, participant: Pick<ParticipantRow, 'id' | 'startDate' | 'zelfstandigenBouw'>, year: number, paymentTermDays: number): boolean {
  if (contributionOf(db, participant.id, year)) return false;
  const rate = rateFor(ensureRates(w, db, year), year);
  if (!rate) return false;
  w.insert(qualityContributions, { participantId: participant.id, ...chargeFor(rate, year, participant, paymentTermDays), paidOn: null });
  return true;
}

/**
 * Q7: the year's contribution for every participation that covers the year and has none yet.
 * Running it twice charges nothing twice.
 */
export function chargeYear(w: Writer, db: Db, sqlite: Database.Database, year: number, paymentTermDays: number): number {
  const rate = rateFor(ensureRates(w, db, year), year);
  if (!rate) return 0;
  const candidates = sqlite
    .prepare(
      `SELECT q.id, q.start_date AS startDate, q.termination_date AS terminationDate, q.zelfstandigen_bouw AS zb FROM quality_participants q
       WHERE q.deleted_at IS NULL AND q.start_date <= @lastDay
         AND NOT EXISTS (SELECT 1 FROM quality_contributions c WHERE c.participant_id = q.id AND c.year = @year AND c.deleted_at IS NULL)`,
    )
    .all({ year, lastDay: `${year}-12-31` }) as { id: string; startDate: string; terminationDate: string | null; zb: number }[];
  let charged = 0;
  for (const p of candidates) {
    if (!coversYear(p, year)) continue;
    w.insert(qualityContributions, { participantId: p.id, ...chargeFor(rate, year, { startDate: p.startDate, zelfstandigenBouw: p.zb === 1 }, paymentTermDays), paidOn: null });
    charged++;
  }
  return charged;
}

type ContributionListItem = ProcedureOutput<'quality.contributions'>[number];

/** quality.contributions: the year's charges with their participant, by registration number. */
export function contributionsOfYear(sqlite: Database.Database, year: number, onlyUnpaid: boolean, today: string): ContributionListItem[] {
  const rows = sqlite
    .prepare(
      `SELECT c.id, c.year, c.amount_cents AS amountCents, c.discount_cents AS discountCents, c.vat_cents AS vatCents, c.total_cents AS totalCents,
          c.charged_on AS chargedOn, c.due_on AS dueOn, c.paid_on AS paidOn, q.id AS participantId, q.registration_number AS registrationNumber,
          p.kind, p.initials, p.first_name AS firstName, p.infix, p.last_name AS lastName, p.organisation_name AS organisationName
        FROM quality_contributions c
        JOIN quality_participants q ON q.id = c.participant_id
        JOIN providers v ON v.id = q.provider_id
        JOIN persons p ON p.id = v.person_id
        WHERE c.year = @year AND c.deleted_at IS NULL AND q.deleted_at IS NULL AND (@onlyUnpaid = 0 OR c.paid_on IS NULL OR c.paid_on > @today)
        ORDER BY q.registration_number`,
    )
    .all({ year, onlyUnpaid: onlyUnpaid ? 1 : 0, today }) as (Omit<ContributionListItem, 'overdue' | 'participant'> & PersonName & { participantId: string; registrationNumber: string })[];
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    amountCents: r.amountCents,
    discountCents: r.discountCents,
    vatCents: r.vatCents,
    totalCents: r.totalCents,
    chargedOn: r.chargedOn,
    dueOn: r.dueOn,
    paidOn: r.paidOn,
    overdue: isOverdue(r, today),
    participant: { id: r.participantId, registrationNumber: r.registrationNumber, name: displayName(r) },
  }));
}

export function getContributionRow(db: Db, id: string) {
  return db.select().from(qualityContributions).where(and(eq(qualityContributions.id, id), isNull(qualityContributions.deletedAt))).get();
}
