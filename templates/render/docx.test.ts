import { describe, expect, it } from 'vitest';
import { demoCases, demoContext, demoLogoDataUrl, specimenModel } from '../demo-data';
import { generalLetter } from '../general-letter';
import { renderDocx } from './docx';
import { letterText } from './html';
import { docxLines, readDocx } from './testing';

const longCase = demoCases['general-letter']!.find((c) => c.name === 'lang')!;
const longLetter = generalLetter.build(generalLetter.data.parse(longCase.data), longCase.context);

describe('renderDocx', () => {
  it('writes a .docx that opens, with the whole letter in reading order', async () => {
    const { documentXml } = await readDocx(await renderDocx(longLetter));
    const lines = docxLines(documentXml);
    expect(lines.join('\n')).toBe(letterText(longLetter));
    expect(lines).toEqual(expect.arrayContaining(['Mevrouw J.A. de Vries-Ünal', 'Kerkweg 7a', '3449 AB  WOERDEN', 'Betreft', 'Met vriendelijke groet,', 'Pieter van den Berg', 'Bijlagen:']));
    expect(lines).toContain('Uw klacht over de reparatie van 14 oktober 2026');
  });

  it('keeps Dutch characters and the euro sign', async () => {
    const text = docxLines((await readDocx(await renderDocx(longLetter))).documentXml).join('\n');
    for (const s of ['Ünal', 'kopieën', 'één', 'vóór', 'geïnformeerd', '€ 23,50', '“Bezwaar maken, zo werkt het”']) expect(text).toContain(s);
  });

  it('keeps the last paragraph with the closing, so the signature never stands alone on a page', async () => {
    const { documentXml } = await readDocx(await renderDocx(longLetter));
    const paragraphs = documentXml.split('<w:p>').concat(documentXml.split('<w:p ')).filter((p) => p.includes('<w:t'));
    const lastBody = paragraphs.find((p) => p.includes('Zij is bereikbaar op werkdagen'));
    expect(lastBody).toContain('<w:keepNext/>');
    const firstBody = paragraphs.find((p) => p.includes('Op 2 november 2026 ontvingen wij'));
    expect(firstBody).not.toContain('<w:keepNext/>');
  });

  it('is A4 with the house margins', async () => {
    const { documentXml } = await readDocx(await renderDocx(longLetter));
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1701" w:left="1417"/);
  });

  it('defines the house styles in styles.xml and applies them by id, so the letter stays editable', async () => {
    const { documentXml, stylesXml } = await readDocx(await renderDocx(specimenModel()));
    const used = new Set([...documentXml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]));
    for (const id of ['Briefhoofd', 'KleineTekst', 'Adres', 'PlaatsDatum', 'KenmerkLabel', 'Kenmerk', 'Betreft', 'Aanhef', 'Normal', 'Heading1', 'Opsomming', 'Tabelkop', 'Tabeltekst', 'Afsluiting', 'Ondertekening']) {
      expect(used, id).toContain(id);
    }
    for (const id of used) expect(stylesXml, `style ${id} is defined`).toContain(`w:styleId="${id}"`);
    expect(stylesXml).toMatch(/w:styleId="Adres"[\s\S]*?<w:name w:val="Adres"\/>/);
    expect(stylesXml).toMatch(/w:styleId="KleineTekst"[\s\S]*?<w:name w:val="Kleine tekst"\/>/);
    expect(stylesXml).toContain('w:ascii="Arial"');
    // Direct run formatting would defeat the styles: runs carry none.
    expect(documentXml).not.toMatch(/<w:rPr><w:(b|sz|color|rFonts)\b/);
  });

  it('puts the address in the window: exact rows of 30 mm letterhead and 40 mm address', async () => {
    const { documentXml } = await readDocx(await renderDocx(longLetter));
    expect(documentXml).toContain('<w:trHeight w:val="1701" w:hRule="exact"/>');
    expect(documentXml).toContain('<w:trHeight w:val="2268" w:hRule="exact"/>');
  });

  it('has a footer with the small print and "Pagina X van Y" as PAGE and NUMPAGES fields', async () => {
    const { footerXml } = await readDocx(await renderDocx(longLetter));
    const footer = footerXml.join('');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    const text = docxLines(footer).join(' ');
    for (const s of ['KvK 30123456', 'btw-nummer NL001234567B01', 'IBAN NL91 ABNA 0417 1643 00', 'Pagina', 'van']) expect(text).toContain(s);
  });

  it('gives tables their column widths and right-aligns money', async () => {
    const { documentXml } = await readDocx(await renderDocx(specimenModel()));
    const grids = [...documentXml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])));
    // Tables in order: letterhead and window, references, then the specimen's data table.
    const dataGrid = grids[2]!;
    expect(dataGrid).toHaveLength(3);
    // The text width plus 1.5 mm into each margin, so cell text lines up with the paragraphs.
    const tableWidth = 9354 + 2 * 85;
    expect(documentXml).toContain('<w:tblInd w:type="dxa" w:w="-85"/>');
    expect(dataGrid.reduce((a, b) => a + b, 0)).toBeCloseTo(tableWidth, -1);
    expect(dataGrid[0]).toBeCloseTo(tableWidth * 0.5, -1);
    expect(dataGrid[2]).toBeCloseTo(tableWidth * 0.2, -1);
    const moneyCell = /<w:p>(?:(?!<\/w:p>)[\s\S])*?€ 260,85/.exec(documentXml)![0];
    expect(moneyCell).toContain('<w:jc w:val="right"/>');
  });

  it('embeds the logo as an image when the organisation has one', async () => {
    const withLogo = generalLetter.build(
      generalLetter.data.parse(longCase.data),
      demoContext({ organisation: { ...demoContext().organisation, logoDataUrl: demoLogoDataUrl } }),
    );
    expect((await readDocx(await renderDocx(withLogo))).media).toHaveLength(1);
    expect((await readDocx(await renderDocx(longLetter))).media).toHaveLength(0);
  });
});
