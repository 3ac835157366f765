import { defineContracts } from './contract';

export const providersContracts = defineContracts({});
