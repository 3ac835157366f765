import type { Addressee } from '../../../../core/contracts';
import { PATHS } from '../../app/paths';

/** Where "Terug" on the letter form leads: the dossier or list the person came from. */
export interface BackLink {
  to: string;
  label: string;
}

/** Carried in the router state, so a dossier can open the letter form without a path per dossier kind. */
export interface LetterRouteState {
  back?: BackLink;
  defaultAddressee?: Partial<Addressee>;
}

export function newLetterPath(dossierKind: string, dossierId: string): string {
  const query = new URLSearchParams({ dossierKind, dossierId });
  return `${PATHS.correspondence}/nieuw?${query.toString()}`;
}

export function editLetterPath(documentId: string): string {
  return `${PATHS.correspondence}/${documentId}/bewerken`;
}
