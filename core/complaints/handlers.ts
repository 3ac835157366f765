import { complaintsContracts } from '../contracts/complaints';
import { pending } from '../pending';
import { dossierHandlers } from './dossier-handlers';

export const complaintsHandlers = { ...pending(complaintsContracts), ...dossierHandlers };
