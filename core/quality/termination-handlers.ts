import { amsterdamDay } from '../contracts/format';
import { qualityTerminationContracts } from '../contracts/quality-termination';
import type { HandlerContext } from '../context';
import { documentSummary } from '../documents/queries';
import { DomainError } from '../errors';
import { defineHandlers } from '../handlers';
import { blacklistEntries, blacklistExport, publishBlacklist, withdrawBlacklist } from './blacklist';
import { complaintWindowFor } from './complaint-window';
import { decide, decideHardship, invokeHardship } from './decisions';
import { noticeTerms } from './notice-terms';
import { getParticipantRow, participantDetail, participantName } from './queries';
import { applyTermination, draftTermination } from './termination';
import { participantTerminationDate } from './termination-rules';
import { readEvidenceFile, recordCheck, recordViolation } from './violations';

/** The quality-mark register's endings: the board's decisions, notice, violations and the blacklist (Q3-Q6). */

function withLetters(ctx: HandlerContext, participantId: string, documentIds: ReadonlyArray<string | null>) {
  return {
    participant: participantDetail(ctx, participantId),
    documents: documentIds.filter((id): id is string => id !== null).map((id) => documentSummary(ctx.sqlite, id)),
  };
}

export const qualityTerminationHandlers = defineHandlers(qualityTerminationContracts, {
  // Q3, Q4: the board, on a finding or without one (rule 6); terminating sends T15.
  'quality.decide': async (input, ctx) => {
    const documentId = await decide(ctx, input);
    return withLetters(ctx, input.participantId, [documentId]);
  },

  'quality.invokeHardship': (input, ctx) => participantDetail(ctx, invokeHardship(ctx, input)),

  'quality.decideHardship': (input, ctx) => participantDetail(ctx, decideHardship(ctx, input)),

  'quality.noticeTerms': (input, ctx) => {
    const terms = noticeTerms(input.receivedOn, getParticipantRow(ctx.db, input.id).yearEndMonthDay);
    return { earliestEndDate: terms.earliestEndDate, currentYearEnd: terms.currentYearEnd, noticeDeadline: terms.noticeDeadline };
  },

  // Q4: notice in time ends the participation on the year end, confirmed with T15; late notice is refused before anything is written.
  'quality.terminateByParticipant': async (input, ctx) => {
    const participant = getParticipantRow(ctx.db, input.id);
    if (input.version !== undefined && input.version !== participant.version) throw new DomainError('record.stale');
    const today = amsterdamDay(ctx.clock.now());
    const terminationDate = participantTerminationDate({ ...participant, name: participantName(ctx.db, participant) }, input.receivedOn, today);
    const drafted = await draftTermination(ctx, participant, { terminatedBy: 'deelnemer', noticeReceivedOn: input.receivedOn, terminationDate }, input.reason);
    ctx.write((w) => applyTermination(ctx, w, drafted, input.via, today));
    return withLetters(ctx, participant.id, [drafted.documentId]);
  },

  'quality.recordViolation': (input, ctx) => {
    recordViolation(ctx, input);
    return participantDetail(ctx, input.participantId);
  },

  'quality.recordCheck': (input, ctx) => {
    recordCheck(ctx, input);
    return participantDetail(ctx, input.participantId);
  },

  'quality.evidenceFile': (input, ctx) => readEvidenceFile(ctx, input.id),

  // Q6
  'quality.publishBlacklist': async (input, ctx) => {
    const { participantId, documentId } = await publishBlacklist(ctx, input);
    return withLetters(ctx, participantId, [documentId]);
  },

  'quality.withdrawBlacklist': (input, ctx) => participantDetail(ctx, withdrawBlacklist(ctx, input)),

  'quality.blacklist': (input, ctx) => blacklistEntries(ctx.db, input.includeWithdrawn),

  'quality.blacklistExport': (_input, ctx) => blacklistExport(ctx),

  // Q5 d
  'quality.complaintWindow': (input, ctx) => complaintWindowFor(ctx, input),
});
