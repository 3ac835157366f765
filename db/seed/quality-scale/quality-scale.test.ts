import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '../../../core/contracts/quality-rules';
import { assessParticipant, type AssessmentFacts } from '../../../core/quality/rules';
import { createTestCore, type TestCore } from '../../../core/testing/harness';
import { seedQuality, type QualityScaleResult } from '.';

let t: TestCore;
let seeded: QualityScaleResult;
const END = new Date('2026-11-21T09:00:00Z');
const TODAY = '2026-11-21';
const SIZE = { participants: 3_000, reviews: 75_000, advices: 750, complaints: 750, customers: 3_000 };

const count = (sql: string, ...params: unknown[]) => t.core.sqlite.prepare(sql).pluck().get(...params) as number;

/** Every live participant's facts as the assessment reads them, through the pure Q3 rules. */
function firingRules(): Map<string, string[]> {
  const db = t.core.sqlite;
  const group = <T extends { participantId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.participantId, [...(map.get(row.participantId) ?? []), row]);
    return map;
  };
  const reviews = group(db.prepare('SELECT participant_id AS participantId, id, reviewed_on AS reviewedOn, sufficient, complaint_id AS complaintId FROM quality_reviews').all() as ({ participantId: string } & AssessmentFacts['reviews'][number])[]);
  const advices = group(db.prepare('SELECT participant_id AS participantId, id, advised_on AS advisedOn, outcome, complaint_id AS complaintId FROM quality_advices').all() as ({ participantId: string } & AssessmentFacts['advices'][number])[]);
  const complaints = group(db.prepare('SELECT p.id AS participantId, c.id, c.received_on AS receivedOn FROM complaints c JOIN quality_participants p ON p.provider_id = c.concerns_provider_id').all() as ({ participantId: string } & AssessmentFacts['complaints'][number])[]);
  const contributions = group(db.prepare('SELECT participant_id AS participantId, year, due_on AS dueOn, paid_on AS paidOn FROM quality_contributions').all() as ({ participantId: string } & AssessmentFacts['contributions'][number])[]);
  const fired = new Map<string, string[]>();
  for (const id of seeded.liveParticipantIds) {
    const facts: AssessmentFacts = {
      assessedOn: TODAY,
      reviews: (reviews.get(id) ?? []).map((r) => ({ ...r, sufficient: Boolean(r.sufficient) })),
      advices: advices.get(id) ?? [],
      complaints: complaints.get(id) ?? [],
      contributions: contributions.get(id) ?? [],
    };
    fired.set(id, assessParticipant(facts, DEFAULT_RULE_SETTINGS).map((f) => (f.kind === 'staffel_zwijgt' ? 'staffel' : `regel ${f.rule}`)));
  }
  return fired;
}

beforeAll(() => {
  t = createTestCore();
  seeded = seedQuality(t.core.sqlite, { ...SIZE, end: END });
}, 120_000);
afterAll(() => t.close());

