import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { persons, providers, qualityParticipants } from '../../db/schema';
import { addDays } from '../calendar';
import { amsterdamDay } from '../contracts/format';
import { STICKER_PERIOD_DAYS, type Participant } from '../contracts/quality';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { displayName } from '../persons/names';
import { noticeTerms } from './notice-terms';
import { advicesOf, blacklistOf, complaintsAbout, contributionsOf, decisionsOf, findingsOf, reviewsOf, violationsOf } from './participant-sections';
import { summaryById } from './summaries';

export type ParticipantRow = typeof qualityParticipants.$inferSelect;
type PersonRow = typeof persons.$inferSelect;
type ProviderRow = typeof providers.$inferSelect;

export function findParticipantRow(db: Db, id: string): ParticipantRow | undefined {
  return db.select().from(qualityParticipants).where(and(eq(qualityParticipants.id, id), isNull(qualityParticipants.deletedAt))).get();
}

export function getParticipantRow(db: Db, id: string): ParticipantRow {
  const row = findParticipantRow(db, id);
  if (!row) throw new DomainError('record.not_found');
  return row;
}

/** The provider's live participation (deelnemer or opgezegd), if any: there is at most one. */
export function liveParticipationOf(db: Db, providerId: string): ParticipantRow | undefined {
  return db
    .select()
    .from(qualityParticipants)
    .where(and(eq(qualityParticipants.providerId, providerId), isNull(qualityParticipants.deletedAt)))
    .orderBy(desc(qualityParticipants.startDate), desc(qualityParticipants.createdAt), sql`rowid DESC`)
    .all()
    .find((p) => p.status !== 'beeindigd');
}

/** The provider's latest participation, live or ended. */
export function lastParticipationOf(db: Db, providerId: string): ParticipantRow | undefined {
  return db
    .select()
    .from(qualityParticipants)
    .where(and(eq(qualityParticipants.providerId, providerId), isNull(qualityParticipants.deletedAt)))
    .orderBy(desc(qualityParticipants.startDate), desc(qualityParticipants.createdAt), sql`rowid DESC`)
    .get();
}

/** The participant's provider with the person or organisation it is and its contact person. */
export interface ParticipantParty {
  provider: ProviderRow;
  person: PersonRow;
  contact: PersonRow | null;
  /** "Klusbedrijf De Vries" */
  name: string;
  place: string | null;
}

export function participantParty(db: Db, participant: Pick<ParticipantRow, 'providerId'>): ParticipantParty {
  const provider = db.select().from(providers).where(eq(providers.id, participant.providerId)).get();
  const person = provider ? db.select().from(persons).where(eq(persons.id, provider.personId)).get() : undefined;
  if (!provider || !person) throw new DomainError('record.not_found');
  const contact = provider.contactPersonId ? (db.select().from(persons).where(eq(persons.id, provider.contactPersonId)).get() ?? null) : null;
  return { provider, person, contact, name: displayName(person), place: person.city?.trim() || null };
}

/** The participant's (trade) name as registered. */
export function participantName(db: Db, participant: Pick<ParticipantRow, 'providerId'>): string {
  return participantParty(db, participant).name;
}

/** Q5 a: name, address and place as registered (empty parts stay empty so the letter's check names them). */
export function participantAddress(party: ParticipantParty): { name: string; street: string; postcode: string; city: string } {
  const p = party.person;
  const number = p.houseNumber != null ? `${p.houseNumber}${p.houseNumberAddition ? ` ${p.houseNumberAddition}` : ''}` : '';
  return { name: party.name, street: [p.street?.trim(), number].filter(Boolean).join(' '), postcode: p.postcode?.trim() ?? '', city: p.city?.trim() ?? '' };
}

/** Q5 h-i: stickers and promotion must be gone ten days after the termination date. */
export function stickerDeadlineOf(terminationDate: string | null): string | null {
  return terminationDate ? addDays(terminationDate, STICKER_PERIOD_DAYS) : null;
}

/** Everything the participant's page shows, as the contract's participantSchema. */
export function participantDetail(ctx: Pick<HandlerContext, 'db' | 'sqlite' | 'clock'>, id: string): Participant {
  const row = getParticipantRow(ctx.db, id);
  const today = amsterdamDay(ctx.clock.now());
  const blacklist = blacklistOf(ctx.db, row);
  const terms = noticeTerms(today, row.yearEndMonthDay);
  return {
    ...summaryById(ctx.sqlite, row.id, today),
    yearEndMonthDay: row.yearEndMonthDay,
    terminatedBy: row.terminatedBy,
    noticeReceivedOn: row.noticeReceivedOn,
    terminationReason: row.terminationReason,
    stickerDeadline: stickerDeadlineOf(row.terminationDate),
    notes: row.notes,
    noticeTerms: { earliestEndDate: terms.earliestEndDate, currentYearEnd: terms.currentYearEnd, noticeDeadline: terms.noticeDeadline },
    contributions: contributionsOf(ctx.db, row.id, today),
    reviews: reviewsOf(ctx.db, row.id),
    advices: advicesOf(ctx.db, row.id),
    complaints: complaintsAbout(ctx.db, row.providerId),
    findings: findingsOf(ctx.db, row.id),
    decisions: decisionsOf(ctx.db, row.id),
    violations: violationsOf(ctx.db, row.id, blacklist),
    blacklist,
  };
}
