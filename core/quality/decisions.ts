import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { qualityDecisions, qualityFindings, qualityHardshipRequests } from '../../db/schema';
import { addWorkingDays } from '../calendar';
import { deadlineSettings } from '../complaints/settings';
import { amsterdamDay, formatDate } from '../contracts/format';
import { QUALITY_DOSSIER, QUALITY_WORK_ITEMS } from '../contracts/quality';
import type { qualityTerminationContracts } from '../contracts/quality-termination';
import { requireUser, type HandlerContext } from '../context';
import { DomainError, InputError } from '../errors';
import type { Writer } from '../mutation/writer';
import { addWorkItem, completeSubjectWorkItems } from '../worklist/items';
import { getParticipantRow, participantName } from './queries';
import { qualitySettingsOf } from './settings';
import { applyTermination, draftTermination } from './termination';
import { assertHardshipUndecided, assertMayDecide, assertMayInvokeHardship, assertNotInFuture, boardTerminationDate, decisionRule } from './termination-rules';

/** Q3: the board's decisions on findings (or without one, rule 6) and on the hardship clause. */

type Contracts = typeof qualityTerminationContracts;
type DecideInput = z.output<Contracts['quality.decide']['input']>;
type HardshipInput = z.output<Contracts['quality.invokeHardship']['input']>;
type HardshipDecisionInput = z.output<Contracts['quality.decideHardship']['input']>;
type FindingRow = typeof qualityFindings.$inferSelect;
type HardshipRow = typeof qualityHardshipRequests.$inferSelect;

const today = (ctx: HandlerContext) => amsterdamDay(ctx.clock.now());

function getFindingRow(db: Db, id: string): FindingRow {
  const row = db.select().from(qualityFindings).where(and(eq(qualityFindings.id, id), isNull(qualityFindings.deletedAt))).get();
  if (!row) throw new DomainError('record.not_found');
  return row;
}

function getHardshipRow(db: Db, id: string): HardshipRow {
  const row = db.select().from(qualityHardshipRequests).where(and(eq(qualityHardshipRequests.id, id), isNull(qualityHardshipRequests.deletedAt))).get();
  if (!row) throw new DomainError('record.not_found');
  return row;
}

function hardshipRequestsOf(db: Db, findingId: string): HardshipRow[] {
  return db.select().from(qualityHardshipRequests).where(and(eq(qualityHardshipRequests.findingId, findingId), isNull(qualityHardshipRequests.deletedAt))).all();
}

/** Closes the finding as decided, with its work item. */
function closeFinding(w: Writer, db: Db, finding: FindingRow): void {
  w.update(qualityFindings, finding.id, { status: 'besloten' }, { expectedVersion: finding.version });
  completeSubjectWorkItems(w, db, finding.id);
}

/**
 * Q3: the board decides on a finding (beëindigen or not, with reasons), or terminates without one
 * (rule 6). Termination is Q4's "by the board at any moment": T15 is drafted, then the decision,
 * the termination and the letter are written at once. Returns the letter's id, if any.
 */
export async function decide(ctx: HandlerContext, input: DecideInput): Promise<string | null> {
  const user = requireUser(ctx);
  const day = today(ctx);
  const participant = getParticipantRow(ctx.db, input.participantId);
  const finding = input.findingId ? getFindingRow(ctx.db, input.findingId) : null;
  const pending = finding ? hardshipRequestsOf(ctx.db, finding.id).some((h) => h.outcome === null) : false;
  assertMayDecide(input, finding, pending);
  const terminates = input.outcome === 'beeindigen';
  const terminationDate = terminates ? boardTerminationDate({ ...participant, name: participantName(ctx.db, participant) }, input.terminationDate, day) : null;
  const drafted = terminationDate ? await draftTermination(ctx, participant, { terminatedBy: 'bestuur', noticeReceivedOn: null, terminationDate }, input.reasons) : null;
  ctx.write((w) => {
    w.insert(qualityDecisions, {
      participantId: participant.id,
      findingId: finding?.id ?? null,
      rule: decisionRule(finding),
      outcome: input.outcome,
      reasons: input.reasons,
      decidedOn: day,
      decidedBy: user.id,
      terminationDate,
    });
    if (finding) closeFinding(w, ctx.db, finding);
    if (drafted) applyTermination(ctx, w, drafted, input.via, day);
  });
  return drafted?.documentId ?? null;
}

/** Q3: the participant invokes the hardship clause on an open finding under rules 1-4; the board gets it on its work list. Returns the participant's id. */
export function invokeHardship(ctx: HandlerContext, input: HardshipInput): string {
  const finding = getFindingRow(ctx.db, input.findingId);
  assertMayInvokeHardship(finding, hardshipRequestsOf(ctx.db, finding.id).length > 0);
  const day = today(ctx);
  assertNotInFuture(input.invokedOn, day, 'invokedOn');
  if (input.invokedOn < finding.assessedOn) throw new InputError({ invokedOn: `Een beroep kan niet eerder zijn gedaan dan de bevinding (${formatDate(finding.assessedOn)}).` });
  const dueOn = addWorkingDays(day, qualitySettingsOf(ctx.db).findingDueWorkingDays, deadlineSettings(ctx.db));
  ctx.write((w) => {
    const request = w.insert(qualityHardshipRequests, { participantId: finding.participantId, findingId: finding.id, invokedOn: input.invokedOn, argument: input.argument, outcome: null, reasons: null, decidedOn: null, decidedBy: null });
    addWorkItem(w, { subjectId: request.id, dossierKind: QUALITY_DOSSIER, dossierId: finding.participantId, kind: QUALITY_WORK_ITEMS.hardship, rule: 'Q3', dueOn, assigneeRole: 'board' });
  });
  return finding.participantId;
}

/**
 * Q3: the board's decision on the hardship clause. Granted: the finding ends as "niet beëindigen"
 * with the board's reasons. Refused: the finding stays open for the board's decision.
 */
export function decideHardship(ctx: HandlerContext, input: HardshipDecisionInput): string {
  const user = requireUser(ctx);
  const request = getHardshipRow(ctx.db, input.id);
  assertHardshipUndecided(request);
  const finding = getFindingRow(ctx.db, request.findingId);
  if (finding.status !== 'open') throw new DomainError('quality.finding_decided');
  const day = today(ctx);
  ctx.write((w) => {
    w.update(qualityHardshipRequests, request.id, { outcome: input.outcome, reasons: input.reasons, decidedOn: day, decidedBy: user.id }, { expectedVersion: request.version });
    completeSubjectWorkItems(w, ctx.db, request.id);
    if (input.outcome !== 'toegewezen') return;
    w.insert(qualityDecisions, {
      participantId: finding.participantId,
      findingId: finding.id,
      rule: finding.rule,
      outcome: 'niet_beeindigen',
      reasons: input.reasons,
      decidedOn: day,
      decidedBy: user.id,
      terminationDate: null,
    });
    closeFinding(w, ctx.db, finding);
  });
  return finding.participantId;
}
