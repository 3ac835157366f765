import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, type AssessedRule, type RuleSettings } from '../contracts/quality-rules';
import { evidenceKey } from './evidence-key';
import { assessParticipant, type AssessmentFacts } from './rules';

type Review = AssessmentFacts['reviews'][number];
type Advice = AssessmentFacts['advices'][number];

const ASSESSED_ON = '2026-11-21';

function facts(partial: Partial<AssessmentFacts> = {}): AssessmentFacts {
  return { assessedOn: ASSESSED_ON, reviews: [], advices: [], complaints: [], contributions: [], ...partial };
}

function review(id: string, reviewedOn: string, sufficient: boolean, complaintId: string | null = null): Review {
  return { id, reviewedOn, sufficient, complaintId };
}

/** `total` reviews on one day, the first `insufficient` of them insufficient. */
function reviews(total: number, insufficient: number, reviewedOn = '2026-10-01'): Review[] {
  return Array.from({ length: total }, (_, i) => review(`r${String(i + 1).padStart(2, '0')}`, reviewedOn, i >= insufficient));
}

function negativeAdvice(id: string, advisedOn: string, complaintId: string | null = null): Advice {
  return { id, advisedOn, outcome: 'negatief', complaintId };
}

function findings(f: AssessmentFacts, rule: AssessedRule, settings: RuleSettings = DEFAULT_RULE_SETTINGS) {
  return assessParticipant(f, settings).filter((finding) => finding.rule === rule);
}

describe('Q3 rule 1: the staffel', () => {
  it.each([
    { total: 3, insufficient: 2, needed: 2, fires: true },
    { total: 3, insufficient: 1, needed: 2, fires: false },
    { total: 6, insufficient: 2, needed: 2, fires: true },
    { total: 7, insufficient: 3, needed: 3, fires: true },
    { total: 7, insufficient: 2, needed: 3, fires: false },
    { total: 10, insufficient: 3, needed: 3, fires: true },
    { total: 11, insufficient: 3, needed: 4, fires: false },
    { total: 11, insufficient: 4, needed: 4, fires: true },
    { total: 15, insufficient: 4, needed: 4, fires: true },
    { total: 15, insufficient: 3, needed: 4, fires: false },
  ])('Q3 rule 1: $insufficient insufficient of $total reviews fires: $fires (staffel needs $needed)', ({ total, insufficient, needed, fires }) => {
    const counted = reviews(total, insufficient);
    const found = findings(facts({ reviews: counted }), 1);
    if (!fires) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe('regel');
    expect(found[0]?.evidence.needed).toBe(needed);
    expect(found[0]?.evidence.reviewIds).toEqual(counted.map((r) => r.id));
    expect(found[0]?.evidence.insufficientReviewIds).toEqual(counted.filter((r) => !r.sufficient).map((r) => r.id));
  });

  it('Q3 rule 1: two reviews never fire, even when both are insufficient; a third, sufficient one makes 2 of 3', () => {
    expect(findings(facts({ reviews: reviews(2, 2) }), 1)).toEqual([]);
    expect(findings(facts({ reviews: [...reviews(2, 2), review('third', '2026-10-02', true)] }), 1)).toHaveLength(1);
  });

  it('Q3 rule 1: more than 15 reviews is a staffel_zwijgt finding for the board, with the reviews it counted', () => {
    const counted = reviews(16, 5);
    const [found, ...rest] = findings(facts({ reviews: counted }), 1);
    expect(rest).toEqual([]);
    expect(found?.kind).toBe('staffel_zwijgt');
    expect(found?.evidence.needed).toBeNull();
    expect(found?.evidence.reviewIds).toHaveLength(16);
    expect(found?.evidence.insufficientReviewIds).toEqual(['r01', 'r02', 'r03', 'r04', 'r05']);
    expect(found?.evidence.summary).toBe(
      '5 van 16 klantbeoordelingen onvoldoende tussen 22-05-2026 en 21-11-2026; de staffel gaat tot 15 beoordelingen, het bestuur beoordeelt',
    );
  });

  it('Q3 rule 1: more than 15 reviews with fewer insufficient ones than the last row asks (4) is no case for the board', () => {
    expect(findings(facts({ reviews: reviews(16, 3) }), 1)).toEqual([]);
    expect(findings(facts({ reviews: reviews(20, 0) }), 1)).toEqual([]);
    expect(findings(facts({ reviews: reviews(16, 4) }), 1)[0]?.kind).toBe('staffel_zwijgt');
  });

  it('Q3 rule 1: the staffel is data: a stricter or a longer table from the settings changes the result', () => {
    const stricter: RuleSettings = { ...DEFAULT_RULE_SETTINGS, staffel: [{ from: 3, to: 6, needed: 3 }] };
    expect(findings(facts({ reviews: reviews(3, 2) }), 1)).toHaveLength(1);
    expect(findings(facts({ reviews: reviews(3, 2) }), 1, stricter)).toEqual([]);

    const longer: RuleSettings = { ...DEFAULT_RULE_SETTINGS, staffel: [...DEFAULT_RULE_SETTINGS.staffel, { from: 16, to: 20, needed: 5 }] };
    const [found] = findings(facts({ reviews: reviews(16, 5) }), 1, longer);
    expect(found?.kind).toBe('regel');
    expect(found?.evidence.needed).toBe(5);

    const fromTwo: RuleSettings = { ...DEFAULT_RULE_SETTINGS, staffel: [{ from: 2, to: 15, needed: 2 }] };
    expect(findings(facts({ reviews: reviews(2, 2) }), 1, fromTwo)).toHaveLength(1);
  });
});

