import { personsContracts } from '../contracts/persons';
import { defineHandlers } from '../handlers';

export const personsHandlers = defineHandlers(personsContracts, {});
