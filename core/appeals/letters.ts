import type { AppealAcknowledgementData, AppealDecisionData, HearingKind, HearingReportData } from '../contracts/complaint-letters';
import type { HandlerContext } from '../context';
import type { ComplaintRow } from '../complaints/queries';
import { findPersonRow } from '../complaints/queries';
import type { SendVia } from '../complaints/letters';
import { amsterdamLocal } from '../contracts/local-time';
import { DomainError } from '../errors';
import { addresseeFromPerson } from '../persons/addressee';
import { displayName } from '../persons/names';

/** The appeal's letters to the complainant (T4-T6), built from the dossier. */

export const APPEAL_ACKNOWLEDGEMENT = 'appeal-acknowledgement';
export const HEARING_REPORT = 'hearing-report';
export const APPEAL_DECISION = 'appeal-decision';

export const APPEAL_LETTER_SUBJECTS = {
  [APPEAL_ACKNOWLEDGEMENT]: 'Ontvangstbevestiging van uw bezwaar',
  [HEARING_REPORT]: 'Gespreksverslag over uw bezwaar',
  [APPEAL_DECISION]: 'Uitspraak op uw bezwaar',
} as const;

/** How a letter went, for the timeline. */
export const SENT_VIA_TEXT = { email: 'per e-mail', post: 'per post (afdrukken vanuit het dossier)' } as const;

export function letterSubject(row: ComplaintRow, typeKey: keyof typeof APPEAL_LETTER_SUBJECTS): string {
  return `${APPEAL_LETTER_SUBJECTS[typeKey]}, dossier ${row.dossierNumber}`;
}

function complainant(ctx: HandlerContext, row: ComplaintRow) {
  const person = findPersonRow(ctx.db, row.complainantId);
  if (!person) throw new DomainError('complaint.complainant_unknown');
  return person;
}

/**
 * `sendLetter` refuses e-mail without an address inside the step's transaction, after the concept was
 * drafted; asking first keeps a refused step from leaving a concept in the dossier.
 */
export function assertCanSend(ctx: HandlerContext, row: ComplaintRow, via: SendVia): void {
  const person = complainant(ctx, row);
  if (via === 'email' && !person.email) throw new DomainError('complaint.no_email_address', { name: displayName(person) }, ['via']);
}

function dossierBase(ctx: HandlerContext, row: ComplaintRow) {
  return { addressee: addresseeFromPerson(complainant(ctx, row)), dossierNumber: row.dossierNumber, receivedOn: row.receivedOn, kind: row.kind };
}

export interface PlannedHearing {
  kind: HearingKind;
  /** The instant (ISO); letters show it as Woerden wall-clock time. */
  at: string;
}

/** T4, K11-K12: receipt (a late appeal: admission) and the invitation to explain the appeal orally. */
export function acknowledgementData(
  ctx: HandlerContext,
  row: ComplaintRow,
  appeal: { receivedOn: string; late: boolean; decisionDue: string; hearing: PlannedHearing | null },
): AppealAcknowledgementData {
  return {
    ...dossierBase(ctx, row),
    appealReceivedOn: appeal.receivedOn,
    late: appeal.late,
    hearing: appeal.hearing ? { kind: appeal.hearing.kind, at: amsterdamLocal(new Date(appeal.hearing.at)) } : null,
    decisionDue: appeal.decisionDue,
  };
}

/** T5, K12: the complainant's copy of the hearing report. */
export function hearingReportLetterData(
  ctx: HandlerContext,
  row: ComplaintRow,
  hearing: { appealReceivedOn: string; kind: HearingKind; heldOn: string; participants: string; report: string },
): HearingReportData {
  return {
    ...dossierBase(ctx, row),
    appealReceivedOn: hearing.appealReceivedOn,
    hearingKind: hearing.kind,
    heldOn: hearing.heldOn,
    participants: hearing.participants,
    report: hearing.report,
  };
}

/** T6, K13 (or K11 for a late appeal not admitted): the director's decision, signed by the director. */
export function decisionLetterData(
  ctx: HandlerContext,
  row: ComplaintRow,
  decision: Omit<AppealDecisionData, keyof ReturnType<typeof dossierBase>>,
): AppealDecisionData {
  return { ...dossierBase(ctx, row), ...decision };
}
