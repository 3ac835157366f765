import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisation, qualityBlacklist, qualityParticipants, qualityViolations } from '../../db/schema';
import { blacklistCsv, blacklistHtml } from '../../templates/quality-blacklist-page';
import { sendLetter, type SendVia } from '../complaints/letters';
import { amsterdamDay } from '../contracts/format';
import type { blacklistEntrySchema } from '../contracts/quality';
import type { PublicBlacklistEntry } from '../contracts/quality-letters';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import type { z } from 'zod';
import { draftQualityLetter } from './letters';
import { getParticipantRow, participantParty } from './queries';
import { BLACKLIST_LETTER, blacklistLetterData, blacklistSubject, type PublishedEntry } from './termination-letters';
import { assertPublishable } from './termination-rules';

/** Q6: the public blacklist of former participants that kept using the mark. */

type BlacklistEntry = z.infer<typeof blacklistEntrySchema>;
type EntryRow = typeof qualityBlacklist.$inferSelect;

function getViolationRow(db: Db, id: string) {
  const row = db.select().from(qualityViolations).where(and(eq(qualityViolations.id, id), isNull(qualityViolations.deletedAt))).get();
  if (!row) throw new DomainError('record.not_found');
  return row;
}

function getEntryRow(db: Db, id: string): EntryRow {
  const row = db.select().from(qualityBlacklist).where(and(eq(qualityBlacklist.id, id), isNull(qualityBlacklist.deletedAt))).get();
  if (!row) throw new DomainError('record.not_found');
  return row;
}

function liveEntryOf(db: Db, violationId: string): EntryRow | undefined {
  return db
    .select()
    .from(qualityBlacklist)
    .where(and(eq(qualityBlacklist.violationId, violationId), isNull(qualityBlacklist.withdrawnOn), isNull(qualityBlacklist.deletedAt)))
    .get();
}

/**
 * Q6: after the ten days and a recorded violation, the entry is published as it stands now (name,
 * place, termination date, violation; never the reason) and the former participant gets T16.
 * Returns the participant's id and the letter's.
 */
export async function publishBlacklist(ctx: HandlerContext, input: { violationId: string; via: SendVia }): Promise<{ participantId: string; documentId: string }> {
  const violation = getViolationRow(ctx.db, input.violationId);
  const participant = getParticipantRow(ctx.db, violation.participantId);
  const today = amsterdamDay(ctx.clock.now());
  assertPublishable(participant, today);
  if (liveEntryOf(ctx.db, violation.id)) throw new DomainError('quality.blacklist_exists');
  const party = participantParty(ctx.db, participant);
  const entry: PublishedEntry = {
    name: party.name,
    place: party.place,
    terminationDate: participant.terminationDate!,
    violation: violation.description,
    violationSeenOn: violation.seenOn,
    publishedOn: today,
  };
  const documentId = await draftQualityLetter(ctx, participant.id, BLACKLIST_LETTER, blacklistLetterData(party, participant, entry));
  ctx.write((w) => {
    // Checked again inside the write: two staff members publishing at once make one entry.
    if (liveEntryOf(ctx.db, violation.id)) throw new DomainError('quality.blacklist_exists');
    const { violationSeenOn: _seenOn, ...published } = entry;
    w.insert(qualityBlacklist, { participantId: participant.id, violationId: violation.id, ...published, documentId, withdrawnOn: null, withdrawnReason: null });
    sendLetter(ctx, w, documentId, party.person.id, input.via, blacklistSubject(participant));
  });
  return { participantId: participant.id, documentId };
}

/** Takes an entry off the public list; the row stays, with when and why. Returns the participant's id. */
export function withdrawBlacklist(ctx: HandlerContext, input: { id: string; reason: string }): string {
  const entry = getEntryRow(ctx.db, input.id);
  if (entry.withdrawnOn) throw new DomainError('quality.blacklist_withdrawn');
  ctx.write((w) => w.update(qualityBlacklist, entry.id, { withdrawnOn: amsterdamDay(ctx.clock.now()), withdrawnReason: input.reason }, { expectedVersion: entry.version }));
  return entry.participantId;
}

/** The entries, newest first; withdrawn ones only when asked for. */
export function blacklistEntries(db: Db, includeWithdrawn: boolean): BlacklistEntry[] {
  return db
    .select({ entry: qualityBlacklist, registrationNumber: qualityParticipants.registrationNumber })
    .from(qualityBlacklist)
    .innerJoin(qualityParticipants, eq(qualityParticipants.id, qualityBlacklist.participantId))
    .where(and(isNull(qualityBlacklist.deletedAt), includeWithdrawn ? undefined : isNull(qualityBlacklist.withdrawnOn)))
    .orderBy(desc(qualityBlacklist.publishedOn), desc(qualityBlacklist.createdAt))
    .all()
    .map(({ entry: e, registrationNumber }) => ({
      id: e.id,
      participantId: e.participantId,
      registrationNumber,
      violationId: e.violationId,
      name: e.name,
      place: e.place,
      terminationDate: e.terminationDate,
      violation: e.violation,
      publishedOn: e.publishedOn,
      documentId: e.documentId,
      withdrawnOn: e.withdrawnOn,
      withdrawnReason: e.withdrawnReason,
    }));
}

/** Q6, Q5 g: what the website shows: name, place, termination date, violation, publication day. Nothing else. */
export function publicEntries(db: Db): PublicBlacklistEntry[] {
  return blacklistEntries(db, false).map((e) => ({ name: e.name, place: e.place, terminationDate: e.terminationDate, violation: e.violation, publishedOn: e.publishedOn }));
}

/** Q6: the public page and CSV for the website, made from the public entries only. */
export function blacklistExport(ctx: HandlerContext): { html: string; csv: string; entries: number } {
  const org = ctx.db.select().from(organisation).where(isNull(organisation.deletedAt)).get();
  if (!org) throw new DomainError('record.not_found');
  const entries = publicEntries(ctx.db);
  return { html: blacklistHtml(entries, org, amsterdamDay(ctx.clock.now())), csv: blacklistCsv(entries), entries: entries.length };
}
