import { mediationContracts } from '../contracts/mediation';
import { pending } from '../pending';

export const mediationHandlers = pending(mediationContracts);
