import { defineContracts } from './contract';

export const personsContracts = defineContracts({});
