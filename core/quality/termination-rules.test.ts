import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays } from '../calendar';
import { formatDate } from '../contracts/format';
import { DomainError } from '../errors';
import { noticeTerms } from './notice-terms';
import {
  assertMayDecide,
  assertMayInvokeHardship,
  assertPublishable,
  assertAfterStickerDeadline,
  boardTerminationDate,
  complaintWindow,
  hardshipApplies,
  participantTerminationDate,
  statusOnTermination,
  stickerDeadline,
} from './termination-rules';

const live = { status: 'deelnemer' as const, startDate: '2020-03-01', terminationDate: null, yearEndMonthDay: '12-31', name: 'Klusbedrijf Jansen' };
const ended = { status: 'beeindigd' as const, startDate: '2020-03-01', terminationDate: '2026-10-01' };

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('Q4: notice by the participant', () => {
  it('Q4: notice received on the deadline (one calendar month before the year end) ends the participation on that year end', () => {
    const terms = noticeTerms('2026-11-30', '12-31');
    expect(terms.noticeDeadline).toBe(addCalendarMonths('2026-12-31', -1));
    expect(participantTerminationDate(live, terms.noticeDeadline, '2026-11-30')).toBe('2026-12-31');
  });

  it('Q4: notice a day after the deadline is refused, naming the deadline and the earliest allowed end date', () => {
    const error = refusal(() => participantTerminationDate(live, '2026-12-01', '2026-12-01'));
    expect(error.code).toBe('quality.notice_too_late');
    expect(error.message).toContain(formatDate('2027-12-31'));
    expect(error.message).toContain(formatDate(noticeTerms('2026-12-01', '12-31').noticeDeadline));
  });

  it('Q4: the year end of the participant counts, also when it is not 31 December', () => {
    const midYear = { ...live, yearEndMonthDay: '06-30' };
    expect(participantTerminationDate(midYear, '2026-05-30', '2026-06-01')).toBe('2026-06-30');
    expect(refusal(() => participantTerminationDate(midYear, '2026-05-31', '2026-06-01')).params.earliest).toBe(formatDate('2027-06-30'));
  });

  it('Q4: notice cannot be received in the future, nor by a participation that already ended', () => {
    expect(refusal(() => participantTerminationDate(live, '2026-11-22', '2026-11-21')).code).toBe('quality.date_in_future');
    expect(refusal(() => participantTerminationDate({ ...live, status: 'opgezegd', terminationDate: '2026-12-31' }, '2026-11-01', '2026-11-21')).code).toBe('quality.ended');
  });

  it('Q4: the board may terminate at any moment: today when no day is chosen, not before the start', () => {
    expect(boardTerminationDate(live, null, '2026-11-21')).toBe('2026-11-21');
    expect(boardTerminationDate(live, '2026-12-05', '2026-11-21')).toBe('2026-12-05');
    expect(refusal(() => boardTerminationDate(live, '2020-02-29', '2026-11-21')).code).toBe('quality.termination_before_start');
  });

  it('Q4: the board may end a participation under notice earlier, not later, and not an ended one', () => {
    const noticed = { ...live, status: 'opgezegd' as const, terminationDate: '2026-12-31' };
    expect(boardTerminationDate(noticed, '2026-12-01', '2026-11-21')).toBe('2026-12-01');
    expect(refusal(() => boardTerminationDate(noticed, '2026-12-31', '2026-11-21')).code).toBe('quality.ended');
    expect(refusal(() => boardTerminationDate({ ...ended, name: 'X' }, null, '2026-11-21')).code).toBe('quality.ended');
  });

  it('a termination date that has come ends the participation at once, a later one leaves it opgezegd', () => {
    expect(statusOnTermination('2026-11-21', '2026-11-21')).toBe('beeindigd');
    expect(statusOnTermination('2026-11-20', '2026-11-21')).toBe('beeindigd');
    expect(statusOnTermination('2026-11-22', '2026-11-21')).toBe('opgezegd');
  });
});

