import { membersContracts } from '../contracts/members';
import { defineHandlers } from '../handlers';

export const membersHandlers = defineHandlers(membersContracts, {});