describe('quality-mark register at scale (bench data)', () => {
  it('makes exactly the participants and reviews asked for, numbered KKV- in order of joining, each with an approved provider', () => {
    expect(count('SELECT count(*) FROM quality_participants')).toBe(SIZE.participants);
    expect(count('SELECT count(*) FROM quality_reviews')).toBe(SIZE.reviews);
    expect(count('SELECT count(*) FROM quality_advices')).toBe(SIZE.advices);
    expect(count('SELECT count(DISTINCT registration_number) FROM quality_participants WHERE registration_number GLOB \'KKV-[0-9][0-9][0-9][0-9][0-9]\'')).toBe(SIZE.participants);
    expect(count("SELECT next_value FROM number_series WHERE key = 'quality.registration'")).toBe(SIZE.participants + 1);
    expect(count("SELECT count(*) FROM quality_participants q JOIN providers p ON p.id = q.provider_id JOIN persons n ON n.id = p.person_id WHERE p.screening_status = 'goedgekeurd'")).toBe(SIZE.participants);
    const order = t.core.sqlite.prepare('SELECT start_date FROM quality_participants ORDER BY registration_number').pluck().all() as string[];
    expect(order).toEqual([...order].sort());
  });

  it('keeps every fact inside the participation and never after today; terminated ones have their date and who ended it', () => {
    expect(count('SELECT count(*) FROM quality_reviews r JOIN quality_participants p ON p.id = r.participant_id WHERE r.reviewed_on < p.start_date OR r.reviewed_on > ?', TODAY)).toBe(0);
    expect(count("SELECT count(*) FROM quality_reviews r JOIN quality_participants p ON p.id = r.participant_id WHERE p.status = 'beeindigd' AND r.reviewed_on >= p.termination_date")).toBe(0);
    expect(count('SELECT count(*) FROM quality_advices WHERE advised_on > ?', TODAY)).toBe(0);
    expect(count('SELECT count(*) FROM complaints WHERE received_on > ? OR concerns_provider_id IS NULL', TODAY)).toBe(0);
    expect(count("SELECT count(*) FROM quality_participants WHERE status <> 'deelnemer' AND (termination_date IS NULL OR terminated_by IS NULL)")).toBe(0);
    expect(count("SELECT count(*) FROM quality_participants WHERE status = 'beeindigd' AND termination_date > ?", TODAY)).toBe(0);
    expect(count("SELECT count(*) FROM quality_participants WHERE status = 'opgezegd' AND (termination_date <= ? OR termination_date NOT LIKE '%-12-31')", TODAY)).toBe(0);
    // Q7: amount less discount plus BTW; the discount only for Zelfstandigen Bouw.
    expect(count('SELECT count(*) FROM quality_contributions WHERE total_cents <> amount_cents - discount_cents + vat_cents')).toBe(0);
    expect(count('SELECT count(*) FROM quality_contributions c JOIN quality_participants p ON p.id = c.participant_id WHERE (c.discount_cents > 0) <> p.zelfstandigen_bouw')).toBe(0);
  });

  it('Q3: rule 1 fires for a few percent, the staffel falls silent for the busy few, rule 4 and rule 5 fire for some, most participants are fine', () => {
    const fired = firingRules();
    const share = (label: string) => [...fired.values()].filter((rules) => rules.includes(label)).length / fired.size;
    expect(share('regel 1')).toBeGreaterThan(0.015);
    expect(share('regel 1')).toBeLessThan(0.04);
    const busy = count("SELECT count(*) FROM (SELECT participant_id FROM quality_reviews WHERE reviewed_on > '2026-05-21' GROUP BY participant_id HAVING count(*) > 15)") / fired.size;
    expect(busy).toBeGreaterThan(0.002);
    expect(busy).toBeLessThan(0.015);
    expect(share('staffel')).toBeGreaterThan(0);
    expect(share('staffel')).toBeLessThan(busy);
    expect(share('regel 4')).toBeGreaterThan(0.002);
    expect(share('regel 5')).toBeGreaterThan(0.01);
    expect(share('regel 5')).toBeLessThan(0.05);
    expect([...fired.values()].filter((rules) => rules.length === 0).length / fired.size).toBeGreaterThan(0.85);
    expect(count('SELECT avg(sufficient) FROM quality_reviews')).toBeGreaterThan(0.95);
  });

  it('makes the same register from the same seed', () => {
    const other = createTestCore();
    const again = seedQuality(other.core.sqlite, { ...SIZE, end: END });
    const fingerprint = (core: TestCore['core']) =>
      core.sqlite.prepare("SELECT group_concat(id || reviewed_on || sufficient, ',') FROM (SELECT id, reviewed_on, sufficient FROM quality_reviews ORDER BY rowid LIMIT 2000)").pluck().get();
    expect(again.busiest).toEqual(seeded.busiest);
    expect(fingerprint(other.core)).toBe(fingerprint(t.core));
    other.close();
  });
});
