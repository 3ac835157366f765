import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isWorkingDay, officeTime } from '../calendar';
import { dayArb, momentArb, settingsNear } from '../calendar/test-arbitraries';
import {
  DEFAULT_DEADLINE_SETTINGS,
  appealWindowEnd,
  decisionDue,
  firstCallDue,
  hearingReportDue,
  isAppealLate,
  mediationResponseDue,
  writtenAnswerDue,
  type DeadlineSettings,
} from './deadlines';

const settings = (overrides: Partial<DeadlineSettings> = {}): DeadlineSettings => ({ ...DEFAULT_DEADLINE_SETTINGS, ...overrides });
const D = settings();
const at = (isoWithOffset: string) => new Date(isoWithOffset);

describe('complaint deadlines', () => {
  it('defaults: no Goede Vrijdag or Bevrijdingsdag off, 08:00-17:30, roll forward, K13 from the appeal, B2 ten working days', () => {
    expect(D).toEqual({
      liberationDayOff: false,
      goodFridayOff: false,
      closingDays: [],
      officeOpens: '08:00',
      officeCloses: '17:30',
      internalTargetRoll: 'next',
      decisionCountsFrom: 'appeal',
      mediationResponseWorkingDays: 10,
    });
  });

  it('K8: first call is due on the day of forwarding', () => {
    expect(firstCallDue(at('2026-06-10T10:15:00+02:00'), D)).toEqual({ due: '2026-06-10', rule: 'K8' });
    expect(firstCallDue(at('2026-06-10T07:00:00+02:00'), D).due).toBe('2026-06-10');
    expect(firstCallDue(at('2026-01-15T17:29:00+01:00'), D).due).toBe('2026-01-15');
  });

  it('K8: forwarded after office hours → next working day', () => {
    expect(firstCallDue(at('2026-06-10T17:30:00+02:00'), D)).toEqual({ due: '2026-06-11', rule: 'K8' });
    expect(firstCallDue(at('2026-01-15T22:00:00+01:00'), D).due).toBe('2026-01-16');
    expect(firstCallDue(at('2026-06-10T16:45:00+02:00'), settings({ officeCloses: '16:30' })).due).toBe('2026-06-11');
  });

  it('K8: forwarded on Friday 18:00 → Monday', () => {
    expect(firstCallDue(at('2026-06-12T18:00:00+02:00'), D).due).toBe('2026-06-15');
    expect(firstCallDue(at('2026-06-13T11:00:00+02:00'), D).due).toBe('2026-06-15');
  });

  it('K8: forwarded after hours before a holiday → the first working day after it', () => {
    expect(firstCallDue(at('2026-05-13T18:00:00+02:00'), D).due).toBe('2026-05-15');
    expect(firstCallDue(at('2026-05-13T18:00:00+02:00'), settings({ closingDays: ['2026-05-15'] })).due).toBe('2026-05-18');
    expect(firstCallDue(at('2026-12-24T18:00:00+01:00'), D).due).toBe('2026-12-28');
    expect(firstCallDue(at('2026-04-02T18:00:00+02:00'), settings({ goodFridayOff: true })).due).toBe('2026-04-07');
  });

  it('K10: written answer is due six weeks after receipt', () => {
    expect(writtenAnswerDue('2026-03-02', D)).toEqual({ due: '2026-04-13', rule: 'K10' });
    expect(writtenAnswerDue('2026-09-30', D).due).toBe('2026-11-11');
  });

  it('K10: six weeks ending on a holiday roll to the next working day, or the previous by setting', () => {
    expect(writtenAnswerDue('2026-03-16', D).due).toBe('2026-04-28');
    expect(writtenAnswerDue('2026-03-16', settings({ internalTargetRoll: 'previous' })).due).toBe('2026-04-24');
    expect(writtenAnswerDue('2026-02-23', D).due).toBe('2026-04-07');
    expect(writtenAnswerDue('2026-03-21', D).due).toBe('2026-05-04');
  });

  it('K11: appeal window is one month after the answer, rolled to the next working day', () => {
    expect(appealWindowEnd('2026-01-31', D)).toEqual({ due: '2026-03-02', rule: 'K11' });
    expect(appealWindowEnd('2026-03-27', D).due).toBe('2026-04-28');
    expect(appealWindowEnd('2026-06-10', D).due).toBe('2026-07-10');
  });

  it('K11: the complainant\'s term rolls forward even when internal targets roll back', () => {
    expect(appealWindowEnd('2026-03-27', settings({ internalTargetRoll: 'previous' })).due).toBe('2026-04-28');
  });

  it('K11: appeal received the day after the window is late', () => {
    expect(isAppealLate('2026-01-31', '2026-03-02', D)).toBe(false);
    expect(isAppealLate('2026-01-31', '2026-03-03', D)).toBe(true);
    expect(isAppealLate('2026-01-31', '2026-02-10', D)).toBe(false);
  });

  it('K13: decision due one month after the appeal', () => {
    expect(decisionDue('2026-04-14', null, D)).toEqual({ due: '2026-05-15', rule: 'K13' });
    expect(decisionDue('2026-04-14', '2026-04-30', D).due).toBe('2026-05-15');
    expect(decisionDue('2026-04-14', null, settings({ internalTargetRoll: 'previous' })).due).toBe('2026-05-13');
  });

  it('K13: decision due one month after the hearing when set, after the appeal while no hearing was held', () => {
    const fromHearing = settings({ decisionCountsFrom: 'hearing' });
    expect(decisionDue('2026-04-14', '2026-04-30', fromHearing)).toEqual({ due: '2026-06-01', rule: 'K13' });
    expect(decisionDue('2026-04-14', null, fromHearing).due).toBe('2026-05-15');
  });

  it('K12: hearing report due five working days after the hearing', () => {
    expect(hearingReportDue('2026-05-11', D)).toEqual({ due: '2026-05-19', rule: 'K12' });
    expect(hearingReportDue('2026-06-08', D).due).toBe('2026-06-15');
  });

  it('B2: provider response due after 10 working days (setting)', () => {
    expect(mediationResponseDue('2026-04-01', D)).toEqual({ due: '2026-04-16', rule: 'B2' });
    expect(mediationResponseDue('2026-04-01', settings({ goodFridayOff: true })).due).toBe('2026-04-17');
    expect(mediationResponseDue('2026-04-01', settings({ mediationResponseWorkingDays: 5 })).due).toBe('2026-04-09');
  });
});

