import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { qualityEvidenceFiles, qualityParticipants, qualityViolations } from '../../db/schema';
import { amsterdamDay, formatDate } from '../contracts/format';
import { QUALITY_DOSSIER, QUALITY_WORK_ITEMS } from '../contracts/quality';
import type { qualityTerminationContracts } from '../contracts/quality-termination';
import type { HandlerContext } from '../context';
import { discardFile, readVerified, storeFile } from '../documents/archive';
import { safeFileName } from '../documents/file-names';
import { DomainError } from '../errors';
import { completeWorkItems } from '../worklist/items';
import { getParticipantRow } from './queries';
import { assertAfterStickerDeadline } from './termination-rules';

/** Q5 h-j: what is seen after the ten days: a violation with its photos, or a check that found none. */

type Contracts = typeof qualityTerminationContracts;
type ViolationInput = z.output<Contracts['quality.recordViolation']['input']>;
type CheckInput = z.output<Contracts['quality.recordCheck']['input']>;
type Upload = ViolationInput['files'][number];

/** Evidence files are photos; larger than this is refused by name. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

interface StoredEvidence {
  id: string;
  fileName: string;
  contentType: string;
  filePath: string;
  sha256: string;
  byteSize: number;
}

function decode(upload: Upload): Buffer {
  const content = Buffer.from(upload.base64, 'base64');
  if (content.length > MAX_EVIDENCE_BYTES) throw new DomainError('quality.file_too_large', { name: upload.name.trim() }, ['files']);
  return content;
}

/** Every file is checked before any is stored, and stored before the rows that refer to them. */
function storeEvidence(ctx: HandlerContext, participantId: string, violationId: string, uploads: readonly Upload[]): StoredEvidence[] {
  const contents = uploads.map(decode);
  const stored: StoredEvidence[] = [];
  try {
    uploads.forEach((upload, i) => {
      const id = ctx.ids.next();
      const filePath = `quality/${participantId}/${violationId}-${id}-${safeFileName(upload.name)}`;
      const file = storeFile(ctx.documentsDir, filePath, contents[i]!);
      stored.push({ id, fileName: upload.name.trim(), contentType: upload.contentType.trim() || 'application/octet-stream', filePath, ...file });
    });
  } catch (error) {
    discardEvidence(ctx, stored);
    throw error;
  }
  return stored;
}

function discardEvidence(ctx: HandlerContext, files: readonly StoredEvidence[]): void {
  for (const file of files) discardFile(ctx.documentsDir, file.filePath);
}

/** Q5 h-j: a violation after the ten days, with its photos; it ends the servicedesk's sticker check. */
export function recordViolation(ctx: HandlerContext, input: ViolationInput): void {
  const participant = getParticipantRow(ctx.db, input.participantId);
  assertAfterStickerDeadline(participant, input.seenOn, amsterdamDay(ctx.clock.now()), 'seenOn');
  const violationId = ctx.ids.next();
  const files = storeEvidence(ctx, participant.id, violationId, input.files);
  try {
    ctx.write((w) => {
      w.insert(qualityViolations, { participantId: participant.id, seenOn: input.seenOn, description: input.description }, { id: violationId });
      for (const { id, ...file } of files) w.insert(qualityEvidenceFiles, { violationId, ...file }, { id });
      completeWorkItems(w, ctx.db, QUALITY_DOSSIER, participant.id, [QUALITY_WORK_ITEMS.stickers]);
    });
  } catch (error) {
    discardEvidence(ctx, files);
    throw error;
  }
}

/** Q5 h-i: "Controle gedaan, geen overtreding": a line in the participant's notes (and so in the audit trail). */
export function recordCheck(ctx: HandlerContext, input: CheckInput): void {
  const participant = getParticipantRow(ctx.db, input.participantId);
  assertAfterStickerDeadline(participant, input.checkedOn, amsterdamDay(ctx.clock.now()), 'checkedOn');
  const line = `${formatDate(input.checkedOn)} controle stickers/promotie: geen overtreding.${input.note ? ` ${input.note}` : ''}`;
  ctx.write((w) => {
    w.update(qualityParticipants, participant.id, { notes: participant.notes ? `${participant.notes}\n${line}` : line }, { expectedVersion: participant.version });
    completeWorkItems(w, ctx.db, QUALITY_DOSSIER, participant.id, [QUALITY_WORK_ITEMS.stickers]);
  });
}

/** The file only when it is the one archived (never a missing or altered one). */
export function readEvidenceFile(ctx: HandlerContext, id: string): { filename: string; contentType: string; base64: string } {
  const file = ctx.db.select().from(qualityEvidenceFiles).where(and(eq(qualityEvidenceFiles.id, id), isNull(qualityEvidenceFiles.deletedAt))).get();
  if (!file) throw new DomainError('quality.no_file');
  const content = readVerified(ctx.documentsDir, file.filePath, file.sha256);
  return { filename: file.fileName, contentType: file.contentType, base64: content.toString('base64') };
}
