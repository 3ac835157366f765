import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Participant } from '../contracts/quality';
import { createTestCore, type TestCore } from '../testing/harness';
import { boardTerminates, documentsOf, footprint, onDay, openFinding, openItemKinds, ruleOneFinding, workItemsOf } from './ending-test-helpers';
import { customer, qualityOffice, registeredParticipant, reviewInput, type QualityOffice } from './test-helpers';

let t: TestCore;
let office: QualityOffice;
let participant: Participant;

beforeEach(async () => {
  t = createTestCore();
  office = await qualityOffice(t);
  participant = await registeredParticipant(t, office);
});
afterEach(() => t.close());

const REASONS = 'Twee van de drie klanten oordelen onvoldoende over garantie en service; eerdere gesprekken hielpen niet.';
const KEEP = 'De onvoldoendes gaan over één project met een zieke vakman; het bedrijf heeft dit hersteld.';

function decideOn(findingId: string | null, outcome: 'beeindigen' | 'niet_beeindigen', reasons = REASONS) {
  return { participantId: participant.id, findingId, outcome, reasons, terminationDate: null, via: 'post' as const };
}

/** Q3 rule 5: the start year's contribution, due 23 December 2026, is still unpaid the day after. */
async function ruleFiveFinding() {
  onDay(t, '2026-12-24');
  const { participant: assessed } = await t.ok('quality.assessParticipant', { id: participant.id }, office.board.session);
  return openFinding(assessed, 5);
}

describe('Q3: the board decides on a finding', () => {
  it('Q3: the board terminates on a finding with its reasons: the finding is decided, its work item done, the participation ended with T15', async () => {
    const finding = openFinding(await ruleOneFinding(t, office, participant.id), 1);
    expect(openItemKinds(t, participant.id)).toContain('bevinding_beoordelen');
    const { participant: after, documents } = await t.ok('quality.decide', decideOn(finding.id, 'beeindigen'), office.board.session);
    expect(after.findings.find((f) => f.id === finding.id)?.status).toBe('besloten');
    expect(after.decisions).toEqual([
      expect.objectContaining({ findingId: finding.id, rule: 1, outcome: 'beeindigen', reasons: REASONS, decidedOn: '2026-11-26', decidedBy: { id: office.board.id, name: office.board.name }, terminationDate: '2026-11-26' }),
    ]);
    expect(after).toMatchObject({ status: 'beeindigd', terminationDate: '2026-11-26', terminatedBy: 'bestuur', terminationReason: REASONS });
    expect(documents.map((d) => d.typeKey)).toEqual(['quality-termination']);
    expect(openItemKinds(t, participant.id)).toEqual(['stickers_controleren']);
  });

  it('Q3: the board decides not to terminate, with reasons: the finding is closed, the participation runs on, no letter; the same evidence makes no new finding', async () => {
    const finding = openFinding(await ruleOneFinding(t, office, participant.id), 1);
    const lettersBefore = documentsOf(t, participant.id).length;
    const { participant: after, documents } = await t.ok('quality.decide', decideOn(finding.id, 'niet_beeindigen', KEEP), office.board.session);
    expect(documents).toEqual([]);
    expect(documentsOf(t, participant.id)).toHaveLength(lettersBefore);
    expect(after).toMatchObject({ status: 'deelnemer', terminationDate: null, openFindings: 0 });
    expect(after.decisions[0]).toMatchObject({ findingId: finding.id, rule: 1, outcome: 'niet_beeindigen', reasons: KEEP, terminationDate: null });
    expect(openItemKinds(t, participant.id)).toEqual([]);
    const { newFindings } = await t.ok('quality.assessParticipant', { id: participant.id }, office.board.session);
    expect(newFindings).toBe(0);
  });

  it('Q3: deciding one of two findings under the same rule closes only its own deadline; the board list shows the deadline of each', async () => {
    const first = openFinding(await ruleOneFinding(t, office, participant.id), 1);
    onDay(t, '2026-11-27');
    const person = await customer(t, office, 'Klant4');
    const withSecond = await t.ok('quality.addReview', reviewInput(participant.id, person.id, '2026-11-27', false), office.desk.session);
    const second = withSecond.findings.find((f) => f.rule === 1 && f.id !== first.id)!;
    expect(second.evidence.insufficientReviewIds).toHaveLength(3);
    const board = await t.ok('quality.board', {}, office.board.session);
    expect(board.map((b) => [b.finding.id, b.dueOn])).toEqual([
      [first.id, '2026-12-03'],
      [second.id, '2026-12-04'],
    ]);
    await t.ok('quality.decide', decideOn(second.id, 'niet_beeindigen', KEEP), office.board.session);
    const open = workItemsOf(t, participant.id).filter((i) => i.doneAt === null);
    expect(open.map((i) => [i.subjectId, i.dueOn])).toEqual([[first.id, '2026-12-03']]);
  });

  it('Q3 rule 6: without a finding the board can only terminate, without giving a reason in public', async () => {
    const refused = await t.core.call('quality.decide', decideOn(null, 'niet_beeindigen'), office.board.session);
    expect(refused.ok || refused.error.code).toBe('quality.rule6_terminates');
    const { participant: after } = await t.ok('quality.decide', { ...decideOn(null, 'beeindigen'), terminationDate: '2026-12-15' }, office.board.session);
    expect(after.decisions[0]).toMatchObject({ findingId: null, rule: 6, outcome: 'beeindigen', terminationDate: '2026-12-15' });
    expect(after).toMatchObject({ status: 'opgezegd', terminationDate: '2026-12-15' });
  });

  it('Q3: only the board decides: a manager (and an administrator) is refused as forbidden and nothing is written', async () => {
    const finding = openFinding(await ruleOneFinding(t, office, participant.id), 1);
    const before = footprint(t);
    for (const session of [office.manager.session, office.admin]) {
      const result = await t.core.call('quality.decide', decideOn(finding.id, 'beeindigen'), session);
      expect(result.ok || result.error.code).toBe('forbidden');
    }
    const hardship = await t.ok('quality.invokeHardship', { findingId: finding.id, invokedOn: '2026-11-26', argument: KEEP }, office.desk.session);
    const byManager = await t.core.call('quality.decideHardship', { id: hardship.findings[0]!.hardship!.id, outcome: 'toegewezen', reasons: KEEP }, office.manager.session);
    expect(byManager.ok || byManager.error.code).toBe('forbidden');
    expect(footprint(t).decisions).toBe(before.decisions);
  });

  it('Q3: a board termination closes every open finding of the participant and the board’s items on it', async () => {
    openFinding(await ruleOneFinding(t, office, participant.id), 1);
    await ruleFiveFinding();
    await boardTerminates(t, office, participant.id);
    const after = await t.ok('quality.get', { id: participant.id }, office.desk.session);
    expect(after.findings.map((f) => [f.rule, f.status]).sort()).toEqual([
      [1, 'besloten'],
      [5, 'besloten'],
    ]);
    expect(openItemKinds(t, participant.id)).toEqual(['stickers_controleren']);
  });
});

