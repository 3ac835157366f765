import fs from 'node:fs';
import path from 'node:path';
import type { ProcedureInput } from '../contracts';
import type { ClientSession } from '../context';
import type { TestCore } from '../testing/harness';
import { docxLines, readDocx } from '../../templates/render/testing';

/** Persons as the member forms send them. */
export const JEANETTE = {
  kind: 'persoon',
  salutation: 'mevrouw',
  initials: 'J.A.',
  firstName: 'Jeanette',
  lastName: 'Vries-Ünal',
  infix: 'de',
  street: 'Kerkweg',
  houseNumber: 7,
  houseNumberAddition: 'a',
  postcode: '3449ab',
  city: 'Woerden',
  phone: '06-12345678',
} as const;

export const GOKHAN = { kind: 'persoon', salutation: 'heer', firstName: 'Gökhan', lastName: 'Ünal', street: 'Kerkweg', houseNumber: 7, postcode: '3449 AB', city: 'Woerden' } as const;

export const ZOE = { kind: 'persoon', firstName: 'Zoë', infix: 'de', lastName: 'Vries', street: 'Kerkweg', houseNumber: 7, postcode: '3449 AB', city: 'Woerden' } as const;

export const BARAN = { kind: 'persoon', salutation: 'heer', initials: 'B', firstName: 'Baran', lastName: 'Özdemir', street: 'Rijnstraat', houseNumber: 12, postcode: '3441 BX', city: 'Woerden' } as const;

export const MANDATE = { iban: 'NL91 ABNA 0417 1643 00', bic: 'ABNANL2A', accountHolder: 'J.A. de Vries-Ünal' } as const;

export async function createPerson(t: TestCore, session: ClientSession, person: ProcedureInput<'persons.create'>): Promise<string> {
  return (await t.ok('persons.create', person, session)).id;
}

/** The organisation with an incassant-ID, which the mandate form needs (L3). */
export async function withCreditorId(t: TestCore, session: ClientSession): Promise<void> {
  const org = await t.ok('settings.getOrganisation', {}, session);
  const { id: _id, version: _version, ...fields } = org;
  await t.ok('settings.updateOrganisation', { ...fields, sepaCreditorId: 'NL98ZZZ999999999999', email: 'info@servicedesk-woerden.nl' }, session);
}

export function documentRows(t: TestCore, memberId: string) {
  return t.core.sqlite
    .prepare(`SELECT id, type_key AS typeKey, dossier_kind AS dossierKind, file_path AS filePath, data FROM documents WHERE dossier_id = ? ORDER BY rowid`)
    .all(memberId) as { id: string; typeKey: string; dossierKind: string; filePath: string; data: string }[];
}

/** The text of an archived .docx, as Word would show it. */
export async function docxText(t: TestCore, filePath: string): Promise<string> {
  const parts = await readDocx(fs.readFileSync(path.join(t.core.documentsDir, filePath)));
  return docxLines(parts.documentXml).join('\n');
}
