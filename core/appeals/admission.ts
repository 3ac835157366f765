import type { z } from 'zod';
import { complaintAppeals, complaints } from '../../db/schema';
import type { appealsContracts } from '../contracts/appeals';
import type { ImprovementInput } from '../contracts/complaints';
import { amsterdamDay, formatDate } from '../contracts/format';
import { requireUser, type HandlerContext } from '../context';
import { rollDeadline } from '../calendar';
import { assertImprovement } from '../complaints/checks';
import { appealWindowEnd, decisionDue, isAppealLate, type Deadline, type DeadlineSettings } from '../complaints/deadlines';
import { COMPLAINT_DOSSIER, draftComplaintLetter, sendLetter, type SendVia } from '../complaints/letters';
import { getComplaintRow, type ComplaintRow } from '../complaints/queries';
import { assertMayDecide } from '../complaints/rules';
import { deadlineSettings } from '../complaints/settings';
import { addStep } from '../complaints/steps';
import { DomainError } from '../errors';
import type { Writer } from '../mutation/writer';
import { completeWorkItems } from '../worklist/items';
import { acknowledgementData, APPEAL_ACKNOWLEDGEMENT, APPEAL_DECISION, assertCanSend, decisionLetterData, letterSubject, SENT_VIA_TEXT, type PlannedHearing } from './letters';
import { findAppealOfComplaint, getAppealRow, type AppealRow } from './queries';
import { answerAppealedAgainst, assertAdmissionOpen, assertReceivedOn, expectVersion } from './rules';
import { addDirectorItem, hearingDay, hearingText, plannedHearing, planHearingItems } from './schedule';

/** K11: an appeal registered on its day of receipt; a late one waits for the director's admission. */

type Input<N extends keyof typeof appealsContracts> = z.output<(typeof appealsContracts)[N]['input']>;

const today = (ctx: HandlerContext) => amsterdamDay(ctx.clock.now());

/** K12-K13: an appeal taken into treatment: the decision's deadline, the hearing if planned, and the acknowledgement (T4). */
function startTreatment(ctx: HandlerContext, w: Writer, row: ComplaintRow, start: { hearing: PlannedHearing | null; due: Deadline; documentId: string; via: SendVia; settings: DeadlineSettings }): void {
  addDirectorItem(w, row, 'uitspraak', start.due);
  if (start.hearing) {
    planHearingItems(w, ctx.db, row, hearingDay(start.hearing)!, start.settings);
    addStep(w, row.id, 'gesprek_gepland', `Gesprek over het bezwaar gepland ${hearingText(start.hearing)} (K12)`);
  }
  const sent = sendLetter(ctx, w, start.documentId, row.complainantId, start.via, letterSubject(row, APPEAL_ACKNOWLEDGEMENT));
  addStep(w, row.id, 'ontvangstbevestiging_bezwaar', `Ontvangstbevestiging van het bezwaar (T4) verzonden ${SENT_VIA_TEXT[sent]}`, start.documentId);
}

export async function registerAppeal(ctx: HandlerContext, input: Input<'appeals.register'>): Promise<{ appealId: string; documentIds: string[] }> {
  const row = getComplaintRow(ctx.db, input.complaintId);
  const answerSentOn = answerAppealedAgainst(row);
  if (findAppealOfComplaint(ctx.db, row.id)) throw new DomainError('appeal.exists');
  assertReceivedOn(input.receivedOn, answerSentOn, today(ctx));
  const settings = deadlineSettings(ctx.db);
  const late = isAppealLate(answerSentOn, input.receivedOn, settings);
  // K11: a late appeal gets no invitation until the director admits it.
  if (late && input.hearing) throw new DomainError('appeal.admission_pending', {}, ['hearing.at']);
  const hearing = plannedHearing(input.hearing, input.receivedOn);
  const due = decisionDue(input.receivedOn, hearingDay(hearing), settings);
  let documentId: string | null = null;
  if (!late) {
    assertCanSend(ctx, row, input.via);
    documentId = await draftComplaintLetter(ctx, row.id, APPEAL_ACKNOWLEDGEMENT, acknowledgementData(ctx, row, { receivedOn: input.receivedOn, late, decisionDue: due.due, hearing }));
  }

  const appealId = ctx.write((w) => {
    // Another desk may have registered it while the letter was drafted.
    if (findAppealOfComplaint(ctx.db, row.id)) throw new DomainError('appeal.exists');
    const appeal = w.insert(complaintAppeals, {
      complaintId: row.id,
      receivedOn: input.receivedOn,
      grounds: input.grounds,
      late,
      admitted: late ? null : true,
      admissionReason: null,
      admissionDecidedBy: null,
      status: hearing ? 'hoorzitting_gepland' : 'ontvangen',
      hearingKind: hearing?.kind ?? null,
      hearingAt: hearing?.at ?? null,
      decisionDue: due.due,
    });
    w.update(complaints, row.id, { status: 'bezwaar' }, { expectedVersion: row.version });
    completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id, ['afsluiten']);
    const received = `Bezwaar ontvangen op ${formatDate(input.receivedOn)}`;
    if (late) {
      const windowEnd = appealWindowEnd(answerSentOn, settings).due;
      addStep(w, row.id, 'bezwaar', `${received}, te laat (termijn verliep op ${formatDate(windowEnd)}); de directeur beslist of het toch wordt behandeld (K11)`);
      addDirectorItem(w, row, 'bezwaar_ontvankelijkheid', { due: rollDeadline(today(ctx), settings, 'next'), rule: 'K11' });
    } else {
      addStep(w, row.id, 'bezwaar', `${received}, binnen de termijn; uitspraak uiterlijk ${formatDate(due.due)} (K11, K13)`);
      startTreatment(ctx, w, row, { hearing, due, documentId: documentId!, via: input.via, settings });
    }
    return appeal.id;
  });
  return { appealId, documentIds: documentId ? [documentId] : [] };
}

