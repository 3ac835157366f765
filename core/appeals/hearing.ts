import type { z } from 'zod';
import { complaintAppeals } from '../../db/schema';
import type { appealsContracts } from '../contracts/appeals';
import { amsterdamDay, formatDate } from '../contracts/format';
import type { HandlerContext } from '../context';
import { decisionDue } from '../complaints/deadlines';
import { COMPLAINT_DOSSIER, draftComplaintLetter, sendLetter } from '../complaints/letters';
import { getComplaintRow } from '../complaints/queries';
import { deadlineSettings } from '../complaints/settings';
import { addStep } from '../complaints/steps';
import { DomainError } from '../errors';
import { completeWorkItems } from '../worklist/items';
import { assertCanSend, HEARING_REPORT, hearingReportLetterData, letterSubject, SENT_VIA_TEXT } from './letters';
import { getAppealRow } from './queries';
import { assertHeldOn, assertInTreatment, expectVersion } from './rules';
import { HEARING_FORM, hearingDay, hearingText, plannedHearing, planHearingItems, rescheduleDecision } from './schedule';

/** K12: the appeal is treated anew; the complainant explains it by phone or at the head office, and gets the report. */

type Input<N extends keyof typeof appealsContracts> = z.output<(typeof appealsContracts)[N]['input']>;

export function scheduleHearing(ctx: HandlerContext, input: Input<'appeals.scheduleHearing'>): void {
  const appeal = getAppealRow(ctx.db, input.id);
  expectVersion(appeal, input.version);
  assertInTreatment(appeal);
  if (appeal.hearingHeldOn) throw new DomainError('appeal.hearing_held');
  const row = getComplaintRow(ctx.db, appeal.complaintId);
  const hearing = plannedHearing(input.hearing, appeal.receivedOn)!;
  const settings = deadlineSettings(ctx.db);
  const day = hearingDay(hearing)!;
  const due = decisionDue(appeal.receivedOn, day, settings);
  ctx.write((w) => {
    w.update(complaintAppeals, appeal.id, { status: 'hoorzitting_gepland', hearingKind: hearing.kind, hearingAt: hearing.at, decisionDue: due.due }, { expectedVersion: appeal.version });
    planHearingItems(w, ctx.db, row, day, settings);
    rescheduleDecision(w, ctx.db, row, due);
    const moved = due.due !== appeal.decisionDue ? `; uitspraak nu uiterlijk ${formatDate(due.due)} (K13)` : '';
    addStep(w, row.id, 'gesprek_gepland', `Gesprek over het bezwaar ${appeal.hearingAt ? 'verzet, nu' : 'gepland'} ${hearingText(hearing)} (K12)${moved}`);
  });
}

/** K12: the report of the hearing, with a copy (T5) to the complainant; K13 may count from this day. */
export async function recordHearing(ctx: HandlerContext, input: Input<'appeals.recordHearing'>): Promise<string[]> {
  const appeal = getAppealRow(ctx.db, input.id);
  expectVersion(appeal, input.version);
  assertInTreatment(appeal);
  if (!appeal.hearingKind) throw new DomainError('appeal.hearing_not_scheduled');
  assertHeldOn(input.heldOn, appeal.receivedOn, amsterdamDay(ctx.clock.now()));
  const row = getComplaintRow(ctx.db, appeal.complaintId);
  const due = decisionDue(appeal.receivedOn, input.heldOn, deadlineSettings(ctx.db));
  assertCanSend(ctx, row, input.via);
  const kind = appeal.hearingKind;
  const documentId = await draftComplaintLetter(
    ctx,
    row.id,
    HEARING_REPORT,
    hearingReportLetterData(ctx, row, { appealReceivedOn: appeal.receivedOn, kind, heldOn: input.heldOn, participants: input.participants, report: input.report }),
  );
  ctx.write((w) => {
    w.update(
      complaintAppeals,
      appeal.id,
      { status: 'gehoord', hearingHeldOn: input.heldOn, hearingParticipants: input.participants, hearingReport: input.report, decisionDue: due.due },
      { expectedVersion: appeal.version },
    );
    completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id, ['hoorzitting', 'gespreksverslag']);
    rescheduleDecision(w, ctx.db, row, due);
    const moved = due.due !== appeal.decisionDue ? `; uitspraak nu uiterlijk ${formatDate(due.due)} (K13)` : '';
    addStep(w, row.id, 'gehoord', `Gesprek over het bezwaar gehouden op ${formatDate(input.heldOn)}, ${HEARING_FORM[kind]}, met ${input.participants} (K12)${moved}`);
    const sent = sendLetter(ctx, w, documentId, row.complainantId, input.via, letterSubject(row, HEARING_REPORT));
    addStep(w, row.id, 'gespreksverslag', `Afschrift van het gespreksverslag (T5) verzonden ${SENT_VIA_TEXT[sent]}`, documentId);
  });
  return [documentId];
}