describe('Q3: the hardship clause', () => {
  it('Q3: the hardship clause is for rules 1-4 only: on a rule 5 finding it is refused', async () => {
    const finding = await ruleFiveFinding();
    const result = await t.core.call('quality.invokeHardship', { findingId: finding.id, invokedOn: '2026-12-24', argument: KEEP }, office.desk.session);
    expect(result.ok || result.error.code).toBe('quality.hardship_not_applicable');
  });

  it('Q3: a pending hardship request blocks the board’s decision; refused, the finding stays open for the board', async () => {
    const finding = openFinding(await ruleOneFinding(t, office, participant.id), 1);
    const early = await t.core.call('quality.invokeHardship', { findingId: finding.id, invokedOn: '2026-11-25', argument: KEEP }, office.desk.session);
    expect(early.ok || early.error.fields?.invokedOn).toContain('26-11-2026');
    const invoked = await t.ok('quality.invokeHardship', { findingId: finding.id, invokedOn: '2026-11-26', argument: KEEP }, office.desk.session);
    const request = invoked.findings.find((f) => f.id === finding.id)!.hardship!;
    expect(request).toMatchObject({ invokedOn: '2026-11-26', argument: KEEP, outcome: null });
    expect(workItemsOf(t, participant.id).find((i) => i.kind === 'hardheidsclausule')).toMatchObject({ rule: 'Q3', assigneeRole: 'board', doneAt: null });
    const twice = await t.core.call('quality.invokeHardship', { findingId: finding.id, invokedOn: '2026-11-26', argument: KEEP }, office.desk.session);
    expect(twice.ok || twice.error.code).toBe('quality.hardship_exists');

    const blocked = await t.core.call('quality.decide', decideOn(finding.id, 'beeindigen'), office.board.session);
    expect(blocked.ok || blocked.error.code).toBe('quality.hardship_pending');

    const refused = await t.ok('quality.decideHardship', { id: request.id, outcome: 'afgewezen', reasons: 'Geen bijzondere omstandigheden.' }, office.board.session);
    expect(refused.findings.find((f) => f.id === finding.id)).toMatchObject({ status: 'open', hardship: { outcome: 'afgewezen', decidedBy: { id: office.board.id } } });
    expect(refused.decisions).toEqual([]);
    expect(openItemKinds(t, participant.id)).toEqual(['bevinding_beoordelen']);
    const again = await t.core.call('quality.decideHardship', { id: request.id, outcome: 'toegewezen', reasons: KEEP }, office.board.session);
    expect(again.ok || again.error.code).toBe('quality.hardship_decided');

    const { participant: after } = await t.ok('quality.decide', decideOn(finding.id, 'beeindigen'), office.board.session);
    expect(after.status).toBe('beeindigd');
  });

  it('Q3: granted hardship ends the finding as not terminated, with the board’s reasons', async () => {
    const finding = openFinding(await ruleOneFinding(t, office, participant.id), 1);
    const invoked = await t.ok('quality.invokeHardship', { findingId: finding.id, invokedOn: '2026-11-26', argument: KEEP }, office.desk.session);
    const granted = await t.ok('quality.decideHardship', { id: invoked.findings[0]!.hardship!.id, outcome: 'toegewezen', reasons: KEEP }, office.board.session);
    expect(granted.findings.find((f) => f.id === finding.id)).toMatchObject({ status: 'besloten', hardship: { outcome: 'toegewezen', reasons: KEEP, decidedOn: '2026-11-26' } });
    expect(granted.decisions).toEqual([expect.objectContaining({ findingId: finding.id, rule: 1, outcome: 'niet_beeindigen', reasons: KEEP, terminationDate: null })]);
    expect(granted.status).toBe('deelnemer');
    expect(openItemKinds(t, participant.id)).toEqual([]);
    const decided = await t.core.call('quality.decide', decideOn(finding.id, 'beeindigen'), office.board.session);
    expect(decided.ok || decided.error.code).toBe('quality.finding_decided');
  });
});