describe('Q3 rule 1: the half-year window', () => {
  const twoInsufficientAnd = (third: Review) => [review('a', '2026-09-01', false), review('b', '2026-10-01', false), third];

  it('Q3 rule 1: a review exactly six months old is outside the window, one day younger is inside', () => {
    expect(findings(facts({ reviews: twoInsufficientAnd(review('c', '2026-05-21', true)) }), 1)).toEqual([]);
    const [found] = findings(facts({ reviews: twoInsufficientAnd(review('c', '2026-05-22', true)) }), 1);
    expect(found?.evidence.reviewIds).toEqual(['c', 'a', 'b']);
  });

  it('Q3 rule 1: reviews after the assessment day do not count; one on the day itself does', () => {
    const base = [review('a', '2026-09-01', false), review('b', '2026-10-01', true), review('c', '2026-10-02', true)];
    expect(findings(facts({ reviews: [...base, review('later', '2026-11-22', false)] }), 1)).toEqual([]);
    const [found] = findings(facts({ reviews: [...base, review('today', '2026-11-21', false)] }), 1);
    expect(found?.evidence.insufficientReviewIds).toEqual(['a', 'today']);
  });

  it('Q3 rule 1: with calendar half years, an assessment on 3 July sees only 1-3 July', () => {
    const counted = [
      review('jun29', '2026-06-29', false),
      review('jun30', '2026-06-30', false),
      review('jul01', '2026-07-01', true),
      review('jul02', '2026-07-02', false),
      review('jul03', '2026-07-03', true),
    ];
    const halfYear: RuleSettings = { ...DEFAULT_RULE_SETTINGS, reviewWindow: 'calendar_half_year' };
    const on = facts({ assessedOn: '2026-07-03', reviews: counted });
    expect(findings(on, 1)).toHaveLength(1);
    expect(findings(on, 1, halfYear)).toEqual([]);

    const [found] = findings({ ...on, reviews: [...counted, review('jul03b', '2026-07-03', false)] }, 1, halfYear);
    expect(found?.evidence.window).toEqual({ from: '2026-07-01', to: '2026-07-03' });
    expect(found?.evidence.reviewIds).toEqual(['jul01', 'jul02', 'jul03', 'jul03b']);
  });

  it('Q3 rule 1: assessed on 31 August the window opens on 1 March; 28 February (six months back) is outside', () => {
    const base = [review('a', '2026-05-01', false), review('b', '2026-06-01', false)];
    const assessedOn = '2026-08-31';
    expect(findings(facts({ assessedOn, reviews: [...base, review('feb28', '2026-02-28', true)] }), 1)).toEqual([]);
    const [found] = findings(facts({ assessedOn, reviews: [...base, review('mar01', '2026-03-01', true)] }), 1);
    expect(found?.evidence.window).toEqual({ from: '2026-03-01', to: '2026-08-31' });
  });

  it('Q3 rule 1: the finding says in Dutch what it counted', () => {
    const [found] = findings(facts({ reviews: reviews(3, 2) }), 1);
    expect(found?.evidence.summary).toBe('2 van 3 klantbeoordelingen onvoldoende tussen 22-05-2026 en 21-11-2026 (staffel: 2 nodig)');
    expect(found?.evidence.adviceIds).toEqual([]);
    expect(found?.evidence.complaintIds).toEqual([]);
    expect(found?.evidence.unpaidYears).toEqual([]);
  });
});

