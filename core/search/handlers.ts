import { searchContracts } from '../contracts/search';
import { defineHandlers } from '../handlers';

export const searchHandlers = defineHandlers(searchContracts, {});
