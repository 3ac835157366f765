import type { complaintsContracts } from '../contracts/complaints';
import { requireUser } from '../context';
import type { AreaHandlers } from '../handlers';
import { dossierPrint } from './dossier-print';
import { getComplaintRow } from './queries';
import { complaintTimeline } from './timeline';

type DossierProcedures = 'complaints.timeline' | 'complaints.printDossier';

export const dossierHandlers: Pick<AreaHandlers<typeof complaintsContracts>, DossierProcedures> = {
  'complaints.timeline': (input, ctx) => complaintTimeline(ctx.sqlite, getComplaintRow(ctx.db, input.id).id),
  'complaints.printDossier': (input, ctx) => dossierPrint(ctx.sqlite, ctx.db, input.id, { at: ctx.clock.now(), by: requireUser(ctx).name }),
};
