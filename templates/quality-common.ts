import type { Addressee } from '../core/contracts/documents';
import { addressLines, salutationFor } from './addressee';
import type { LetterContext } from './document-type';
import { placeAndDate } from './general-letter';
import { letterheadFrom } from './letterhead';
import type { LetterBlock, LetterModel } from './model';

export const FOUNDATION = 'Stichting Keurmerk Kwaliteitsvakman';
export const QUALITY_MARK = 'Keurmerk Kwaliteitsvakman';

/** The quality-mark letters are acts of the foundation: they are signed on behalf of its board. */
export const BOARD_CLOSING = `Met vriendelijke groet,\nNamens het bestuur van ${FOUNDATION}`;

/** What the quality-mark letters (T14-T16) have in common: the registration number is our reference. */
export interface QualityLetterParts {
  typeName: string;
  addressee: Addressee;
  participantName: string;
  registrationNumber: string;
  subject: string;
  blocks: LetterBlock[];
}

export function qualityLetter(parts: QualityLetterParts, context: LetterContext): LetterModel {
  const org = context.organisation;
  return {
    title: `${parts.typeName} ${parts.registrationNumber} ${parts.participantName.trim()}`,
    letterhead: letterheadFrom(org),
    addressee: addressLines(parts.addressee),
    placeAndDate: placeAndDate(context),
    ourReference: parts.registrationNumber,
    subject: parts.subject,
    salutation: salutationFor(parts.addressee),
    blocks: parts.blocks,
    closing: BOARD_CLOSING,
    signature: { name: context.signer.name, jobTitle: context.signer.jobTitle, organisation: org.name },
    enclosures: [],
  };
}
