import { procedureSettingsContracts } from '../contracts/procedure-settings';
import { pending } from '../pending';

export const procedureHandlers = pending(procedureSettingsContracts);
