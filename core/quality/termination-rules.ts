import { addCalendarMonths, addDays, type IsoDay } from '../calendar';
import { formatDate } from '../contracts/format';
import { COMPLAINT_WINDOW_MONTHS, STICKER_PERIOD_DAYS, type ParticipantStatus } from '../contracts/quality';
import { HARDSHIP_RULES, type TerminationRule } from '../contracts/quality-rules';
import { DomainError } from '../errors';
import { noticeTerms } from './notice-terms';

/** The pure rules of the register's endings (Q3 decisions, Q4 notice, Q5 deadlines, Q6 blacklist). No I/O. */

export interface ParticipantState {
  status: ParticipantStatus;
  startDate: IsoDay;
  terminationDate: IsoDay | null;
}

// Q5 h-i: stickers and promotional material may stay up to and including this day.
export function stickerDeadline(terminationDate: IsoDay): IsoDay {
  return addDays(terminationDate, STICKER_PERIOD_DAYS);
}

/** `beeindigd` once the termination date has come, `opgezegd` while it is still ahead. */
export function statusOnTermination(terminationDate: IsoDay, today: IsoDay): 'opgezegd' | 'beeindigd' {
  return terminationDate <= today ? 'beeindigd' : 'opgezegd';
}

export function assertNotInFuture(day: IsoDay, today: IsoDay, field: string): void {
  if (day > today) throw new DomainError('quality.date_in_future', {}, [field]);
}

/**
 * Q4: notice received on `receivedOn` ends the participation on the current membership year end,
 * when it came at least one calendar month before it (that day included). Later notice is refused
 * with the earliest end date it could still reach.
 */
export function participantTerminationDate(participant: ParticipantState & { yearEndMonthDay: string; name: string }, receivedOn: IsoDay, today: IsoDay): IsoDay {
  if (participant.status !== 'deelnemer') throw new DomainError('quality.ended', { name: participant.name, date: formatDate(participant.terminationDate ?? today) });
  assertNotInFuture(receivedOn, today, 'receivedOn');
  const terms = noticeTerms(receivedOn, participant.yearEndMonthDay);
  if (receivedOn > terms.noticeDeadline) {
    throw new DomainError(
      'quality.notice_too_late',
      { yearEnd: formatDate(terms.currentYearEnd), deadline: formatDate(terms.noticeDeadline), earliest: formatDate(terms.earliestEndDate) },
      ['receivedOn'],
    );
  }
  assertAfterStart(terms.currentYearEnd, participant.startDate, 'receivedOn');
  return terms.currentYearEnd;
}

function assertAfterStart(terminationDate: IsoDay, startDate: IsoDay, field: string): void {
  if (terminationDate < startDate) throw new DomainError('quality.termination_before_start', { start: formatDate(startDate) }, [field]);
}

/**
 * Q4: the board ends a participation at any moment, today unless it chose a day. A participant that
 * gave notice can still be ended earlier by the board; an ended one, or a day on or after the notice's
 * end, is refused.
 */
export function boardTerminationDate(participant: ParticipantState & { name: string }, chosen: IsoDay | null | undefined, today: IsoDay): IsoDay {
  const date = chosen ?? today;
  if (participant.status === 'beeindigd' || (participant.status === 'opgezegd' && participant.terminationDate !== null && date >= participant.terminationDate)) {
    throw new DomainError('quality.ended', { name: participant.name, date: formatDate(participant.terminationDate ?? today) }, ['terminationDate']);
  }
  assertAfterStart(date, participant.startDate, 'terminationDate');
  return date;
}

export interface FindingState {
  participantId: string;
  rule: number;
  status: 'open' | 'besloten';
}

/**
 * Q3: the board decides on an open finding of this participant, after any pending hardship request;
 * without a finding (rule 6) it can only terminate.
 */
export function assertMayDecide(input: { participantId: string; outcome: 'beeindigen' | 'niet_beeindigen' }, finding: FindingState | null, hardshipPending: boolean): void {
  if (!finding) {
    if (input.outcome !== 'beeindigen') throw new DomainError('quality.rule6_terminates', {}, ['outcome']); // Q3 rule 6
    return;
  }
  if (finding.participantId !== input.participantId) throw new DomainError('quality.finding_other_participant');
  if (finding.status !== 'open') throw new DomainError('quality.finding_decided');
  if (hardshipPending) throw new DomainError('quality.hardship_pending');
}

