import { providersContracts } from '../contracts/providers';
import { defineHandlers } from '../handlers';

export const providersHandlers = defineHandlers(providersContracts, {});
