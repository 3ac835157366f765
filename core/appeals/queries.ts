import { and, asc, eq, isNull, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { complaintAppeals } from '../../db/schema';
import type { Appeal } from '../contracts/appeals';
import type { DocumentSummary } from '../contracts/documents';
import type { HandlerContext } from '../context';
import { complaintDetail, staffRef } from '../complaints/queries';
import { COMPLAINT_DOSSIER } from '../complaints/letters';
import { documentsOfDossier, documentSummary } from '../documents/queries';
import { DomainError } from '../errors';
import { HEARING_REPORT } from './letters';

export type AppealRow = typeof complaintAppeals.$inferSelect;

export function findAppealOfComplaint(db: Db, complaintId: string): AppealRow | undefined {
  return db.select().from(complaintAppeals).where(and(eq(complaintAppeals.complaintId, complaintId), isNull(complaintAppeals.deletedAt))).get();
}

export function getAppealRow(db: Db, id: string): AppealRow {
  const row = db.select().from(complaintAppeals).where(and(eq(complaintAppeals.id, id), isNull(complaintAppeals.deletedAt))).get();
  if (!row) throw new DomainError('record.not_found');
  return row;
}

export function toAppeal(db: Db, row: AppealRow): Appeal {
  return {
    id: row.id,
    version: row.version,
    complaintId: row.complaintId,
    receivedOn: row.receivedOn,
    grounds: row.grounds,
    late: row.late,
    admitted: row.admitted,
    admissionReason: row.admissionReason,
    admissionDecidedBy: staffRef(db, row.admissionDecidedBy),
    status: row.status,
    hearingKind: row.hearingKind,
    hearingAt: row.hearingAt,
    hearingHeldOn: row.hearingHeldOn,
    hearingParticipants: row.hearingParticipants,
    hearingReport: row.hearingReport,
    decisionDue: row.decisionDue,
    decision: row.decision,
    decisionReasons: row.decisionReasons,
    decisionMeasures: row.decisionMeasures,
    decidedBy: staffRef(db, row.decidedBy),
    decidedOn: row.decidedOn,
  };
}

export function appealDetail(db: Db, id: string): Appeal {
  return toAppeal(db, getAppealRow(db, id));
}

/** What every step answers: the appeal, its complaint and the letters the step sent. */
export function appealWithLetters(ctx: HandlerContext, appealId: string, documentIds: readonly string[]) {
  const appeal = appealDetail(ctx.db, appealId);
  return { appeal, complaint: complaintDetail(ctx.db, appeal.complaintId), documents: documentIds.map((id) => documentSummary(ctx.sqlite, id)) };
}

function answerDocument(ctx: HandlerContext, documentId: string | null): DocumentSummary | null {
  if (!documentId) return null;
  try {
    return documentSummary(ctx.sqlite, documentId);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'record.not_found') return null;
    throw error;
  }
}

/** The newest hearing report that went out; a concept left by a failed step is no report. */
function hearingReportDocument(ctx: HandlerContext, complaintId: string): DocumentSummary | null {
  return documentsOfDossier(ctx.sqlite, COMPLAINT_DOSSIER, complaintId).find((d) => d.typeKey === HEARING_REPORT && d.status !== 'concept') ?? null;
}

/** K13: the director's view: every appeal still to be decided, with the whole dossier, earliest due first. */
export function openAppeals(ctx: HandlerContext) {
  return ctx.db
    .select()
    .from(complaintAppeals)
    .where(and(isNull(complaintAppeals.deletedAt), notInArray(complaintAppeals.status, ['beslist', 'niet_ontvankelijk'])))
    .orderBy(asc(complaintAppeals.decisionDue), asc(complaintAppeals.receivedOn))
    .all()
    .map((row) => {
      const complaint = complaintDetail(ctx.db, row.complaintId);
      return {
        appeal: toAppeal(ctx.db, row),
        complaint,
        answerDocument: answerDocument(ctx, complaint.answerDocumentId),
        hearingReportDocument: hearingReportDocument(ctx, row.complaintId),
      };
    });
}
