import type { DocumentSummary } from '../../../../core/contracts';

/** Route state of the participant page: the letter just produced, shown at the top once. */
export interface ParticipantRouteState {
  letterId?: string;
}

/** The letter a step just produced: the newest current document of the dossier. */
export function newestLetter(documents: DocumentSummary[]): DocumentSummary | undefined {
  return documents.filter((d) => d.supersededById === null).sort((a, b) => b.producedAt.localeCompare(a.producedAt))[0];
}