describe('Q3: board decisions and the hardship clause', () => {
  const finding = { participantId: 'p1', rule: 1, status: 'open' as const };

  it('Q3 rule 6: without a finding the board can only terminate', () => {
    expect(() => assertMayDecide({ participantId: 'p1', outcome: 'beeindigen' }, null, false)).not.toThrow();
    expect(refusal(() => assertMayDecide({ participantId: 'p1', outcome: 'niet_beeindigen' }, null, false)).code).toBe('quality.rule6_terminates');
  });

  it('Q3: a decided finding, one of another participant, or one with a pending hardship request is refused', () => {
    expect(refusal(() => assertMayDecide({ participantId: 'p1', outcome: 'beeindigen' }, { ...finding, status: 'besloten' }, false)).code).toBe('quality.finding_decided');
    expect(refusal(() => assertMayDecide({ participantId: 'p2', outcome: 'beeindigen' }, finding, false)).code).toBe('quality.finding_other_participant');
    expect(refusal(() => assertMayDecide({ participantId: 'p1', outcome: 'niet_beeindigen' }, finding, true)).code).toBe('quality.hardship_pending');
  });

  it('Q3: the hardship clause applies to rules 1-4 only, once, on an open finding', () => {
    expect([1, 2, 3, 4, 5, 6].filter(hardshipApplies)).toEqual([1, 2, 3, 4]);
    expect(refusal(() => assertMayInvokeHardship({ ...finding, rule: 5 }, false)).code).toBe('quality.hardship_not_applicable');
    expect(refusal(() => assertMayInvokeHardship(finding, true)).code).toBe('quality.hardship_exists');
    expect(refusal(() => assertMayInvokeHardship({ ...finding, status: 'besloten' }, false)).code).toBe('quality.finding_decided');
  });
});

describe('Q5 h-j and Q6: after the 10 days', () => {
  it('Q5 h: the sticker deadline is the termination date + 10 calendar days', () => {
    expect(stickerDeadline('2026-12-31')).toBe('2027-01-10');
    expect(stickerDeadline('2026-10-01')).toBe(addDays('2026-10-01', 10));
  });

  it('Q6: a violation seen before or on the deadline is refused, the day after it is accepted', () => {
    const deadline = stickerDeadline(ended.terminationDate);
    expect(refusal(() => assertAfterStickerDeadline(ended, deadline, '2026-11-21', 'seenOn')).code).toBe('quality.violation_too_early');
    expect(refusal(() => assertAfterStickerDeadline(ended, '2026-10-05', '2026-11-21', 'seenOn')).params.deadline).toBe(formatDate(deadline));
    expect(() => assertAfterStickerDeadline(ended, addDays(deadline, 1), '2026-11-21', 'seenOn')).not.toThrow();
  });

  it('Q6: no violation while the participation has not ended', () => {
    expect(refusal(() => assertAfterStickerDeadline({ ...ended, status: 'opgezegd', terminationDate: '2026-12-31' }, '2027-02-01', '2027-02-01', 'seenOn')).code).toBe('quality.not_terminated');
  });

  it('Q6: publishing on or before the deadline is refused; the day after it is allowed', () => {
    const deadline = stickerDeadline(ended.terminationDate);
    expect(refusal(() => assertPublishable(ended, deadline)).code).toBe('quality.blacklist_too_early');
    expect(() => assertPublishable(ended, addDays(deadline, 1))).not.toThrow();
  });
});

describe('Q5 d: complaints about a former participant', () => {
  const former = { name: 'Klusbedrijf Jansen', status: 'beeindigd' as const, terminationDate: '2026-06-30' };

  it('Q5 d: the last day is the execution day + 3 calendar months; on it the complaint is in time, the day after not', () => {
    const lastDay = addCalendarMonths('2026-05-31', 3);
    expect(lastDay).toBe('2026-08-31');
    expect(complaintWindow(former, '2026-05-31', lastDay)).toMatchObject({ applies: true, lastDay, mayBeTakenUp: true });
    const late = complaintWindow(former, '2026-05-31', addDays(lastDay, 1));
    expect(late).toMatchObject({ applies: true, mayBeTakenUp: false });
    expect(late.message).toContain(formatDate(lastDay));
  });

  it('Q5 d: it does not apply while the participation runs, nor before a notice takes effect', () => {
    expect(complaintWindow({ ...former, status: 'deelnemer', terminationDate: null }, '2026-01-01', '2026-11-21')).toMatchObject({ applies: false, mayBeTakenUp: true });
    expect(complaintWindow({ ...former, status: 'opgezegd', terminationDate: '2026-12-31' }, '2026-01-01', '2026-11-21').applies).toBe(false);
    expect(complaintWindow({ ...former, status: 'opgezegd', terminationDate: '2026-12-31' }, '2026-01-01', '2026-12-31').applies).toBe(true);
    expect(complaintWindow(null, '2026-01-01', '2026-11-21').applies).toBe(false);
  });

  it('Q5 d: without an execution day it cannot be said yet', () => {
    expect(complaintWindow(former, null, '2026-11-21')).toMatchObject({ applies: true, lastDay: null, mayBeTakenUp: null });
  });
});
