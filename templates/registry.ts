import type { DocumentType } from './document-type';
import { generalLetter } from './general-letter';
import { mandateForm } from './mandate-form';
import { membershipLetter } from './membership-letter';

/** Checks a list of document types once, at load: a key names one template only. */
export function createRegistry(types: readonly DocumentType[]): DocumentType[] {
  const seen = new Set<string>();
  for (const type of types) {
    if (seen.has(type.key)) throw new Error(`Documentsoort '${type.key}' is twee keer geregistreerd`);
    seen.add(type.key);
  }
  return [...types];
}

/** Every document type. Later areas add their templates (T1–T17) here. */
export const documentTypes: DocumentType[] = createRegistry([generalLetter, membershipLetter, mandateForm]);

export function findDocumentType(key: string): DocumentType | undefined {
  return documentTypes.find((t) => t.key === key);
}

/** The types offered in a dossier of this kind; `*` types are offered everywhere. */
export function documentTypesFor(dossierKind: string): DocumentType[] {
  return documentTypes.filter((t) => t.dossierKinds.includes('*') || t.dossierKinds.includes(dossierKind));
}
