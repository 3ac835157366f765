import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../testing/harness';
import { boardTerminates, footprint, onDay, openItemKinds } from './ending-test-helpers';
import { MAX_EVIDENCE_BYTES } from './violations';
import { qualityOffice, registeredParticipant, type QualityOffice } from './test-helpers';

let t: TestCore;
let office: QualityOffice;

beforeEach(async () => {
  t = createTestCore();
  office = await qualityOffice(t);
});
afterEach(() => t.close());

/** Terminated by the board on Monday 23 November 2026: the ten days run up to and including 3 December. */
async function formerParticipant() {
  const participant = await registeredParticipant(t, office);
  await boardTerminates(t, office, participant.id);
  return participant;
}

const photo = (name: string, content: Buffer) => ({ name, contentType: 'image/jpeg', base64: content.toString('base64') });
const SEEN = 'Sticker van het keurmerk op de bestelbus, Rijnstraat Woerden';

describe('Q5 h-j: violations after the ten days', () => {
  it('Q6: a violation seen before or on the sticker deadline is refused, naming the deadline; nothing is written', async () => {
    const participant = await formerParticipant();
    onDay(t, '2026-12-10');
    const before = footprint(t);
    for (const seenOn of ['2026-11-30', '2026-12-03']) {
      const result = await t.core.call('quality.recordViolation', { participantId: participant.id, seenOn, description: SEEN, files: [] }, office.desk.session);
      expect(result.ok || result.error.code).toBe('quality.violation_too_early');
      expect(result.ok || result.error.message).toContain('03-12-2026');
    }
    expect(footprint(t)).toEqual(before);
  });

  it('Q5 h-j: no violation while the participation has not ended (notice given, year end still to come)', async () => {
    const participant = await registeredParticipant(t, office);
    await t.ok('quality.terminateByParticipant', { id: participant.id, receivedOn: '2026-11-23', reason: null, via: 'post' }, office.desk.session);
    const result = await t.core.call('quality.recordViolation', { participantId: participant.id, seenOn: '2026-11-23', description: SEEN, files: [] }, office.desk.session);
    expect(result.ok || result.error.code).toBe('quality.not_terminated');
  });

  it('Q5 h-j: a violation the day after the deadline is recorded with its photos (SHA-256) under the participant’s folder; it ends the sticker check', async () => {
    const participant = await formerParticipant();
    onDay(t, '2026-12-04');
    const front = Buffer.from('jpeg: bestelbus voorkant');
    const side = Buffer.from('jpeg: bestelbus zijkant');
    const after = await t.ok(
      'quality.recordViolation',
      { participantId: participant.id, seenOn: '2026-12-04', description: SEEN, files: [photo('voorkant.jpg', front), photo('zij/kant?.jpg', side)] },
      office.desk.session,
    );
    const violation = after.violations[0]!;
    expect(violation).toMatchObject({ seenOn: '2026-12-04', description: SEEN, recordedBy: { id: office.desk.id }, blacklistEntryId: null });
    expect(violation.files.map((f) => [f.fileName, f.byteSize])).toEqual([
      ['voorkant.jpg', front.length],
      ['zij/kant?.jpg', side.length],
    ]);
    const rows = t.core.sqlite.prepare('SELECT file_path AS filePath, sha256 FROM quality_evidence_files ORDER BY file_name').all() as { filePath: string; sha256: string }[];
    for (const [row, content] of [
      [rows[0]!, front],
      [rows[1]!, side],
    ] as const) {
      expect(row.filePath.startsWith(`quality/${participant.id}/`)).toBe(true);
      expect(row.sha256).toBe(createHash('sha256').update(content).digest('hex'));
      expect(fs.readFileSync(path.join(t.core.documentsDir, row.filePath))).toEqual(content);
    }
    const file = await t.ok('quality.evidenceFile', { id: violation.files[1]!.id }, office.manager.session);
    expect(file).toEqual({ filename: 'zij/kant?.jpg', contentType: 'image/jpeg', base64: side.toString('base64') });
    expect(openItemKinds(t, participant.id)).not.toContain('stickers_controleren');
  });

  it('Q5 h-j: an altered evidence file is never handed out', async () => {
    const participant = await formerParticipant();
    onDay(t, '2026-12-04');
    const after = await t.ok('quality.recordViolation', { participantId: participant.id, seenOn: '2026-12-04', description: SEEN, files: [photo('foto.jpg', Buffer.from('origineel'))] }, office.desk.session);
    const row = t.core.sqlite.prepare('SELECT file_path AS filePath FROM quality_evidence_files').get() as { filePath: string };
    fs.writeFileSync(path.join(t.core.documentsDir, row.filePath), 'bewerkt');
    const result = await t.core.call('quality.evidenceFile', { id: after.violations[0]!.files[0]!.id }, office.desk.session);
    expect(result.ok || result.error.code).toBe('document.file_altered');
  });

  it('Q5 h-j: a photo larger than 10 MB is refused by name and no file is kept', async () => {
    const participant = await formerParticipant();
    onDay(t, '2026-12-04');
    const before = footprint(t);
    const result = await t.core.call(
      'quality.recordViolation',
      { participantId: participant.id, seenOn: '2026-12-04', description: SEEN, files: [photo('klein.jpg', Buffer.from('klein')), photo('groot.jpg', Buffer.alloc(MAX_EVIDENCE_BYTES + 1, 1))] },
      office.desk.session,
    );
    expect(result.ok || result.error.code).toBe('quality.file_too_large');
    expect(result.ok || result.error.message).toContain('groot.jpg');
    expect(footprint(t)).toEqual(before);
    expect(fs.existsSync(path.join(t.core.documentsDir, 'quality', participant.id))).toBe(false);
  });
});

describe('Q5 h-i: the check that found nothing', () => {
  it('Q5 h-i: "controle gedaan, geen overtreding" after the deadline is a line in the participant’s notes and ends the sticker check', async () => {
    const participant = await formerParticipant();
    onDay(t, '2026-12-07');
    const after = await t.ok('quality.recordCheck', { participantId: participant.id, checkedOn: '2026-12-04', note: 'Bus gezien zonder stickers.' }, office.desk.session);
    expect(after.notes?.split('\n').at(-1)).toBe('04-12-2026 controle stickers/promotie: geen overtreding. Bus gezien zonder stickers.');
    expect(openItemKinds(t, participant.id)).not.toContain('stickers_controleren');
    const audit = t.core.sqlite
      .prepare("SELECT new_value AS newValue, user_id AS userId FROM audit_log WHERE table_name = 'quality_participants' AND row_id = ? AND field = 'notes' AND op = 'update'")
      .all(participant.id) as { newValue: string; userId: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.userId).toBe(office.desk.id);
    expect(audit[0]!.newValue).toContain('geen overtreding');
  });

  it('Q5 h-i: a check on or before the deadline is refused: the former participant still had the time', async () => {
    const participant = await formerParticipant();
    onDay(t, '2026-12-07');
    const result = await t.core.call('quality.recordCheck', { participantId: participant.id, checkedOn: '2026-12-03', note: null }, office.desk.session);
    expect(result.ok || result.error.code).toBe('quality.violation_too_early');
    expect(openItemKinds(t, participant.id)).toContain('stickers_controleren');
  });
});
