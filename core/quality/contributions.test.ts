import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { qualityParticipants } from '../../db/schema';
import { createTestCore, type TestCore } from '../testing/harness';
import { chargeFor, coversYear, DEFAULT_RATE, missingRates, rateFor } from './contribution-rules';
import { runDailyQualityAssessment } from './daily';
import { otherProvider, qualityOffice, registeredParticipant, type QualityOffice } from './test-helpers';

describe('Q7: the contribution, as pure rules', () => {
  const joined = { startDate: '2025-06-15', zelfstandigenBouw: false };

  it('Q7: EUR 235 excluding BTW; 21% BTW on top; charged on 1 January, due after the payment term', () => {
    expect(chargeFor(DEFAULT_RATE, 2026, joined, 30)).toEqual({ year: 2026, amountCents: 23_500, discountCents: 0, vatCents: 4_935, totalCents: 28_435, chargedOn: '2026-01-01', dueOn: '2026-01-31' });
  });

  it('Q7: members of Zelfstandigen Bouw get the discount before BTW (10% by default, a setting)', () => {
    const charge = chargeFor(DEFAULT_RATE, 2026, { ...joined, zelfstandigenBouw: true }, 30);
    expect(charge).toMatchObject({ amountCents: 23_500, discountCents: 2_350, vatCents: Math.round(21_150 * 0.21), totalCents: 21_150 + Math.round(21_150 * 0.21) });
  });

  it('Q7: in the year a participant joins, the contribution is charged on the start day, in full (no pro rata)', () => {
    expect(chargeFor(DEFAULT_RATE, 2025, joined, 14)).toMatchObject({ totalCents: 28_435, chargedOn: '2025-06-15', dueOn: '2025-06-29' });
  });

  it('Q7: a year without a rate uses the latest earlier year; before 2016 there is none', () => {
    const rates = [
      { year: 2016, ...DEFAULT_RATE },
      { year: 2020, ...DEFAULT_RATE, amountCents: 25_000 },
    ];
    expect(rateFor(rates, 2019)?.amountCents).toBe(23_500);
    expect(rateFor(rates, 2031)?.amountCents).toBe(25_000);
    expect(rateFor(rates, 2015)).toBeNull();
  });

  it('Q7: missing years from 2016 are filled with the latest earlier rate, or EUR 235 before any', () => {
    const filled = missingRates([{ year: 2018, ...DEFAULT_RATE, amountCents: 24_000 }], 2020);
    expect(filled.map((r) => [r.year, r.amountCents])).toEqual([
      [2016, 23_500],
      [2017, 23_500],
      [2019, 24_000],
      [2020, 24_000],
    ]);
  });

  it('Q7: a participation covers the years from its start to its end; an end on 1 January covers none of that year', () => {
    expect(coversYear({ startDate: '2026-11-23', terminationDate: null }, 2026)).toBe(true);
    expect(coversYear({ startDate: '2026-11-23', terminationDate: null }, 2025)).toBe(false);
    expect(coversYear({ startDate: '2020-01-01', terminationDate: '2026-12-31' }, 2027)).toBe(false);
    expect(coversYear({ startDate: '2020-01-01', terminationDate: '2027-01-01' }, 2027)).toBe(false);
    expect(coversYear({ startDate: '2020-01-01', terminationDate: '2027-03-31' }, 2027)).toBe(true);
  });
});