describe('Q3 rule 2: negative binding advices in a year', () => {
  it('Q3 rule 2: two negative advices in the year fire, with both advices as evidence', () => {
    const [found, ...rest] = findings(facts({ advices: [negativeAdvice('a2', '2026-09-01'), negativeAdvice('a1', '2026-03-12')] }), 2);
    expect(rest).toEqual([]);
    expect(found?.evidence.adviceIds).toEqual(['a1', 'a2']);
    expect(found?.evidence.window).toEqual({ from: '2025-11-22', to: '2026-11-21' });
    expect(found?.evidence.summary).toBe('2 negatieve bindende adviezen tussen 22-11-2025 en 21-11-2026 (12-03-2026 en 01-09-2026)');
  });

  it('Q3 rule 2: one negative advice is not enough; a positive one does not count', () => {
    const positive: Advice = { id: 'p', advisedOn: '2026-05-01', outcome: 'positief', complaintId: null };
    expect(findings(facts({ advices: [negativeAdvice('a1', '2026-03-12'), positive] }), 2)).toEqual([]);
  });

  it('Q3 rule 2: an advice exactly twelve months old is just outside the rolling year; one day younger counts', () => {
    const recent = negativeAdvice('a2', '2026-09-01');
    expect(findings(facts({ advices: [negativeAdvice('a1', '2025-11-21'), recent] }), 2)).toEqual([]);
    expect(findings(facts({ advices: [negativeAdvice('a1', '2025-11-22'), recent] }), 2)).toHaveLength(1);
  });

  it('Q3 rule 2: with the calendar year setting, an advice of last December does not count', () => {
    const advices = [negativeAdvice('a1', '2025-12-15'), negativeAdvice('a2', '2026-02-01')];
    expect(findings(facts({ advices }), 2)).toHaveLength(1);
    expect(findings(facts({ advices }), 2, { ...DEFAULT_RULE_SETTINGS, yearWindow: 'calendar_year' })).toEqual([]);
  });

  it('Q3 rule 2: an advice after the assessment day does not count', () => {
    expect(findings(facts({ advices: [negativeAdvice('a1', '2026-03-12'), negativeAdvice('a2', '2026-11-22')] }), 2)).toEqual([]);
  });
});

