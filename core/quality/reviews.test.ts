import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureInput, ProcedureName } from '../contracts';
import type { ClientSession } from '../context';
import { complaintAboutProvider } from '../mediation/test-helpers';
import { createTestCore, type TestCore } from '../testing/harness';
import { customer, qualityOffice, registeredParticipant, reviewInput, type QualityOffice } from './test-helpers';

let t: TestCore;
let office: QualityOffice;
let participantId: string;
let customerId: string;

beforeEach(async () => {
  t = createTestCore();
  office = await qualityOffice(t);
  participantId = (await registeredParticipant(t, office)).id;
  customerId = (await customer(t, office, 'Bakker')).id;
});
afterEach(() => t.close());

async function refused<N extends ProcedureName>(name: N, input: ProcedureInput<N>, session: ClientSession) {
  const result = await t.core.call(name, input, session);
  if (result.ok) throw new Error(`${name} was expected to be refused`);
  return result.error;
}

const advice = (overrides: Partial<ProcedureInput<'quality.addAdvice'>> = {}): ProcedureInput<'quality.addAdvice'> => ({
  participantId,
  advisedOn: '2026-10-15',
  expert: 'Ir. K. Deskundige',
  outcome: 'negatief',
  dispute: 'Lekkend dak na renovatie',
  complaintId: null,
  notes: null,
  ...overrides,
});

describe('Q2: customer reviews', () => {
  it('Q2: a review records guarantee, service and craftsmanship and the overall judgement, with the customer and the job', async () => {
    const participant = await t.ok(
      'quality.addReview',
      { ...reviewInput(participantId, customerId, '2026-11-02', true), serviceSufficient: false, sufficient: true, jobReference: 'OFF-2026-113', notes: 'Afspraak één keer verzet' },
      office.desk.session,
    );
    expect(participant.reviews).toEqual([
      {
        id: expect.any(String),
        reviewedOn: '2026-11-02',
        customer: { id: customerId, name: 'P. Bakker' },
        guaranteeSufficient: true,
        serviceSufficient: false,
        craftsmanshipSufficient: true,
        sufficient: true,
        complaint: null,
        jobReference: 'OFF-2026-113',
        notes: 'Afspraak één keer verzet',
      },
    ]);
  });

  it('Q2: a review can be linked to the complaint about the job; the participant shows the complaint about its provider', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const participant = await t.ok('quality.addReview', { ...reviewInput(participantId, office.complainant.id, '2026-11-23', false), complaintId: complaint.id }, office.desk.session);
    expect(participant.reviews[0]!.complaint).toEqual({ id: complaint.id, dossierNumber: complaint.dossierNumber });
    expect(participant.complaints).toEqual([{ id: complaint.id, dossierNumber: complaint.dossierNumber, receivedOn: '2026-11-23', status: complaint.status, complainant: 'J. de Vries' }]);
  });

  it('Q2: a review of a day to come, of an unknown customer or with an unknown complaint is refused at its field', async () => {
    const future = await refused('quality.addReview', reviewInput(participantId, customerId, '2026-11-24', true), office.desk.session);
    expect([future.code, Object.keys(future.fields ?? {})]).toEqual(['quality.date_in_future', ['reviewedOn']]);
    const unknownCustomer = await refused('quality.addReview', reviewInput(participantId, office.provider.id, '2026-11-20', true), office.desk.session);
    expect([unknownCustomer.code, Object.keys(unknownCustomer.fields ?? {})]).toEqual(['quality.customer_unknown', ['customerId']]);
    const unknownComplaint = await refused('quality.addReview', { ...reviewInput(participantId, customerId, '2026-11-20', true), complaintId: customerId }, office.desk.session);
    expect([unknownComplaint.code, Object.keys(unknownComplaint.fields ?? {})]).toEqual(['quality.complaint_unknown', ['complaintId']]);
    expect((await t.ok('quality.get', { id: participantId }, office.desk.session)).reviews).toEqual([]);
  });

  it('Q2: a wrongly entered review is removed by a manager, not by the servicedesk; it is kept as a tombstone', async () => {
    const { reviews } = await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-11-02', true), office.desk.session);
    const id = reviews[0]!.id;
    expect((await t.core.call('quality.removeReview', { id }, office.desk.session)).ok).toBe(false);
    const after = await t.ok('quality.removeReview', { id }, office.manager.session);
    expect(after.reviews).toEqual([]);
    expect(t.core.sqlite.prepare('SELECT deleted_at IS NOT NULL AS gone FROM quality_reviews WHERE id = ?').get(id)).toEqual({ gone: 1 });
  });
});

