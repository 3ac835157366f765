import { auditContracts } from '../contracts/audit';
import { defineHandlers } from '../handlers';
import { localDayStart } from './period';
import { auditedTables, recordHistory, searchAudit } from './queries';

// S3: read-only by construction. There is no procedure that changes the audit trail, and the
// database refuses UPDATE and DELETE on it (triggers in the migrations).
export const auditHandlers = defineHandlers(auditContracts, {
  'audit.history': (input, ctx) => recordHistory(ctx.sqlite, input.tableName, input.rowId, input.limit),
  'audit.search': (input, ctx) =>
    searchAudit(ctx.sqlite, {
      userId: input.userId,
      tableName: input.tableName,
      fromIso: input.from ? localDayStart(input.from) : null,
      toIso: input.to ? localDayStart(input.to, 1) : null,
      before: input.before,
      limit: input.limit,
    }),
  'audit.tables': (_input, ctx) => auditedTables(ctx.sqlite),
});