describe('Q3 rule 3: one negative advice and two insufficient other reviews', () => {
  // Outside the half year, so rule 1 stays out of the way.
  const insufficientOthers = [review('r1', '2026-01-10', false), review('r2', '2026-02-10', false), review('r3', '2026-03-10', true)];

  it('Q3 rule 3: one negative advice and two insufficient other reviews in the same year fire', () => {
    const [found, ...rest] = findings(facts({ advices: [negativeAdvice('a1', '2026-04-01', 'c1')], reviews: insufficientOthers }), 3);
    expect(rest).toEqual([]);
    expect(found?.evidence.adviceIds).toEqual(['a1']);
    expect(found?.evidence.reviewIds).toEqual(['r1', 'r2', 'r3']);
    expect(found?.evidence.insufficientReviewIds).toEqual(['r1', 'r2']);
    expect(found?.evidence.summary).toBe(
      '1 negatief bindend advies (01-04-2026) en 2 van 3 andere klantbeoordelingen onvoldoende tussen 22-11-2025 en 21-11-2026',
    );
  });

  it("Q3 rule 3: a review about the advice's own complaint is not an other review", () => {
    const advices = [negativeAdvice('a1', '2026-04-01', 'c1')];
    const aboutTheComplaint = review('own', '2026-01-05', false, 'c1');
    expect(findings(facts({ advices, reviews: [aboutTheComplaint, review('r1', '2026-01-10', false)] }), 3)).toEqual([]);

    const [found] = findings(facts({ advices, reviews: [aboutTheComplaint, ...insufficientOthers] }), 3);
    expect(found?.evidence.reviewIds).toEqual(['r1', 'r2', 'r3']);
  });

  it('Q3 rule 3: an advice without a complaint leaves every review of the year as other', () => {
    const counted = [review('x', '2026-01-05', false, 'c9'), review('r1', '2026-01-10', false)];
    const [found] = findings(facts({ advices: [negativeAdvice('a1', '2026-04-01')], reviews: counted }), 3);
    expect(found?.evidence.insufficientReviewIds).toEqual(['x', 'r1']);
  });

  it('Q3 rule 3: an insufficient review outside the year does not count', () => {
    const counted = [review('old', '2025-11-21', false), review('r1', '2026-01-10', false)];
    expect(findings(facts({ advices: [negativeAdvice('a1', '2026-04-01')], reviews: counted }), 3)).toEqual([]);
  });

  it('Q3 rule 3: does not fire beside rule 2 on the same advices', () => {
    const all = assessParticipant(
      facts({ advices: [negativeAdvice('a1', '2026-04-01'), negativeAdvice('a2', '2026-05-01')], reviews: insufficientOthers }),
      DEFAULT_RULE_SETTINGS,
    );
    expect(all.map((f) => f.rule)).toEqual([2]);
  });
});

describe('Q3 rule 4: a complaint without reviews in the year before it', () => {
  const complaint = { id: 'c1', receivedOn: '2026-10-10' };

  it('Q3 rule 4: a complaint with no review in the preceding year fires, naming the complaint', () => {
    const [found, ...rest] = findings(facts({ complaints: [complaint], reviews: [review('old', '2025-10-09', true)] }), 4);
    expect(rest).toEqual([]);
    expect(found?.evidence.complaintIds).toEqual(['c1']);
    expect(found?.evidence.reviewIds).toEqual([]);
    expect(found?.evidence.window).toEqual({ from: '2025-10-10', to: '2026-10-09' });
    expect(found?.evidence.summary).toBe('Klacht ontvangen op 10-10-2026 zonder klantbeoordelingen tussen 10-10-2025 en 09-10-2026');
  });

  it('Q3 rule 4: a review eleven months before the complaint prevents it', () => {
    expect(findings(facts({ complaints: [complaint], reviews: [review('r1', '2025-11-10', false)] }), 4)).toEqual([]);
  });

  it('Q3 rule 4: a review on the complaint day itself is not from before the complaint', () => {
    expect(findings(facts({ complaints: [complaint], reviews: [review('r1', '2026-10-10', true)] }), 4)).toHaveLength(1);
  });

  it('Q3 rule 4: a complaint outside the year window is ignored', () => {
    expect(findings(facts({ complaints: [{ id: 'c0', receivedOn: '2025-11-21' }] }), 4)).toEqual([]);
    expect(findings(facts({ complaints: [{ id: 'c0', receivedOn: '2025-11-22' }] }), 4)).toHaveLength(1);
    expect(findings(facts({ complaints: [{ id: 'c0', receivedOn: '2026-11-22' }] }), 4)).toEqual([]);
    expect(findings(facts({ complaints: [{ id: 'c0', receivedOn: '2025-12-01' }] }), 4, { ...DEFAULT_RULE_SETTINGS, yearWindow: 'calendar_year' })).toEqual([]);
  });

  it('Q3 rule 4: one finding per complaint without reviews before it', () => {
    const complaints = [complaint, { id: 'c2', receivedOn: '2026-02-01' }];
    // A review between the two complaints covers the later one only.
    const found = findings(facts({ complaints, reviews: [review('r1', '2026-05-01', true)] }), 4);
    expect(found.map((f) => f.evidence.complaintIds)).toEqual([['c2']]);
    expect(findings(facts({ complaints }), 4).map((f) => f.evidence.complaintIds)).toEqual([['c2'], ['c1']]);
  });
});