/** K11, K7: the director admits a late appeal (treated as one on time) or not (the dossier closes with T6). */
export async function admitAppeal(ctx: HandlerContext, input: Input<'appeals.admit'>): Promise<string[]> {
  const user = requireUser(ctx);
  const appeal = getAppealRow(ctx.db, input.id);
  expectVersion(appeal, input.version);
  const row = getComplaintRow(ctx.db, appeal.complaintId);
  assertMayDecide(row, user.id); // K7, also for the director
  assertAdmissionOpen(appeal);
  return input.admitted ? admit(ctx, input, appeal, row) : refuse(ctx, input, appeal, row);
}

async function admit(ctx: HandlerContext, input: Input<'appeals.admit'>, appeal: AppealRow, row: ComplaintRow): Promise<string[]> {
  const user = requireUser(ctx);
  const settings = deadlineSettings(ctx.db);
  const hearing = plannedHearing(input.hearing, appeal.receivedOn);
  // K13: still counted from the appeal's receipt (or the hearing), not from the admission.
  const due = decisionDue(appeal.receivedOn, hearingDay(hearing), settings);
  assertCanSend(ctx, row, input.via);
  const documentId = await draftComplaintLetter(ctx, row.id, APPEAL_ACKNOWLEDGEMENT, acknowledgementData(ctx, row, { receivedOn: appeal.receivedOn, late: true, decisionDue: due.due, hearing }));
  ctx.write((w) => {
    w.update(
      complaintAppeals,
      appeal.id,
      {
        admitted: true,
        admissionReason: input.reason,
        admissionDecidedBy: user.id,
        status: hearing ? 'hoorzitting_gepland' : 'ontvangen',
        hearingKind: hearing?.kind ?? null,
        hearingAt: hearing?.at ?? null,
        decisionDue: due.due,
      },
      { expectedVersion: appeal.version },
    );
    completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id, ['bezwaar_ontvankelijkheid']);
    addStep(w, row.id, 'bezwaar_toegelaten', `Te laat bezwaar toch in behandeling genomen door ${user.name}: ${input.reason}; uitspraak uiterlijk ${formatDate(due.due)} (K11, K13)`);
    startTreatment(ctx, w, row, { hearing, due, documentId, via: input.via, settings });
  });
  return [documentId];
}

async function refuse(ctx: HandlerContext, input: Input<'appeals.admit'>, appeal: AppealRow, row: ComplaintRow): Promise<string[]> {
  const user = requireUser(ctx);
  const improvement = input.improvement as ImprovementInput | null;
  if (improvement) assertImprovement(ctx.db, improvement);
  assertCanSend(ctx, row, input.via);
  const documentId = await draftComplaintLetter(
    ctx,
    row.id,
    APPEAL_DECISION,
    decisionLetterData(ctx, row, { appealReceivedOn: appeal.receivedOn, hearingHeldOn: null, outcome: 'niet_ontvankelijk', reasons: input.reason, measures: null, directorName: user.name }),
  );
  ctx.write((w) => {
    w.update(complaintAppeals, appeal.id, { admitted: false, admissionReason: input.reason, admissionDecidedBy: user.id, status: 'niet_ontvankelijk' }, { expectedVersion: appeal.version });
    // The written answer stands: the dossier closes as answered, on the day it closed before if it had.
    w.update(
      complaints,
      row.id,
      {
        status: 'afgesloten',
        resolution: 'schriftelijk_beantwoord',
        closedAt: row.closedAt ?? w.at,
        closedOn: row.closedOn ?? today(ctx),
        ...(improvement ? { categoryId: improvement.categoryId, causeId: improvement.causeId, measureId: improvement.measureId } : {}),
      },
      { expectedVersion: row.version },
    );
    completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id);
    addStep(w, row.id, 'bezwaar_niet_ontvankelijk', `Te laat bezwaar niet in behandeling genomen door ${user.name}: ${input.reason} (K11)`);
    const sent = sendLetter(ctx, w, documentId, row.complainantId, input.via, letterSubject(row, APPEAL_DECISION));
    addStep(w, row.id, 'uitspraak_verzonden', `Uitspraak (T6) verzonden ${SENT_VIA_TEXT[sent]}: niet ontvankelijk; dossier afgesloten`, documentId);
  });
  return [documentId];
}
