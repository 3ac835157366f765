import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../calendar';
import { dayArb } from '../calendar/test-arbitraries';
import { DEFAULT_RULE_SETTINGS, REVIEW_WINDOWS, YEAR_WINDOWS, type RuleSettings } from '../contracts/quality-rules';
import { evidenceKey } from './evidence-key';
import { assessParticipant, type AssessmentFacts } from './rules';
import { isInPeriod, reviewWindow } from './windows';

/** Days are offsets from the assessment day, mostly before it and close enough to land in the windows. */
const offsetArb = fc.integer({ min: -420, max: 20 });
/** Reviews closer in, so the half-year window often holds three or more. */
const reviewOffsetArb = fc.integer({ min: -240, max: 20 });
const complaintIdArb = fc.option(fc.constantFrom('c1', 'c2', 'c3'), { nil: null });

const settingsArb: fc.Arbitrary<RuleSettings> = fc.record({
  reviewWindow: fc.constantFrom(...REVIEW_WINDOWS),
  yearWindow: fc.constantFrom(...YEAR_WINDOWS),
  staffel: fc.constant(DEFAULT_RULE_SETTINGS.staffel),
});

const factsArb: fc.Arbitrary<AssessmentFacts> = dayArb.chain((assessedOn) =>
  fc.record({
    assessedOn: fc.constant(assessedOn),
    reviews: fc.array(fc.record({ offset: reviewOffsetArb, sufficient: fc.boolean(), complaintId: complaintIdArb }), { maxLength: 20 }).map((rs) =>
      rs.map(({ offset, ...r }, i) => ({ id: `r${i}`, reviewedOn: addDays(assessedOn, offset), ...r })),
    ),
    advices: fc
      .array(fc.record({ offset: offsetArb, outcome: fc.constantFrom('positief' as const, 'negatief' as const), complaintId: complaintIdArb }), { maxLength: 4 })
      .map((as) => as.map(({ offset, ...a }, i) => ({ id: `a${i}`, advisedOn: addDays(assessedOn, offset), ...a }))),
    complaints: fc
      .array(offsetArb, { maxLength: 3 })
      .map((offsets) => offsets.map((offset, i) => ({ id: `c${i + 1}`, receivedOn: addDays(assessedOn, offset) }))),
    contributions: fc
      .uniqueArray(fc.record({ year: fc.integer({ min: 2016, max: 2027 }), payOffset: fc.option(offsetArb, { nil: null }) }), { selector: (c) => c.year, maxLength: 3 })
      .map((cs) => cs.map(({ year, payOffset }) => ({ year, dueOn: `${year}-01-31`, paidOn: payOffset === null ? null : addDays(assessedOn, payOffset) }))),
  }),
);

const firesRule1 = (facts: AssessmentFacts, settings: RuleSettings) =>
  assessParticipant(facts, settings).some((f) => f.rule === 1 && f.kind === 'regel');

const permutation = <T,>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length });

describe('Q3 rules: properties', () => {
  // The one exception is the staffel's lower edge, by the reglement itself: two insufficient of two
  // reviews do not count yet, a third (sufficient) review makes "2 of 3" (see rules.test.ts).
  it('Q3 rule 1: once the window holds 3 reviews, adding a sufficient review never makes rule 1 fire', () => {
    fc.assert(
      fc.property(factsArb, settingsArb, fc.double({ min: 0, max: 1, noNaN: true }), (facts, settings, at) => {
        const window = reviewWindow(facts.assessedOn, settings.reviewWindow);
        fc.pre(facts.reviews.filter((r) => isInPeriod(r.reviewedOn, window)).length >= 3);
        fc.pre(!firesRule1(facts, settings));
        const reviewedOn = addDays(window.from, Math.floor(at * daysBetween(window.from, window.to)));
        const added = { ...facts, reviews: [...facts.reviews, { id: 'added', reviewedOn, sufficient: true, complaintId: null }] };
        expect(firesRule1(added, settings)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('Q3: findings and their evidence keys do not depend on the order of the facts', () => {
    const withShuffled = factsArb.chain((facts) =>
      fc
        .record({
          reviews: permutation(facts.reviews),
          advices: permutation(facts.advices),
          complaints: permutation(facts.complaints),
          contributions: permutation(facts.contributions),
        })
        .map((shuffled) => ({ facts, shuffled: { ...facts, ...shuffled } })),
    );
    fc.assert(
      fc.property(withShuffled, settingsArb, ({ facts, shuffled }, settings) => {
        const original = assessParticipant(facts, settings);
        const reordered = assessParticipant(shuffled, settings);
        expect(reordered.map(evidenceKey)).toEqual(original.map(evidenceKey));
        expect(reordered).toEqual(original);
      }),
      { numRuns: 500 },
    );
  });
});
