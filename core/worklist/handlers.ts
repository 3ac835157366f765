import { worklistContracts } from '../contracts/worklist';
import { pending } from '../pending';

export const worklistHandlers = pending(worklistContracts);