describe('Q3 rule 5: the payment obligation', () => {
  const due = (year: number, paidOn: string | null = null) => ({ year, dueOn: `${year}-01-31`, paidOn });

  it('Q3 rule 5: a contribution unpaid past its due day fires, naming the years', () => {
    const [found, ...rest] = findings(facts({ contributions: [due(2026), due(2025), due(2024, '2024-01-20')] }), 5);
    expect(rest).toEqual([]);
    expect(found?.evidence.unpaidYears).toEqual([2025, 2026]);
    expect(found?.evidence.window).toEqual({ from: '2025-02-01', to: '2026-11-21' });
    expect(found?.evidence.summary).toBe('Contributie niet betaald na de vervaldag: 2025 (vervaldag 31-01-2025) en 2026 (vervaldag 31-01-2026)');
  });

  it('Q3 rule 5: a paid contribution, or one not yet past its due day, does not fire', () => {
    expect(findings(facts({ contributions: [due(2026, '2026-11-21')] }), 5)).toEqual([]);
    expect(findings(facts({ contributions: [{ year: 2026, dueOn: '2026-11-21', paidOn: null }] }), 5)).toEqual([]);
    expect(findings(facts({ contributions: [{ year: 2027, dueOn: '2027-01-31', paidOn: null }] }), 5)).toEqual([]);
  });

  it('Q3 rule 5: a payment after the assessment day counts as unpaid on that day', () => {
    expect(findings(facts({ contributions: [due(2026, '2026-11-22')] }), 5).map((f) => f.evidence.unpaidYears)).toEqual([[2026]]);
  });
});

describe('Q3: the evidence key', () => {
  it('Q3: the key names the rule, the kind and the sorted ids that made the finding', () => {
    const [rule1] = findings(facts({ reviews: reviews(3, 2) }), 1);
    const [rule5] = findings(facts({ contributions: [{ year: 2026, dueOn: '2026-01-31', paidOn: null }] }), 5);
    expect(rule1 && evidenceKey(rule1)).toBe('1:regel:reviews=r01,r02');
    expect(rule5 && evidenceKey(rule5)).toBe('5:regel:years=2026');
  });

  it('Q3: a new sufficient review keeps the key; a new insufficient one makes a new key', () => {
    const keyOf = (counted: Review[]) => findings(facts({ reviews: counted }), 1).map(evidenceKey);
    const [before] = keyOf(reviews(3, 2));
    expect(keyOf([...reviews(3, 2), review('extra', '2026-11-01', true)])).toEqual([before]);
    expect(keyOf([...reviews(3, 2), review('extra', '2026-11-01', false)])).not.toEqual([before]);
  });
});
