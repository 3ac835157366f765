import { z } from 'zod';
import { auditContracts } from './audit';
import { authContracts } from './auth';
import { mergeContracts } from './contract';
import { documentsContracts } from './documents';
import { mailContracts } from './mail';
import { membersContracts } from './members';
import { personsContracts } from './persons';
import { providersContracts } from './providers';
import { searchContracts } from './search';
import { settingsContracts } from './settings';
import { staffContracts } from './staff';
import { systemContracts } from './system';

// Zod's own messages in Dutch, for the few checks without a message of our own.
z.config(z.locales.nl());

export const contracts = mergeContracts(systemContracts, authContracts, staffContracts, settingsContracts, auditContracts, documentsContracts, mailContracts,
  personsContracts, membersContracts, providersContracts, searchContracts);

export type Contracts = typeof contracts;
export type ProcedureName = keyof Contracts & string;
export type ProcedureInput<N extends ProcedureName> = z.input<Contracts[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Contracts[N]['output']>;

export * from './audit';
export * from './auth';
export * from './contract';
export * from './documents';
export * from './mail';
export * from './members';
export * from './persons';
export * from './providers';
export * from './search';
export * from './envelope';
export * from './errors';
export * from './fields';
export * from './format';
export * from './labels';
export * from './roles';
export * from './settings';
export * from './staff';
