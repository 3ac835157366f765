import { and, eq, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { qualityFindings, qualityParticipants } from '../../db/schema';
import { sendLetter, type SendVia } from '../complaints/letters';
import { QUALITY_DOSSIER, QUALITY_WORK_ITEMS } from '../contracts/quality';
import type { HandlerContext } from '../context';
import type { Writer } from '../mutation/writer';
import { addWorkItem, completeWorkItems } from '../worklist/items';
import { draftQualityLetter } from './letters';
import { participantParty, type ParticipantParty, type ParticipantRow } from './queries';
import { TERMINATION_LETTER, terminationLetterData, terminationSubject, type Termination } from './termination-letters';
import { statusOnTermination, stickerDeadline } from './termination-rules';

/** Q4-Q5: ending a participation, by the participant's notice or the board's decision. */

export interface DraftedTermination {
  participant: ParticipantRow;
  party: ParticipantParty;
  termination: Termination;
  /** Q5 g: kept in the register only. */
  reason: string | null;
  /** T15, archived as a concept; sent in the termination's own transaction. */
  documentId: string;
}

/**
 * Renders T15 into the participant's dossier before the write (rendering is async, a transaction
 * is not). A step that then fails leaves a concept in the dossier, visible and removable.
 */
export async function draftTermination(ctx: HandlerContext, participant: ParticipantRow, termination: Termination, reason: string | null): Promise<DraftedTermination> {
  const party = participantParty(ctx.db, participant);
  const documentId = await draftQualityLetter(ctx, participant.id, TERMINATION_LETTER, terminationLetterData(party, participant, termination));
  return { participant, party, termination, reason, documentId };
}

/** The board's termination ends every open question about the participant (Q3). */
function closeOpenFindings(w: Writer, db: Db, participantId: string): void {
  const open = db
    .select({ id: qualityFindings.id })
    .from(qualityFindings)
    .where(and(eq(qualityFindings.participantId, participantId), eq(qualityFindings.status, 'open'), isNull(qualityFindings.deletedAt)))
    .all();
  for (const finding of open) w.update(qualityFindings, finding.id, { status: 'besloten' });
  completeWorkItems(w, db, QUALITY_DOSSIER, participantId, [QUALITY_WORK_ITEMS.finding, QUALITY_WORK_ITEMS.overStaffel, QUALITY_WORK_ITEMS.hardship]);
}

/**
 * Writes the termination inside the caller's transaction: the participant's end (opgezegd, or
 * beeindigd when the day has come), T15 sent (Q5), and the servicedesk's check of the stickers ten
 * days after (Q5 h-i). Refused when the participant changed while the letter was drafted.
 */
export function applyTermination(ctx: HandlerContext, w: Writer, drafted: DraftedTermination, via: SendVia, today: string): void {
  const { participant, termination } = drafted;
  w.update(
    qualityParticipants,
    participant.id,
    {
      status: statusOnTermination(termination.terminationDate, today),
      terminationDate: termination.terminationDate,
      terminatedBy: termination.terminatedBy,
      noticeReceivedOn: termination.noticeReceivedOn,
      terminationReason: drafted.reason,
      terminationDocumentId: drafted.documentId,
    },
    { expectedVersion: participant.version },
  );
  if (termination.terminatedBy === 'bestuur') closeOpenFindings(w, ctx.db, participant.id);
  sendLetter(ctx, w, drafted.documentId, drafted.party.person.id, via, terminationSubject(participant, termination.terminatedBy));
  // An earlier notice's check is replaced by the one for the new date.
  completeWorkItems(w, ctx.db, QUALITY_DOSSIER, participant.id, [QUALITY_WORK_ITEMS.stickers]);
  addWorkItem(w, {
    dossierKind: QUALITY_DOSSIER,
    dossierId: participant.id,
    kind: QUALITY_WORK_ITEMS.stickers,
    rule: 'Q5h',
    dueOn: stickerDeadline(termination.terminationDate),
    assigneeRole: 'servicedesk',
  });
}

/** The daily step opgezegd → beeindigd for every participation whose termination date has come. Returns how many. */
export function executeDueTerminations(w: Writer, db: Db, today: string): number {
  const due = db
    .select({ id: qualityParticipants.id })
    .from(qualityParticipants)
    .where(and(eq(qualityParticipants.status, 'opgezegd'), lte(qualityParticipants.terminationDate, today), isNull(qualityParticipants.deletedAt)))
    .all();
  for (const row of due) w.update(qualityParticipants, row.id, { status: 'beeindigd' });
  return due.length;
}