const deadlineSettingsNear = (day: string) =>
  fc
    .tuple(settingsNear(day), fc.constantFrom('next' as const, 'previous' as const), fc.constantFrom('appeal' as const, 'hearing' as const), fc.integer({ min: 1, max: 60 }))
    .map(([s, internalTargetRoll, decisionCountsFrom, mediationResponseWorkingDays]): DeadlineSettings => ({
      ...s,
      internalTargetRoll,
      decisionCountsFrom,
      mediationResponseWorkingDays,
    }));

const dayWithDeadlineSettings = dayArb.chain((day) => deadlineSettingsNear(day).map((s) => ({ day, s })));

describe('complaint deadlines: properties over 1996-2026 with random settings', () => {
  const isValid = (due: string, start: string, s: DeadlineSettings) => {
    expect(isWorkingDay(due, s)).toBe(true);
    expect(due >= start).toBe(true);
  };

  it('K8: the first call falls on a working day, never before the Amsterdam day of forwarding', () => {
    fc.assert(
      fc.property(momentArb.chain((moment) => deadlineSettingsNear(officeTime(moment).day).map((s) => ({ moment, s }))), ({ moment, s }) => {
        isValid(firstCallDue(moment, s).due, officeTime(moment).day, s);
      }),
      { numRuns: 1000 },
    );
  });

  it('K10, K11, K12, B2: every deadline is a working day, never before its start', () => {
    fc.assert(
      fc.property(dayWithDeadlineSettings, ({ day, s }) => {
        isValid(writtenAnswerDue(day, s).due, day, s);
        isValid(appealWindowEnd(day, s).due, day, s);
        isValid(hearingReportDue(day, s).due, day, s);
        isValid(mediationResponseDue(day, s).due, day, s);
        expect(daysBetween(day, appealWindowEnd(day, s).due)).toBeGreaterThanOrEqual(28);
      }),
      { numRuns: 1000 },
    );
  });

  it('K11: an appeal is late exactly when received after the window', () => {
    fc.assert(
      fc.property(dayWithDeadlineSettings, fc.integer({ min: 0, max: 45 }), ({ day, s }, after) => {
        const received = addDays(day, after);
        expect(isAppealLate(day, received, s)).toBe(received > appealWindowEnd(day, s).due);
      }),
      { numRuns: 1000 },
    );
  });

  it('K13: the decision is a working day, after the appeal and after the hearing it counts from', () => {
    fc.assert(
      fc.property(dayWithDeadlineSettings, fc.option(fc.integer({ min: 0, max: 60 })), ({ day, s }, hearingAfter) => {
        const hearing = hearingAfter === null ? null : addDays(day, hearingAfter);
        const due = decisionDue(day, hearing, s).due;
        isValid(due, day, s);
        if (hearing !== null && s.decisionCountsFrom === 'hearing') expect(due > hearing).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
