import { describe, expect, it } from 'vitest';
import {
  addMonths,
  canCollect,
  collectBlocker,
  contributionFor,
  mandateStatus,
  membershipProblem,
  nextMandateReference,
  sequenceAfterIbanChange,
  type MandateFacts,
} from './rules';

const signed = (overrides: Partial<MandateFacts> = {}): MandateFacts => ({
  status: 'actief',
  signatureDate: '2023-03-15',
  formReceived: true,
  lastCollectionDate: null,
  ...overrides,
});

describe('contribution (L1)', () => {
  it('L1: EUR 23.50 for a year without an amount of its own', () => {
    expect(contributionFor(2026, [])).toBe(2350);
    expect(contributionFor(2028, [{ year: 2027, amountCents: 2500 }])).toBe(2350);
  });

  it('L1: the amount set for a year applies to that year only', () => {
    const rates = [{ year: 2026, amountCents: 2350 }, { year: 2027, amountCents: 2495 }];
    expect(contributionFor(2027, rates)).toBe(2495);
    expect(contributionFor(2026, rates)).toBe(2350);
  });
});

describe('months', () => {
  it('adds months, keeping the day or taking the last day of a shorter month', () => {
    expect(addMonths('2023-03-15', 36)).toBe('2026-03-15');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2020-02-29', 36)).toBe('2023-02-28');
    expect(addMonths('2024-11-30', 2)).toBe('2025-01-30');
  });
});

describe('mandate status (L3)', () => {
  it('L3: a mandate never used expires 36 months after its signature: exactly 36 months is still active, one day more is expired', () => {
    expect(mandateStatus(signed(), '2026-03-15')).toBe('actief');
    expect(mandateStatus(signed(), '2026-03-16')).toBe('verlopen');
  });

  it('L3: a collection restarts the 36 months', () => {
    const used = signed({ lastCollectionDate: '2025-01-02' });
    expect(mandateStatus(used, '2026-03-16')).toBe('actief');
    expect(mandateStatus(used, '2028-01-02')).toBe('actief');
    expect(mandateStatus(used, '2028-01-03')).toBe('verlopen');
  });

  it('L3: amended and revoked mandates keep their stored status', () => {
    expect(mandateStatus(signed({ status: 'gewijzigd' }), '2023-04-01')).toBe('gewijzigd');
    expect(mandateStatus(signed({ status: 'ingetrokken' }), '2023-04-01')).toBe('ingetrokken');
  });

  it('L3: a mandate whose form is not signed yet does not expire (there is no date to count from)', () => {
    expect(mandateStatus(signed({ signatureDate: null, formReceived: false }), '2040-01-01')).toBe('actief');
  });
});

describe('collecting (L3)', () => {
  it('L3: no collection without the signed form', () => {
    expect(canCollect(signed({ formReceived: false }), '2024-01-01')).toBe(false);
    expect(canCollect(signed({ signatureDate: null }), '2024-01-01')).toBe(false);
    expect(collectBlocker(signed({ formReceived: false }), '2024-01-01')).toMatch(/nog niet ontvangen/);
    expect(canCollect(signed(), '2024-01-01')).toBe(true);
    expect(collectBlocker(signed(), '2024-01-01')).toBeNull();
  });

  it('L3: no collection on an expired, amended or revoked mandate, nor before its signature', () => {
    expect(canCollect(signed(), '2026-03-16')).toBe(false);
    expect(collectBlocker(signed(), '2026-03-16')).toMatch(/36 maanden/);
    expect(canCollect(signed({ status: 'gewijzigd' }), '2024-01-01')).toBe(false);
    expect(canCollect(signed({ status: 'ingetrokken' }), '2024-01-01')).toBe(false);
    expect(canCollect(signed(), '2023-03-14')).toBe(false);
  });
});

describe('sequence after an IBAN change (L3)', () => {
  it('L3: another bank means the next collection is FRST again', () => {
    expect(sequenceAfterIbanChange({ iban: 'NL91ABNA0417164300', sequenceType: 'RCUR' }, 'NL44RABO0123456789')).toBe('FRST');
  });

  it('L3: within the same bank the sequence goes on', () => {
    expect(sequenceAfterIbanChange({ iban: 'NL91ABNA0417164300', sequenceType: 'RCUR' }, 'NL02ABNA0123456789')).toBe('RCUR');
    expect(sequenceAfterIbanChange({ iban: 'NL91ABNA0417164300', sequenceType: 'FRST' }, 'NL02ABNA0123456789')).toBe('FRST');
  });
});

describe('mandate references (L3)', () => {
  it('L3: the membership number and a serial that only grows', () => {
    expect(nextMandateReference('L000123', [])).toBe('L000123-M01');
    expect(nextMandateReference('L000123', ['L000123-M01', 'L000123-M01', 'L000123-M03'])).toBe('L000123-M04');
    expect(nextMandateReference('L000123', ['L000124-M07'])).toBe('L000123-M01');
  });
});

describe('membership end', () => {
  it('an ending membership has an end date on or after its start; an active one none', () => {
    expect(membershipProblem({ status: 'actief', startDate: '2026-01-01', endDate: null })).toBeNull();
    expect(membershipProblem({ status: 'actief', startDate: '2026-01-01', endDate: '2026-12-31' })).toBe('member.active_with_end_date');
    expect(membershipProblem({ status: 'opgezegd', startDate: '2026-01-01', endDate: null })).toBe('member.end_date_required');
    expect(membershipProblem({ status: 'beeindigd', startDate: '2026-01-01', endDate: '2025-12-31' })).toBe('member.end_before_start');
    expect(membershipProblem({ status: 'beeindigd', startDate: '2026-01-01', endDate: '2026-01-01' })).toBeNull();
  });
});
