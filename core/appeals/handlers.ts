import { appealsContracts } from '../contracts/appeals';
import { getComplaintRow } from '../complaints/queries';
import { defineHandlers } from '../handlers';
import { admitAppeal, registerAppeal } from './admission';
import { decideAppeal } from './decision';
import { recordHearing, scheduleHearing } from './hearing';
import { appealWithLetters, findAppealOfComplaint, openAppeals, toAppeal } from './queries';

/** Appeals to the director (K11-K13). Each step drafts its letter first, then writes in one transaction. */
export const appealsHandlers = defineHandlers(appealsContracts, {
  'appeals.register': async (input, ctx) => {
    const { appealId, documentIds } = await registerAppeal(ctx, input);
    return appealWithLetters(ctx, appealId, documentIds);
  },

  'appeals.get': (input, ctx) => {
    getComplaintRow(ctx.db, input.complaintId);
    const row = findAppealOfComplaint(ctx.db, input.complaintId);
    return row ? toAppeal(ctx.db, row) : null;
  },

  'appeals.open': (_input, ctx) => openAppeals(ctx),

  'appeals.admit': async (input, ctx) => appealWithLetters(ctx, input.id, await admitAppeal(ctx, input)),

  'appeals.scheduleHearing': (input, ctx) => {
    scheduleHearing(ctx, input);
    return appealWithLetters(ctx, input.id, []);
  },

  'appeals.recordHearing': async (input, ctx) => appealWithLetters(ctx, input.id, await recordHearing(ctx, input)),

  'appeals.decide': async (input, ctx) => appealWithLetters(ctx, input.id, await decideAppeal(ctx, input)),
});
