import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../testing/harness';
import { htmlLines } from '../../templates/render/testing';
import { boardTerminates, documentsOf, footprint, letterText, onDay } from './ending-test-helpers';
import { qualityOffice, registeredParticipant, type QualityOffice } from './test-helpers';

let t: TestCore;
let office: QualityOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await qualityOffice(t);
});
afterEach(() => t.close());

const REASON = 'Vertrouwelijk: herhaaldelijk klachten over oplichting van ouderen.';
const SEEN = 'Sticker van het keurmerk op de bestelbus, Rijnstraat Woerden';

/**
 * Terminated by the board on Monday 23 November 2026 (ten days up to and including 3 December),
 * a violation seen and recorded on Friday 4 December.
 */
async function recordedViolation() {
  const participant = await registeredParticipant(t, office);
  await boardTerminates(t, office, participant.id, { reasons: REASON });
  onDay(t, '2026-12-04');
  const after = await t.ok('quality.recordViolation', { participantId: participant.id, seenOn: '2026-12-04', description: SEEN, files: [] }, office.desk.session);
  return { participant, violation: after.violations[0]! };
}

describe('Q6: the blacklist', () => {
  it('Q6: after the ten days a recorded violation is published with name, place, termination date and violation, and T16 is sent', async () => {
    const { participant, violation } = await recordedViolation();
    const { participant: after, documents } = await t.ok('quality.publishBlacklist', { violationId: violation.id, via: 'post' }, office.manager.session);
    expect(after.blacklist).toHaveLength(1);
    expect(after.blacklist[0]).toMatchObject({
      name: 'Klusbedrijf De Vries',
      place: 'Woerden',
      terminationDate: '2026-11-23',
      violation: SEEN,
      publishedOn: '2026-12-04',
      violationId: violation.id,
      registrationNumber: participant.registrationNumber,
      withdrawnOn: null,
    });
    expect(after.violations[0]!.blacklistEntryId).toBe(after.blacklist[0]!.id);
    expect(documents[0]).toMatchObject({ typeKey: 'quality-blacklist', status: 'verzonden' });
    expect(after.blacklist[0]!.documentId).toBe(documents[0]!.id);
    expect(documentsOf(t, participant.id).map((d) => d.typeKey)).toContain('quality-blacklist');
    const text = await letterText(t, documents[0]!.id);
    expect(text).toContain(SEEN);
    expect(text).toContain('Klusbedrijf De Vries');
    expect(text).not.toContain('oplichting');
  });

  it('Q6: publishing while the ten days have not passed is refused, naming the deadline (a desktop whose date lags behind); nothing is written', async () => {
    const { violation } = await recordedViolation();
    onDay(t, '2026-12-03');
    const before = footprint(t);
    const result = await t.core.call('quality.publishBlacklist', { violationId: violation.id, via: 'post' }, office.manager.session);
    expect(result.ok || result.error.code).toBe('quality.blacklist_too_early');
    expect(result.ok || result.error.message).toContain('03-12-2026');
    expect(footprint(t)).toEqual(before);
  });

  it('Q6: the same violation is published once; the servicedesk may not publish', async () => {
    const { violation } = await recordedViolation();
    const byDesk = await t.core.call('quality.publishBlacklist', { violationId: violation.id, via: 'post' }, office.desk.session);
    expect(byDesk.ok || byDesk.error.code).toBe('forbidden');
    await t.ok('quality.publishBlacklist', { violationId: violation.id, via: 'post' }, office.board.session);
    const again = await t.core.call('quality.publishBlacklist', { violationId: violation.id, via: 'post' }, office.board.session);
    expect(again.ok || again.error.code).toBe('quality.blacklist_exists');
  });

  it('Q6: withdrawing takes the entry off the list (kept with when and why), once', async () => {
    const { violation } = await recordedViolation();
    const { participant } = await t.ok('quality.publishBlacklist', { violationId: violation.id, via: 'post' }, office.manager.session);
    const entryId = participant.blacklist[0]!.id;
    expect((await t.ok('quality.blacklist', { includeWithdrawn: false }, office.desk.session)).map((e) => e.id)).toEqual([entryId]);
    onDay(t, '2026-12-08');
    const after = await t.ok('quality.withdrawBlacklist', { id: entryId, reason: 'Stickers alsnog verwijderd, foto ontvangen.' }, office.manager.session);
    expect(after.blacklist[0]).toMatchObject({ withdrawnOn: '2026-12-08', withdrawnReason: 'Stickers alsnog verwijderd, foto ontvangen.' });
    expect(after.violations[0]!.blacklistEntryId).toBeNull();
    expect(await t.ok('quality.blacklist', { includeWithdrawn: false }, office.desk.session)).toEqual([]);
    expect((await t.ok('quality.blacklist', { includeWithdrawn: true }, office.desk.session)).map((e) => e.id)).toEqual([entryId]);
    const again = await t.core.call('quality.withdrawBlacklist', { id: entryId, reason: 'Nogmaals.' }, office.manager.session);
    expect(again.ok || again.error.code).toBe('quality.blacklist_withdrawn');
  });

  it('Q6, Q5 g: the public HTML page and CSV carry name, place, termination date and violation, never the reason; a withdrawn entry leaves them', async () => {
    const { violation } = await recordedViolation();
    const { participant } = await t.ok('quality.publishBlacklist', { violationId: violation.id, via: 'post' }, office.manager.session);
    const published = await t.ok('quality.blacklistExport', {}, office.desk.session);
    expect(published.entries).toBe(1);
    const page = htmlLines(published.html).join('\n');
    for (const part of ['Klusbedrijf De Vries', 'Woerden', '23 november 2026', SEEN]) expect(page).toContain(part);
    const [header, row, ...rest] = published.csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toContain('Naam');
    expect(row).toContain('Klusbedrijf De Vries;Woerden;23-11-2026;');
    expect(row).toContain(SEEN);
    expect(rest).toEqual([]);
    for (const output of [published.html, published.csv]) {
      expect(output).not.toContain('oplichting');
      expect(output).not.toContain(participant.registrationNumber);
    }

    await t.ok('quality.withdrawBlacklist', { id: participant.blacklist[0]!.id, reason: 'Stickers alsnog verwijderd.' }, office.manager.session);
    const withdrawn = await t.ok('quality.blacklistExport', {}, office.desk.session);
    expect(withdrawn.entries).toBe(0);
    expect(withdrawn.html).not.toContain('Klusbedrijf De Vries');
    expect(withdrawn.csv).not.toContain('Klusbedrijf De Vries');
  });
});
