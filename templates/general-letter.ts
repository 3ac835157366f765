import { generalLetterData } from '../core/contracts/documents';
import { formatLongDate } from '../core/contracts/format';
import { addressLines, salutationFor } from './addressee';
import type { DocumentType, LetterContext } from './document-type';
import { letterheadFrom } from './letterhead';
import type { LetterBlock } from './model';

/** Algemene brief: free text to anyone, offered in every dossier. */
export const generalLetter: DocumentType<typeof generalLetterData> = {
  key: 'general-letter',
  name: 'Algemene brief',
  dossierKinds: ['*'],
  data: generalLetterData,
  build(data, context) {
    return {
      title: `Algemene brief aan ${data.addressee.name}`,
      letterhead: letterheadFrom(context.organisation),
      addressee: addressLines(data.addressee),
      placeAndDate: placeAndDate(context),
      ourReference: context.ourReference,
      yourReference: data.yourReference ?? undefined,
      subject: data.subject,
      salutation: salutationFor(data.addressee),
      blocks: blocksFromText(data.body),
      closing: 'Met vriendelijke groet,',
      signature: { name: context.signer.name, jobTitle: context.signer.jobTitle, organisation: context.organisation.name },
      enclosures: data.enclosures,
    };
  },
};

/** "Woerden, 21 november 2026": the place of the office the letter is sent from. */
export function placeAndDate(context: LetterContext): string {
  const place = context.organisation.visitingCity ?? context.organisation.postalCity;
  const date = formatLongDate(context.date);
  return place ? `${place}, ${date}` : date;
}

/**
 * Typed text to letter blocks: a blank line starts a new paragraph, a single line break stays a
 * line break, and a paragraph whose every line starts with "-", "*" or "•" becomes a bulleted list.
 */
export function blocksFromText(body: string): LetterBlock[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.split('\n').map((l) => l.trimEnd()).join('\n').replace(/^\n+|\n+$/g, ''))
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk): LetterBlock => {
      const lines = chunk.split('\n');
      const bullet = /^\s*[-*•]\s+/;
      if (lines.every((l) => bullet.test(l))) return { kind: 'list', items: lines.map((l) => l.replace(bullet, '')) };
      return { kind: 'paragraph', text: lines.map((l) => l.trim()).join('\n') };
    });
}
