import type { Addressee } from '../core/contracts/documents';
import type { Organisation } from '../core/contracts/settings';
import { addressLines, salutationFor } from './addressee';
import type { LetterContext } from './document-type';
import { placeAndDate } from './general-letter';
import { letterheadFrom } from './letterhead';
import type { LetterBlock, LetterModel } from './model';

/** What the complaint letters (T1-T7) have in common: the dossier number is our reference. */
export interface ComplaintLetterParts {
  typeName: string;
  addressee: Addressee;
  dossierNumber: string;
  subject: string;
  blocks: LetterBlock[];
  /** T6 is signed by the director; the others by the person sending the letter. */
  signer?: { name: string; jobTitle: string | null };
}

export function complaintLetter(parts: ComplaintLetterParts, context: LetterContext): LetterModel {
  const org = context.organisation;
  const signer = parts.signer ?? context.signer;
  return {
    title: `${parts.typeName} ${parts.dossierNumber} ${parts.addressee.name.trim()}`,
    letterhead: letterheadFrom(org),
    addressee: addressLines(parts.addressee),
    placeAndDate: placeAndDate(context),
    ourReference: parts.dossierNumber,
    subject: parts.subject,
    salutation: salutationFor(parts.addressee),
    blocks: parts.blocks,
    closing: 'Met vriendelijke groet,',
    signature: { name: signer.name, jobTitle: signer.jobTitle, organisation: org.name },
    enclosures: [],
  };
}

/** A short quote of what the complainant wrote, on one line, cut at a word. */
export function shortQuote(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `„${flat}”`;
  const cut = flat.slice(0, max);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,.;:–-]+$/, '');
  return `„${atWord} …”`;
}

const BULLET = /^\s*[-*•]\s+/;

/**
 * Typed text to blocks: lines starting with "- " (or "*", "•") become a list, even right after a
 * line of text; other lines stay together as one paragraph until a blank line.
 */
export function textBlocks(text: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    if (list.length > 0) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') flush();
    else if (BULLET.test(line)) {
      if (paragraph.length > 0) flush();
      list.push(line.replace(BULLET, ''));
    } else {
      if (list.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/**
 * The text as blocks between Dutch quotation marks, for a complaint put to the other party. Marks
 * go only around paragraphs: a text that starts or ends with a list is shown as typed.
 */
export function quotedBlocks(text: string): LetterBlock[] {
  const blocks = textBlocks(text);
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (first?.kind !== 'paragraph' || last?.kind !== 'paragraph') return blocks;
  if (first === last) return [{ kind: 'paragraph', text: `„${first.text}”` }];
  return [{ kind: 'paragraph', text: `„${first.text}` }, ...blocks.slice(1, -1), { kind: 'paragraph', text: `${last.text}”` }];
}

export interface PostalAddress {
  street: string;
  postcode: string;
  city: string;
}

/** The postal address for letters to us (K11), or the visiting address when no postal one is set. */
export function postalAddress(org: Organisation): PostalAddress | null {
  return address(org.postalStreet, org.postalPostcode, org.postalCity) ?? address(org.visitingStreet, org.visitingPostcode, org.visitingCity);
}

/** The head office where a hearing is held (K12): the visiting address, else the postal one. */
export function visitingAddress(org: Organisation): PostalAddress | null {
  return address(org.visitingStreet, org.visitingPostcode, org.visitingCity) ?? address(org.postalStreet, org.postalPostcode, org.postalCity);
}

function address(street: string | null, postcode: string | null, city: string | null): PostalAddress | null {
  if (!street?.trim() || !city?.trim()) return null;
  return { street: street.trim(), postcode: (postcode ?? '').trim(), city: city.trim() };
}

/** "Korenmolenlaan 2, 3477 GG Woerden" */
export function inlineAddress(a: PostalAddress): string {
  return `${a.street}, ${[a.postcode, a.city].filter(Boolean).join(' ')}`;
}

/** "belt u ons op 0900 - 20 20 505 of mailt u naar info@…", or the servicedesk when neither is set. */
export function reachUs(org: Organisation): string {
  if (org.phone && org.email) return `belt u ons op ${org.phone} of mailt u naar ${org.email}`;
  if (org.phone) return `belt u ons op ${org.phone}`;
  if (org.email) return `mailt u naar ${org.email}`;
  return 'neemt u contact op met onze servicedesk';
}

/** A sentence ending in a name such as "Jansen B.V." gets no second full stop. */
export function fullStop(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A hearing moment as typed: "2026-12-03T10:30" is local Amsterdam time, so it is read as written
 * and never converted between time zones.
 */
export function hearingMoment(at: string): { day: string; time: string } {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(at.trim());
  if (!m) throw new Error(`Ongeldig tijdstip voor het gesprek: '${at}'`);
  return { day: m[1]!, time: `${m[2]}:${m[3]}` };
}
