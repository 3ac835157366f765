import { appealAcknowledgement } from './appeal-acknowledgement';
import { appealDecision } from './appeal-decision';
import { complaintAcknowledgement } from './complaint-acknowledgement';
import type { DocumentType } from './document-type';
import { generalLetter } from './general-letter';
import { hearingReport } from './hearing-report';
import { mandateForm } from './mandate-form';
import { mediationRefusal } from './mediation-refusal';
import { mediationResponseRequest } from './mediation-response-request';
import { membershipLetter } from './membership-letter';
import { phoneAgreements } from './phone-agreements';
import { qualityBlacklist } from './quality-blacklist';
import { qualityRecognition } from './quality-recognition';
import { qualityTermination } from './quality-termination';
import { writtenAnswer } from './written-answer';

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
export const documentTypes: DocumentType[] = createRegistry([
  generalLetter,
  membershipLetter,
  mandateForm,
  // T1-T7: the complaint procedure (K) and mediation (B).
  complaintAcknowledgement,
  phoneAgreements,
  writtenAnswer,
  appealAcknowledgement,
  hearingReport,
  appealDecision,
  mediationResponseRequest,
  mediationRefusal,
  // T14-T16: the quality-mark register (Q)
  qualityRecognition,
  qualityTermination,
  qualityBlacklist,
]);

export function findDocumentType(key: string): DocumentType | undefined {
  return documentTypes.find((t) => t.key === key);
}

/** The types offered in a dossier of this kind; `*` types are offered everywhere. */
export function documentTypesFor(dossierKind: string): DocumentType[] {
  return documentTypes.filter((t) => t.dossierKinds.includes('*') || t.dossierKinds.includes(dossierKind));
}
