import { defineContracts } from './contract';

export const searchContracts = defineContracts({});
