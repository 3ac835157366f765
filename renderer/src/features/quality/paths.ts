import { PATHS } from '../../app/paths';

export function participantPath(id: string): string {
  return `${PATHS.quality}/${id}`;
}

/** The anchor of one finding on the participant page, so the board's list can point at it. */
export function findingAnchor(findingId: string): string {
  return `bevinding-${findingId}`;
}

export function findingPath(participantId: string, findingId: string): string {
  return `${participantPath(participantId)}#${findingAnchor(findingId)}`;
}
