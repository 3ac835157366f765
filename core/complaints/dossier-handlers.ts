import type { complaintsContracts } from '../contracts/complaints';
import type { AreaHandlers } from '../handlers';

type DossierProcedures = 'complaints.timeline' | 'complaints.printDossier';

export const dossierHandlers: Pick<AreaHandlers<typeof complaintsContracts>, DossierProcedures> = {
  'complaints.timeline': () => {
    throw new Error('nog niet gebouwd');
  },
  'complaints.printDossier': () => {
    throw new Error('nog niet gebouwd');
  },
};
