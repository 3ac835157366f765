import type { DocumentSummary } from '../../../../core/contracts';

/** Dossier kinds that can hold documents today; more come with their areas. */
export const DOSSIER_KIND_LABELS: Record<string, string> = {
  general: 'Algemeen',
  staff: 'Medewerker',
};

/** General correspondence belongs to no dossier; the archive files it under this fixed id. */
export const GENERAL_DOSSIER = { dossierKind: 'general', dossierId: 'algemeen' } as const;

export const GENERAL_LETTER_TYPE = 'general-letter';

export const FILE_WARNINGS = {
  missing: 'Het bestand van dit document ontbreekt in de documentenmap. Het wordt niet opnieuw gemaakt: zet een reservekopie terug of neem contact op met een beheerder.',
  altered: 'Het bestand van dit document is gewijzigd na het archiveren (de vingerafdruk klopt niet). Het wordt niet gebruikt: zet een reservekopie terug of neem contact op met een beheerder.',
} as const;

/** The error codes with which the archive refuses a missing or changed file. */
export const FILE_ERROR_CODES = ['document.file_missing', 'document.file_altered'];

export function isFinal(document: Pick<DocumentSummary, 'status'>): boolean {
  return document.status !== 'concept';
}

/** "Algemene brief aan J. de Vries (v2).pdf": the title people recognise, safe on every file system. */
export function documentFilename(document: Pick<DocumentSummary, 'title' | 'docVersion'>, extension: string): string {
  const base = document.title.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').trim() || 'Document';
  return `${base}${document.docVersion > 1 ? ` (v${document.docVersion})` : ''}.${extension}`;
}