/** The rule a decision is recorded under: the finding's, or 6 for the board's own decision. */
export function decisionRule(finding: FindingState | null): TerminationRule {
  return (finding?.rule ?? 6) as TerminationRule;
}

// Q3: the hardship clause is for rules 1-4 only, on an open finding, once.
export function hardshipApplies(rule: number): boolean {
  return (HARDSHIP_RULES as readonly number[]).includes(rule);
}

export function assertMayInvokeHardship(finding: FindingState, alreadyInvoked: boolean): void {
  if (!hardshipApplies(finding.rule)) throw new DomainError('quality.hardship_not_applicable');
  if (finding.status !== 'open') throw new DomainError('quality.finding_decided');
  if (alreadyInvoked) throw new DomainError('quality.hardship_exists');
}

export function assertHardshipUndecided(request: { outcome: string | null }): void {
  if (request.outcome !== null) throw new DomainError('quality.hardship_decided');
}

/**
 * Q5 h-j: a violation (or a check that found none) is only seen after the termination and its ten
 * days: until then the former participant may still remove stickers and promotional material.
 */
export function assertAfterStickerDeadline(participant: ParticipantState, day: IsoDay, today: IsoDay, field: string): void {
  if (participant.status !== 'beeindigd' || !participant.terminationDate) throw new DomainError('quality.not_terminated');
  assertNotInFuture(day, today, field);
  const deadline = stickerDeadline(participant.terminationDate);
  if (day <= deadline) throw new DomainError('quality.violation_too_early', { deadline: formatDate(deadline) }, [field]);
}

/** Q6: published only after the 10-day period, for a former participant. */
export function assertPublishable(participant: ParticipantState, today: IsoDay): void {
  if (participant.status !== 'beeindigd' || !participant.terminationDate) throw new DomainError('quality.not_terminated');
  const deadline = stickerDeadline(participant.terminationDate);
  if (today <= deadline) throw new DomainError('quality.blacklist_too_early', { deadline: formatDate(deadline) });
}

export interface ComplaintWindow {
  applies: boolean;
  lastDay: IsoDay | null;
  mayBeTakenUp: boolean | null;
  message: string;
}

/**
 * Q5 d: customers of a former participant may complain up to three calendar months after their
 * agreement was executed (that last day included). It applies once the participation has ended on
 * the day the complaint came in.
 */
export function complaintWindow(
  participation: { name: string; status: ParticipantStatus; terminationDate: IsoDay | null } | null,
  executedOn: IsoDay | null,
  receivedOn: IsoDay,
): ComplaintWindow {
  const lastDay = executedOn ? addCalendarMonths(executedOn, COMPLAINT_WINDOW_MONTHS) : null;
  const ended =
    participation !== null &&
    participation.terminationDate !== null &&
    (participation.status === 'beeindigd' || (participation.status === 'opgezegd' && participation.terminationDate <= receivedOn));
  if (!participation || !ended) {
    const message = participation
      ? `${participation.name} is deelnemer van het keurmerk; de termijn voor klachten over oud-deelnemers (Q5 d) geldt niet.`
      : 'Deze dienstverlener is geen (oud-)deelnemer van het keurmerk; de termijn van Q5 d geldt niet.';
    return { applies: false, lastDay, mayBeTakenUp: true, message };
  }
  const ending = `Het deelnemerschap van ${participation.name} is beëindigd per ${formatDate(participation.terminationDate!)}.`;
  if (!executedOn || !lastDay) {
    return { applies: true, lastDay: null, mayBeTakenUp: null, message: `${ending} Een klacht kan alleen binnen 3 maanden na de uitvoering van de overeenkomst worden ingediend (Q5 d): vul de datum van uitvoering in.` };
  }
  const inside = receivedOn <= lastDay;
  const term = `De overeenkomst is uitgevoerd op ${formatDate(executedOn)}; klagen ${inside ? 'kan' : 'kon'} tot en met ${formatDate(lastDay)}.`;
  const verdict = inside ? 'Deze klacht kan in behandeling worden genomen.' : 'Deze klacht is te laat en kan niet meer in behandeling worden genomen (Q5 d).';
  return { applies: true, lastDay, mayBeTakenUp: inside, message: `${ending} ${term} ${verdict}` };
}
