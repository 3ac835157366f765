import type { AppealStatus } from '../contracts/appeals';
import type { ComplaintStatus, Resolution } from '../contracts/complaints';
import { formatDate } from '../contracts/format';
import { DomainError } from '../errors';

/** Which steps an appeal allows (K11-K13). Pure: the handlers read the rows and call these. */

interface AppealState {
  late: boolean;
  admitted: boolean | null;
  status: AppealStatus;
  version: number;
}

export function expectVersion(row: { version: number }, version: number | undefined): void {
  if (version !== undefined && version !== row.version) throw new DomainError('record.stale');
}

/**
 * K11: an appeal is made against the written answer; returns the day it was sent. A dossier closed
 * after the window may still get one (a late appeal); a dossier that ended otherwise (merged,
 * withdrawn, resolved by phone) may not.
 */
export function answerAppealedAgainst(complaint: { answerSentOn: string | null; status: ComplaintStatus; resolution: Resolution | null }): string {
  if (!complaint.answerSentOn) throw new DomainError('appeal.no_answer');
  if (complaint.status === 'afgesloten' && complaint.resolution !== 'schriftelijk_beantwoord') throw new DomainError('complaint.closed');
  return complaint.answerSentOn;
}

/** K11: the day of receipt decides whether it is late, so it must be a real one: not ahead, not before the answer. */
export function assertReceivedOn(receivedOn: string, answerSentOn: string, today: string): void {
  if (receivedOn > today) throw new DomainError('appeal.received_in_future', {}, ['receivedOn']);
  if (receivedOn < answerSentOn) throw new DomainError('appeal.received_before_answer', { sent: formatDate(answerSentOn) }, ['receivedOn']);
}

/** K11: only the director's decision on a late appeal is open to admission, and only once. */
export function assertAdmissionOpen(appeal: AppealState): void {
  if (!appeal.late) throw new DomainError('appeal.not_late');
  if (appeal.admitted !== null || appeal.status === 'niet_ontvankelijk') throw new DomainError('appeal.admission_decided');
}

/** K12-K13: hearing and decision need an appeal that is being treated: admitted and not yet decided. */
export function assertInTreatment(appeal: AppealState): void {
  if (appeal.status === 'beslist') throw new DomainError('appeal.decided');
  if (appeal.admitted === false) throw new DomainError('appeal.not_admitted');
  if (appeal.admitted === null) throw new DomainError('appeal.admission_pending');
}

/** K12: a hearing is recorded once it took place, never before the appeal arrived. */
export function assertHeldOn(heldOn: string, appealReceivedOn: string, today: string): void {
  if (heldOn > today) throw new DomainError('appeal.hearing_in_future', {}, ['heldOn']);
  if (heldOn < appealReceivedOn) throw new DomainError('appeal.hearing_before_appeal', {}, ['heldOn']);
}
