import { isNull } from 'drizzle-orm';
import { organisation } from '../../db/schema';
import { settingsContracts } from '../contracts/settings';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { defineHandlers } from '../handlers';

function currentOrganisation(ctx: HandlerContext) {
  const row = ctx.db.select().from(organisation).where(isNull(organisation.deletedAt)).get();
  if (!row) throw new DomainError('record.not_found');
  return row;
}

export const settingsHandlers = defineHandlers(settingsContracts, {
  'settings.getOrganisation': (_input, ctx) => currentOrganisation(ctx),
  'settings.updateOrganisation': (input, ctx) => ctx.write((w) => w.update(organisation, currentOrganisation(ctx).id, input)),
});
