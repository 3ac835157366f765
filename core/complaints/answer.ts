import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { documents, staff } from '../../db/schema';
import type { complaintsContracts } from '../contracts/complaints';
import { complaints } from '../../db/schema';
import { amsterdamDay, formatDate } from '../contracts/format';
import type { HandlerContext } from '../context';
import { requireUser } from '../context';
import { readVerified } from '../documents/archive';
import { DomainError } from '../errors';
import { addWorkItem, completeWorkItems, openWorkItems } from '../worklist/items';
import { nextWorkingDay } from '../calendar';
import { appealWindowEnd } from './deadlines';
import { COMPLAINT_DOSSIER, draftComplaintLetter, sendLetter } from './letters';
import { getComplaintRow } from './queries';
import { complainantAddressee, expectVersion, letterSubject, SENT_VIA } from './routing';
import { assertForwarded, assertMayDecide } from './rules';
import { deadlineSettings } from './settings';
import { addStep } from './steps';

type Input<N extends keyof typeof complaintsContracts> = z.output<(typeof complaintsContracts)[N]['input']>;

/** The director named in the answer as the one to appeal to (K11): the first active director. */
function directorName(ctx: HandlerContext): string | null {
  const rows = ctx.db.select({ name: staff.name, roles: staff.roles }).from(staff).where(and(eq(staff.active, true), isNull(staff.deletedAt))).all();
  return rows.find((r) => r.roles.includes('director'))?.name ?? null;
}

/** K10: the owner drafts the written answer (T3); a new draft replaces the previous concept. */
export async function draftAnswer(ctx: HandlerContext, input: Input<'complaints.draftAnswer'>): Promise<string[]> {
  const row = getComplaintRow(ctx.db, input.id);
  expectVersion(row, input.version);
  assertForwarded(row);
  if (row.answerApprovedAt) throw new DomainError('complaint.answer_approved');
  const documentId = await draftComplaintLetter(ctx, row.id, 'written-answer', {
    addressee: complainantAddressee(ctx, row),
    dossierNumber: row.dossierNumber,
    receivedOn: row.receivedOn,
    kind: row.kind,
    complaintSummary: input.answerSummary,
    proposedSolution: input.answerSolution,
    directorName: directorName(ctx),
  });
  ctx.write((w) => {
    if (row.answerDocumentId) w.remove(documents, row.answerDocumentId);
    w.update(complaints, row.id, { answerSummary: input.answerSummary, answerSolution: input.answerSolution, answerDocumentId: documentId }, { expectedVersion: row.version });
    if (openWorkItems(ctx.db, COMPLAINT_DOSSIER, row.id, ['antwoord_goedkeuren']).length === 0) {
      const answerItem = openWorkItems(ctx.db, COMPLAINT_DOSSIER, row.id, ['schriftelijk_antwoord'])[0];
      addWorkItem(w, {
        dossierKind: COMPLAINT_DOSSIER,
        dossierId: row.id,
        kind: 'antwoord_goedkeuren',
        rule: 'K10',
        dueOn: answerItem?.dueOn ?? amsterdamDay(ctx.clock.now()),
        assigneeId: row.managerId,
        teamId: row.forwardedTeamId,
        urgent: row.urgent,
      });
    }
    addStep(w, row.id, 'antwoord_opgesteld', row.answerDocumentId ? 'Schriftelijk antwoord (T3) opnieuw opgesteld' : 'Schriftelijk antwoord (T3) opgesteld, ter goedkeuring', documentId);
  });
  return [documentId];
}

/** K10, K7: a manager or the director approves the answer, never the person the complaint is about. */
export function approveAnswer(ctx: HandlerContext, input: Input<'complaints.approveAnswer'>): string[] {
  const user = requireUser(ctx);
  const row = getComplaintRow(ctx.db, input.id);
  expectVersion(row, input.version);
  assertForwarded(row);
  assertMayDecide(row, user.id);
  if (!row.answerDocumentId) throw new DomainError('complaint.answer_missing');
  if (row.answerApprovedAt) throw new DomainError('complaint.answer_approved');
  const doc = ctx.db.select().from(documents).where(eq(documents.id, row.answerDocumentId)).get();
  if (!doc) throw new DomainError('complaint.answer_missing');
  readVerified(ctx.documentsDir, doc.filePath, doc.sha256);
  ctx.write((w) => {
    w.update(documents, doc.id, { status: 'definitief' }, { expectedVersion: doc.version });
    w.update(complaints, row.id, { answerApprovedBy: user.id, answerApprovedAt: w.at }, { expectedVersion: row.version });
    completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id, ['antwoord_goedkeuren']);
    addStep(w, row.id, 'antwoord_goedgekeurd', `Schriftelijk antwoord goedgekeurd door ${user.name} (K7, K10)`, doc.id);
  });
  return [doc.id];
}

/** K10, K11: sending the approved answer starts the complainant's one-month appeal window. */
export function sendAnswer(ctx: HandlerContext, input: Input<'complaints.sendAnswer'>): string[] {
  const row = getComplaintRow(ctx.db, input.id);
  expectVersion(row, input.version);
  assertForwarded(row);
  if (!row.answerDocumentId) throw new DomainError('complaint.answer_missing');
  if (!row.answerApprovedAt) throw new DomainError('complaint.answer_not_approved');
  if (row.answerSentOn) throw new DomainError('complaint.answer_sent');
  const settings = deadlineSettings(ctx.db);
  const today = amsterdamDay(ctx.clock.now());
  const window = appealWindowEnd(today, settings);
  ctx.write((w) => {
    const via = sendLetter(ctx, w, row.answerDocumentId!, row.complainantId, input.via, letterSubject(row, 'Ons antwoord op uw klacht'));
    w.update(complaints, row.id, { answerSentOn: today, appealWindowEnds: window.due, status: 'beantwoord' }, { expectedVersion: row.version });
    completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id, ['schriftelijk_antwoord', 'eerste_contact']);
    // K11: once the window has passed without an appeal, the dossier can be closed (K15).
    addWorkItem(w, {
      dossierKind: COMPLAINT_DOSSIER,
      dossierId: row.id,
      kind: 'afsluiten',
      rule: 'K11',
      dueOn: nextWorkingDay(window.due, settings),
      assigneeId: row.ownerId ?? row.managerId,
      teamId: row.forwardedTeamId,
    });
    addStep(w, row.id, 'antwoord_verzonden', `Schriftelijk antwoord (T3) verzonden ${SENT_VIA[via]}; bezwaar mogelijk tot en met ${formatDate(window.due)} (K11)`, row.answerDocumentId);
  });
  return [row.answerDocumentId!];
}
