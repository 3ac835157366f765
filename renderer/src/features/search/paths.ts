import type { SearchHit } from '../../../../core/contracts';
import { PATHS } from '../../app/paths';

export function personPath(id: string): string {
  return `${PATHS.persons}/${id}`;
}

export function memberPath(id: string): string {
  return `${PATHS.members}/${id}`;
}

export function providerPath(id: string): string {
  return `${PATHS.providers}/${id}`;
}

export function hitPath(hit: SearchHit): string {
  if (hit.kind === 'member') return memberPath(hit.id);
  if (hit.kind === 'provider') return providerPath(hit.id);
  return personPath(hit.id);
}

/** "Nieuwe persoon" from the search: the form starts with what was typed (see persons/prefill.ts). */
export function newPersonPath(query: string): string {
  return query ? `${PATHS.persons}/nieuw?${new URLSearchParams({ zoek: query }).toString()}` : `${PATHS.persons}/nieuw`;
}
