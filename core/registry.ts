import { contracts, type Contracts } from './contracts';
import type { AreaHandlers } from './handlers';
import { appealsHandlers } from './appeals/handlers';
import { auditHandlers } from './audit/handlers';
import { complaintsHandlers } from './complaints/handlers';
import { complaintReportHandlers } from './complaints/report-handlers';
import { authHandlers } from './auth/handlers';
import { documentsHandlers } from './documents/handlers';
import { mailHandlers } from './mail/handlers';
import { mediationHandlers } from './mediation/handlers';
import { membersHandlers } from './members/handlers';
import { personsHandlers } from './persons/handlers';
import { procedureHandlers } from './procedure/handlers';
import { providersHandlers } from './providers/handlers';
import { qualityHandlers } from './quality/handlers';
import { qualityTerminationHandlers } from './quality/termination-handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { staffHandlers } from './staff/handlers';
import { syncHandlers } from './sync/handlers';
import { systemHandlers } from './system/handlers';
import { worklistHandlers } from './worklist/handlers';

/** Every procedure's handler, keyed by name. The type demands one handler per contract. */
export const handlers: AreaHandlers<Contracts> = {
  ...systemHandlers,
  ...authHandlers,
  ...staffHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...documentsHandlers,
  ...mailHandlers,
  ...personsHandlers,
  ...membersHandlers,
  ...providersHandlers,
  ...searchHandlers,
  ...complaintsHandlers,
  ...complaintReportHandlers,
  ...appealsHandlers,
  ...mediationHandlers,
  ...worklistHandlers,
  ...procedureHandlers,
  ...qualityHandlers,
  ...qualityTerminationHandlers,
  ...syncHandlers,
};

/** Fails at start-up when a contract lacks a handler or a handler has no contract. */
export function assertRegistryComplete(): void {
  const contractNames = Object.keys(contracts).sort();
  const handlerNames = Object.keys(handlers).sort();
  const missing = contractNames.filter((n) => !handlerNames.includes(n));
  const extra = handlerNames.filter((n) => !contractNames.includes(n));
  if (missing.length || extra.length) {
    throw new Error(`Procedure registry incomplete. Without handler: ${missing.join(', ') || '-'}; without contract: ${extra.join(', ') || '-'}`);
  }
}
