import { appealsContracts } from '../contracts/appeals';
import { pending } from '../pending';

export const appealsHandlers = pending(appealsContracts);
