import { complaintsContracts } from '../contracts/complaints';
import type { HandlerContext } from '../context';
import { documentSummary } from '../documents/queries';
import { defineHandlers } from '../handlers';
import { approveAnswer, draftAnswer, sendAnswer } from './answer';
import { closeComplaint, linkDuplicate, updateComplaint } from './closing';
import { dossierHandlers } from './dossier-handlers';
import { recordIntake } from './intake';
import { listComplaints } from './list';
import { complaintDetail } from './queries';
import { assignOwner, forwardComplaint, logCall } from './routing';

function withLetters(ctx: HandlerContext, id: string, documentIds: string[]) {
  return { complaint: complaintDetail(ctx.db, id), documents: documentIds.map((d) => documentSummary(ctx.sqlite, d)) };
}

export const complaintsHandlers = defineHandlers(complaintsContracts, {
  'complaints.intake': (input, ctx) => complaintDetail(ctx.db, recordIntake(ctx, input)),
  'complaints.get': (input, ctx) => complaintDetail(ctx.db, input.id),
  'complaints.list': (input, ctx) => listComplaints(ctx.sqlite, input),
  'complaints.update': (input, ctx) => {
    updateComplaint(ctx, input);
    return complaintDetail(ctx.db, input.id);
  },
  'complaints.forward': async (input, ctx) => withLetters(ctx, input.id, await forwardComplaint(ctx, input)),
  'complaints.assignOwner': (input, ctx) => {
    assignOwner(ctx, input);
    return complaintDetail(ctx.db, input.id);
  },
  'complaints.logCall': async (input, ctx) => withLetters(ctx, input.id, await logCall(ctx, input)),
  'complaints.draftAnswer': async (input, ctx) => withLetters(ctx, input.id, await draftAnswer(ctx, input)),
  'complaints.approveAnswer': (input, ctx) => withLetters(ctx, input.id, approveAnswer(ctx, input)),
  'complaints.sendAnswer': (input, ctx) => withLetters(ctx, input.id, sendAnswer(ctx, input)),
  'complaints.close': (input, ctx) => {
    closeComplaint(ctx, input);
    return complaintDetail(ctx.db, input.id);
  },
  'complaints.linkDuplicate': (input, ctx) => {
    linkDuplicate(ctx, input);
    return complaintDetail(ctx.db, input.id);
  },
  ...dossierHandlers,
});
