import { describe, expect, it } from 'vitest';
import { addresseeSchema } from '../core/contracts/documents';
import { addressLines, salutationFor } from './addressee';

const addressee = (input: Record<string, unknown>) => addresseeSchema.parse({ street: 'Korenmolenlaan 2', postcode: '3477 GG', city: 'Woerden', ...input });

describe('addressLines (PostNL format)', () => {
  it('puts postcode, two spaces and the place in capitals on one line', () => {
    expect(addressLines(addressee({ name: 'Mevrouw J.A. de Vries-Ünal' }))).toEqual(['Mevrouw J.A. de Vries-Ünal', 'Korenmolenlaan 2', '3477 GG  WOERDEN']);
  });

  it('writes a Dutch postcode as 1234 AB however it was typed', () => {
    expect(addressLines(addressee({ name: 'X', postcode: '3441bx' }))[2]).toBe('3441 BX  WOERDEN');
    expect(addressLines(addressee({ name: 'X', postcode: '3449 ab' }))[2]).toBe('3449 AB  WOERDEN');
  });

  it('adds one "t.a.v." line for an organisation, whatever the person typed', () => {
    expect(addressLines(addressee({ name: "Café 't Hoekje", attention: 'de heer B. Özdemir' }))[1]).toBe('t.a.v. de heer B. Özdemir');
    expect(addressLines(addressee({ name: 'X', attention: 'T.a.v. mevrouw É. Dubois' }))[1]).toBe('t.a.v. mevrouw É. Dubois');
    expect(addressLines(addressee({ name: 'X', attention: 'tav: P. Jansen' }))[1]).toBe('t.a.v. P. Jansen');
    // A name that merely starts with "Tav" keeps it.
    expect(addressLines(addressee({ name: 'X', attention: 'Tavares' }))[1]).toBe('t.a.v. Tavares');
  });

  it('prints the country in capitals only for abroad, and leaves a foreign postcode as typed', () => {
    expect(addressLines(addressee({ name: 'X', street: 'Grote Markt 1', postcode: '2000', city: 'Antwerpen', country: 'België' }))).toEqual([
      'X',
      'Grote Markt 1',
      '2000  ANTWERPEN',
      'BELGIË',
    ]);
    expect(addressLines(addressee({ name: 'X', country: 'Nederland' }))).toHaveLength(3);
    expect(addressLines(addressee({ name: 'X', country: 'NL' }))).toHaveLength(3);
  });

  it("writes places with an apostrophe in capitals too ('s-Hertogenbosch)", () => {
    expect(addressLines(addressee({ name: 'X', postcode: '5211 AB', city: "'s-Hertogenbosch" }))[2]).toBe("5211 AB  'S-HERTOGENBOSCH");
  });
});

describe('salutationFor', () => {
  it('uses the typed salutation, ending in a comma', () => {
    expect(salutationFor({ salutation: 'Geachte mevrouw De Vries' })).toBe('Geachte mevrouw De Vries,');
    expect(salutationFor({ salutation: 'Beste Anneke,' })).toBe('Beste Anneke,');
  });

  it('falls back to "Geachte heer/mevrouw,"', () => {
    expect(salutationFor({ salutation: null })).toBe('Geachte heer/mevrouw,');
    expect(salutationFor({ salutation: '  ' })).toBe('Geachte heer/mevrouw,');
  });
});
