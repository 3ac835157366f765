import { z } from 'zod';
import { appealsContracts } from './appeals';
import { auditContracts } from './audit';
import { complaintReportContracts } from './complaint-report';
import { complaintsContracts } from './complaints';
import { authContracts } from './auth';
import { mergeContracts } from './contract';
import { documentsContracts } from './documents';
import { mailContracts } from './mail';
import { mediationContracts } from './mediation';
import { membersContracts } from './members';
import { personsContracts } from './persons';
import { procedureSettingsContracts } from './procedure-settings';
import { providersContracts } from './providers';
import { qualityContracts } from './quality';
import { qualityTerminationContracts } from './quality-termination';
import { searchContracts } from './search';
import { settingsContracts } from './settings';
import { staffContracts } from './staff';
import { syncContracts } from './sync';
import { systemContracts } from './system';
import { worklistContracts } from './worklist';

// Zod's own messages in Dutch, for the few checks without a message of our own.
z.config(z.locales.nl());

export const contracts = mergeContracts(systemContracts, authContracts, staffContracts, settingsContracts, auditContracts, documentsContracts, mailContracts,
  personsContracts, membersContracts, providersContracts, searchContracts, complaintsContracts, appealsContracts, mediationContracts, worklistContracts, procedureSettingsContracts,
  complaintReportContracts, qualityContracts, qualityTerminationContracts, syncContracts);

export type Contracts = typeof contracts;
export type ProcedureName = keyof Contracts & string;
export type ProcedureInput<N extends ProcedureName> = z.input<Contracts[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Contracts[N]['output']>;

export * from './appeals';
export * from './audit';
export * from './complaint-letters';
export * from './complaint-report';
export * from './complaints';
export * from './auth';
export * from './contract';
export * from './documents';
export * from './mail';
export * from './mediation';
export * from './members';
export * from './persons';
export * from './procedure-settings';
export * from './providers';
export * from './quality';
export * from './quality-letters';
export * from './quality-termination';
export * from './quality-rules';
export * from './search';
export * from './envelope';
export * from './errors';
export * from './fields';
export * from './format';
export * from './labels';
export * from './roles';
export * from './settings';
export * from './sync';
export * from './staff';
export * from './worklist';
export * from './local-time';