describe('Q2: binding advices', () => {
  it('Q2: a binding advice by an independent expert is positive or negative, about a dispute, optionally linked to a complaint', async () => {
    const complaint = await complaintAboutProvider(t, office);
    const participant = await t.ok('quality.addAdvice', advice({ outcome: 'positief', complaintId: complaint.id, notes: 'Schriftelijk advies ontvangen' }), office.desk.session);
    expect(participant.advices).toEqual([
      {
        id: expect.any(String),
        advisedOn: '2026-10-15',
        expert: 'Ir. K. Deskundige',
        outcome: 'positief',
        dispute: 'Lekkend dak na renovatie',
        complaint: { id: complaint.id, dossierNumber: complaint.dossierNumber },
        notes: 'Schriftelijk advies ontvangen',
      },
    ]);
  });

  it('Q2: an advice needs an expert, a dispute and an outcome; a future date is refused', async () => {
    const empty = await refused('quality.addAdvice', advice({ expert: ' ', dispute: '' }), office.desk.session);
    expect(Object.keys(empty.fields ?? {}).sort()).toEqual(['dispute', 'expert']);
    const future = await refused('quality.addAdvice', advice({ advisedOn: '2026-12-01' }), office.desk.session);
    expect(future.code).toBe('quality.date_in_future');
  });

  it('Q2: a removed advice no longer shows', async () => {
    const { advices } = await t.ok('quality.addAdvice', advice({ outcome: 'positief' }), office.desk.session);
    const after = await t.ok('quality.removeAdvice', { id: advices[0]!.id }, office.board.session);
    expect(after.advices).toEqual([]);
  });
});

describe('Q3: a review or advice is followed by an assessment', () => {
  it('Q3: the second insufficient review of three in the half year makes a rule 1 finding at once', async () => {
    await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-09-01', true), office.desk.session);
    const one = await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-10-01', false), office.desk.session);
    expect(one.findings).toEqual([]);
    const two = await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-11-01', false), office.desk.session);
    expect(two.openFindings).toBe(1);
    const insufficient = two.reviews.filter((r) => !r.sufficient).map((r) => r.id).sort();
    expect(two.findings).toEqual([
      {
        id: expect.any(String),
        kind: 'regel',
        rule: 1,
        assessedOn: '2026-11-23',
        status: 'open',
        hardship: null,
        evidence: expect.objectContaining({ window: { from: '2026-05-24', to: '2026-11-23' }, needed: 2, reviewIds: expect.any(Array) }),
      },
    ]);
    expect([...two.findings[0]!.evidence.insufficientReviewIds].sort()).toEqual(insufficient);
    expect(two.findings[0]!.evidence.reviewIds).toHaveLength(3);
  });

  it('Q3: the second negative binding advice in a year makes a rule 2 finding naming both advices', async () => {
    const first = await t.ok('quality.addAdvice', advice({ advisedOn: '2026-02-10' }), office.desk.session);
    expect(first.findings).toEqual([]);
    const second = await t.ok('quality.addAdvice', advice({ advisedOn: '2026-08-20', dispute: 'Scheuren in de tegelvloer' }), office.desk.session);
    expect(second.findings.map((f) => f.rule)).toEqual([2]);
    expect([...second.findings[0]!.evidence.adviceIds].sort()).toEqual(second.advices.map((a) => a.id).sort());
  });

  it('Q3: a negative advice and two insufficient other reviews in that year make a rule 3 finding', async () => {
    await t.ok('quality.addAdvice', advice({ advisedOn: '2026-03-01' }), office.desk.session);
    await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-01-10', false), office.desk.session);
    const participant = await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-02-10', false), office.desk.session);
    expect(participant.findings.map((f) => f.rule)).toEqual([3]);
    expect(participant.findings[0]!.evidence.adviceIds).toEqual([participant.advices[0]!.id]);
  });

  it('Q3: removing a review assesses again but keeps the finding as it was found', async () => {
    await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-09-01', true), office.desk.session);
    await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-10-01', false), office.desk.session);
    const found = await t.ok('quality.addReview', reviewInput(participantId, customerId, '2026-11-01', false), office.desk.session);
    const after = await t.ok('quality.removeReview', { id: found.reviews.find((r) => r.reviewedOn === '2026-11-01')!.id }, office.manager.session);
    expect(after.findings.map((f) => [f.rule, f.status])).toEqual([[1, 'open']]);
    expect(after.reviews).toHaveLength(2);
  });
});

describe('a merged customer', () => {
  it('Q2: merging a duplicate customer moves the reviews to the kept person', async () => {
    const duplicate = await customer(t, office, 'Bakker');
    await t.ok('quality.addReview', reviewInput(participantId, duplicate.id, '2026-11-02', true), office.desk.session);
    const { moved } = await t.ok('persons.merge', { keepId: customerId, mergeId: duplicate.id }, office.admin);
    expect(moved.find((m) => m.table === 'quality_reviews')).toMatchObject({ count: 1 });
    const participant = await t.ok('quality.get', { id: participantId }, office.desk.session);
    expect(participant.reviews.map((r) => r.customer.id)).toEqual([customerId]);
  });
});
