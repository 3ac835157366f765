import type { z } from 'zod';
import { complaintAppeals, complaints } from '../../db/schema';
import { APPEAL_OUTCOME_LABELS, type appealsContracts } from '../contracts/appeals';
import type { ImprovementInput } from '../contracts/complaints';
import { amsterdamDay } from '../contracts/format';
import { requireUser, type HandlerContext } from '../context';
import { assertImprovement } from '../complaints/checks';
import { COMPLAINT_DOSSIER, draftComplaintLetter, sendLetter } from '../complaints/letters';
import { getComplaintRow } from '../complaints/queries';
import { assertMayDecide } from '../complaints/rules';
import { addStep } from '../complaints/steps';
import { completeWorkItems } from '../worklist/items';
import { APPEAL_DECISION, assertCanSend, decisionLetterData, letterSubject, SENT_VIA_TEXT } from './letters';
import { getAppealRow } from './queries';
import { assertInTreatment, expectVersion } from './rules';

/** K13: the director's written decision (T6) closes the dossier, filed for improvement (K15). */

type Input = z.output<(typeof appealsContracts)['appeals.decide']['input']>;

export async function decideAppeal(ctx: HandlerContext, input: Input): Promise<string[]> {
  const user = requireUser(ctx);
  const appeal = getAppealRow(ctx.db, input.id);
  expectVersion(appeal, input.version);
  const row = getComplaintRow(ctx.db, appeal.complaintId);
  assertMayDecide(row, user.id); // K7, also for the director
  assertInTreatment(appeal);
  const improvement = input.improvement as ImprovementInput;
  assertImprovement(ctx.db, improvement);
  assertCanSend(ctx, row, input.via);
  const documentId = await draftComplaintLetter(
    ctx,
    row.id,
    APPEAL_DECISION,
    decisionLetterData(ctx, row, {
      appealReceivedOn: appeal.receivedOn,
      hearingHeldOn: appeal.hearingHeldOn,
      outcome: input.decision,
      reasons: input.reasons,
      measures: input.measures,
      directorName: user.name,
    }),
  );
  const today = amsterdamDay(ctx.clock.now());
  const outcome = APPEAL_OUTCOME_LABELS[input.decision];
  ctx.write((w) => {
    w.update(
      complaintAppeals,
      appeal.id,
      { status: 'beslist', decision: input.decision, decisionReasons: input.reasons, decisionMeasures: input.measures, decidedBy: user.id, decidedOn: today },
      { expectedVersion: appeal.version },
    );
    w.update(
      complaints,
      row.id,
      {
        status: 'afgesloten',
        resolution: 'bezwaar_beslist',
        resolutionText: `Bezwaar ${outcome.toLowerCase()}: ${input.reasons}`,
        closedAt: w.at,
        closedOn: today,
        categoryId: improvement.categoryId,
        causeId: improvement.causeId,
        measureId: improvement.measureId,
      },
      { expectedVersion: row.version },
    );
    completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id);
    addStep(w, row.id, 'uitspraak', `Uitspraak op het bezwaar door ${user.name}: ${outcome.toLowerCase()} (K13); dossier afgesloten`);
    const sent = sendLetter(ctx, w, documentId, row.complainantId, input.via, letterSubject(row, APPEAL_DECISION));
    addStep(w, row.id, 'uitspraak_verzonden', `Uitspraak (T6) verzonden ${SENT_VIA_TEXT[sent]}`, documentId);
  });
  return [documentId];
}
