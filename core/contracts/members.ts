import { defineContracts } from './contract';

export const membersContracts = defineContracts({});