describe('Q7: contributions in the register', () => {
  let t: TestCore;
  let office: QualityOffice;

  beforeEach(async () => {
    t = createTestCore();
    office = await qualityOffice(t);
  });
  afterEach(() => t.close());

  it('Q7: the rates run from 2016 to this year at EUR 235, 21% BTW and the discount setting', async () => {
    const rates = await t.ok('quality.rates', {}, office.desk.session);
    expect(rates.map((r) => r.year)).toEqual(Array.from({ length: 11 }, (_, i) => 2016 + i));
    expect(new Set(rates.map((r) => `${r.amountCents}/${r.vatBasisPoints}/${r.discountBasisPoints}`))).toEqual(new Set(['23500/2100/1000']));
    // Reading again adds nothing.
    expect(await t.ok('quality.rates', {}, office.desk.session)).toEqual(rates);
  });

  it('Q7: the rate of a year is set by the board; the servicedesk cannot', async () => {
    const rate = { year: 2027, amountCents: 24_500, vatBasisPoints: 2_100, discountBasisPoints: 1_500 };
    expect((await t.core.call('quality.setRate', rate, office.desk.session)).ok).toBe(false);
    const rates = await t.ok('quality.setRate', rate, office.board.session);
    expect(rates.find((r) => r.year === 2027)).toMatchObject(rate);
    const changed = await t.ok('quality.setRate', { ...rate, amountCents: 24_000 }, office.board.session);
    expect(changed.filter((r) => r.year === 2027).map((r) => r.amountCents)).toEqual([24_000]);
  });

  it('Q7: registration charges the start year at once, with the discount for Zelfstandigen Bouw', async () => {
    const participant = await registeredParticipant(t, office, { zelfstandigenBouw: true });
    expect(participant.contributions).toEqual([
      { id: expect.any(String), year: 2026, amountCents: 23_500, discountCents: 2_350, vatCents: 4_442, totalCents: 25_592, chargedOn: '2026-11-23', dueOn: '2026-12-23', paidOn: null, overdue: false },
    ]);
    expect(participant).toMatchObject({ unpaidContributions: 1, overdueContributions: 0 });
  });

  it('Q7: the yearly charge reaches every participation of that year once, at that year\'s rate', async () => {
    const first = await registeredParticipant(t, office);
    const other = await otherProvider(t, office, 'Schildersbedrijf Groen');
    const { participant: leaving } = await t.ok('quality.register', { providerId: other.id, startDate: '2026-11-23', zelfstandigenBouw: false, yearEndMonthDay: '12-31', notes: null, via: 'post' }, office.desk.session);
    t.core.write(office.adminUser.id, (w) => w.update(qualityParticipants, leaving.id, { status: 'opgezegd', terminationDate: '2026-12-31', terminatedBy: 'deelnemer' }));
    await t.ok('quality.setRate', { year: 2027, amountCents: 24_000, vatBasisPoints: 2_100, discountBasisPoints: 1_000 }, office.board.session);

    expect(await t.ok('quality.chargeContributions', { year: 2027 }, office.board.session)).toEqual({ charged: 1 });
    expect(await t.ok('quality.chargeContributions', { year: 2027 }, office.board.session)).toEqual({ charged: 0 });
    expect(await t.ok('quality.chargeContributions', { year: 2026 }, office.board.session)).toEqual({ charged: 0 });
    const list = await t.ok('quality.contributions', { year: 2027, onlyUnpaid: false }, office.desk.session);
    expect(list).toEqual([
      {
        id: expect.any(String),
        year: 2027,
        amountCents: 24_000,
        discountCents: 0,
        vatCents: 5_040,
        totalCents: 29_040,
        chargedOn: '2027-01-01',
        dueOn: '2027-01-31',
        paidOn: null,
        overdue: false,
        participant: { id: first.id, registrationNumber: first.registrationNumber, name: 'Klusbedrijf De Vries' },
      },
    ]);
    // 2028 has no rate of its own: 2027's applies.
    await t.ok('quality.chargeContributions', { year: 2028 }, office.board.session);
    const next = await t.ok('quality.contributions', { year: 2028, onlyUnpaid: true }, office.desk.session);
    expect(next.map((c) => c.amountCents)).toEqual([24_000]);
  });

  it('Q7: paid and unpaid are recorded; the unpaid list shows what is open', async () => {
    const participant = await registeredParticipant(t, office);
    const contributionId = participant.contributions[0]!.id;
    const paid = await t.ok('quality.setContributionPaid', { id: contributionId, paidOn: '2026-11-23' }, office.desk.session);
    expect(paid.contributions[0]).toMatchObject({ paidOn: '2026-11-23', overdue: false });
    expect(paid.unpaidContributions).toBe(0);
    expect(await t.ok('quality.contributions', { year: 2026, onlyUnpaid: true }, office.desk.session)).toEqual([]);
    const future = await t.core.call('quality.setContributionPaid', { id: contributionId, paidOn: '2026-12-01' }, office.desk.session);
    expect(future.ok ? null : future.error.code).toBe('quality.date_in_future');
  });

  it('Q7, Q3 rule 5: a payment undone after the due day makes a rule 5 finding at once', async () => {
    const participant = await registeredParticipant(t, office);
    const contributionId = participant.contributions[0]!.id;
    await t.ok('quality.setContributionPaid', { id: contributionId, paidOn: '2026-11-23' }, office.desk.session);
    t.clock.set('2027-01-05T09:00:00Z');
    expect((await t.ok('quality.get', { id: participant.id }, office.desk.session)).findings).toEqual([]);
    // The bank reversed the payment: unpaid again, past its due day of 23 December.
    const unpaid = await t.ok('quality.setContributionPaid', { id: contributionId, paidOn: null }, office.desk.session);
    expect(unpaid.contributions[0]).toMatchObject({ paidOn: null, overdue: true });
    expect(unpaid.findings.map((f) => [f.rule, f.evidence.unpaidYears, f.evidence.window])).toEqual([[5, [2026], { from: '2026-12-24', to: '2027-01-05' }]]);
    expect(unpaid.overdueContributions).toBe(1);
  });

  it('Q7, Q3 rule 5: an unpaid contribution past its due day is found by the daily run; paying it makes no new finding', async () => {
    const participant = await registeredParticipant(t, office);
    t.clock.set('2026-12-23T09:00:00Z');
    expect(runDailyQualityAssessment(t.core)).toMatchObject({ newFindings: 0 }); // due today: not yet past due
    t.clock.set('2026-12-24T09:00:00Z');
    expect(runDailyQualityAssessment(t.core)).toMatchObject({ newFindings: 1 });
    const after = await t.ok('quality.setContributionPaid', { id: participant.contributions[0]!.id, paidOn: '2026-12-24' }, office.desk.session);
    expect(after.findings.map((f) => f.rule)).toEqual([5]);
    expect((await t.ok('quality.list', { withOverdueContributions: true }, office.desk.session)).length).toBe(0);
    expect((await t.ok('quality.list', { withOpenFindings: true }, office.desk.session)).map((p) => p.id)).toEqual([participant.id]);
  });
});
