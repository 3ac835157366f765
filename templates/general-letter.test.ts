import { describe, expect, it } from 'vitest';
import { demoCases, demoContext } from './demo-data';
import { blocksFromText, generalLetter } from './general-letter';

const data = (overrides: Record<string, unknown> = {}) =>
  generalLetter.data.parse({
    addressee: { name: 'Mevrouw J.A. de Vries-Ünal', street: 'Kerkweg 7a', postcode: '3449 AB', city: 'Woerden' },
    subject: 'Uw vraag',
    body: 'Eerste alinea.',
    ...overrides,
  });

describe('Algemene brief', () => {
  it('is offered in every dossier', () => {
    expect(generalLetter).toMatchObject({ key: 'general-letter', name: 'Algemene brief', dossierKinds: ['*'] });
  });

  it('splits the body into paragraphs on blank lines and keeps single line breaks', () => {
    expect(blocksFromText('Eén.\nNog een regel.\n\n\nTwee.\r\n  \r\nDrie.  ')).toEqual([
      { kind: 'paragraph', text: 'Eén.\nNog een regel.' },
      { kind: 'paragraph', text: 'Twee.' },
      { kind: 'paragraph', text: 'Drie.' },
    ]);
  });

  it('makes a bulleted list of a paragraph whose every line starts with a dash', () => {
    expect(blocksFromText('Wat wij doen:\n\n- terugbetalen\n- bellen\n\n- één\nnee')).toEqual([
      { kind: 'paragraph', text: 'Wat wij doen:' },
      { kind: 'list', items: ['terugbetalen', 'bellen'] },
      { kind: 'paragraph', text: '- één\nnee' },
    ]);
  });

  it('builds the letter: references, subject, salutation, closing, signer and enclosures', () => {
    const letter = generalLetter.build(data({ yourReference: 'JdV-1', enclosures: ['Factuur'] }), demoContext());
    expect(letter).toMatchObject({
      title: 'Algemene brief aan Mevrouw J.A. de Vries-Ünal',
      addressee: ['Mevrouw J.A. de Vries-Ünal', 'Kerkweg 7a', '3449 AB  WOERDEN'],
      placeAndDate: 'Woerden, 21 november 2026',
      ourReference: 'SD-2026-00042',
      yourReference: 'JdV-1',
      subject: 'Uw vraag',
      salutation: 'Geachte heer/mevrouw,',
      blocks: [{ kind: 'paragraph', text: 'Eerste alinea.' }],
      closing: 'Met vriendelijke groet,',
      signature: { name: 'Pieter van den Berg', jobTitle: 'Teammanager servicedesk', organisation: 'Servicedesk Woerden' },
      enclosures: ['Factuur'],
    });
    expect(letter.letterhead.footerLines).toContain('KvK 30123456');
  });

  it('leaves "Uw kenmerk" out when there is none', () => {
    expect(generalLetter.build(data(), demoContext()).yourReference).toBeUndefined();
  });

  it('demo: the long letter has Dutch characters, a list and the euro sign (print.test.ts checks it runs to page 2)', () => {
    const long = demoCases['general-letter']!.find((c) => c.name === 'lang')!;
    const letter = generalLetter.build(generalLetter.data.parse(long.data), long.context);
    const text = letter.blocks.map((b) => (b.kind === 'list' ? b.items.join(' ') : 'text' in b ? b.text : '')).join(' ');
    expect(letter.blocks.some((b) => b.kind === 'list')).toBe(true);
    expect(text).toMatch(/ë/);
    expect(text).toContain('€ 23,50');
  });
});
