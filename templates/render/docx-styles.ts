import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IParagraphStyleOptions, type IParagraphStylePropertiesOptions, type IStylesOptions } from 'docx';
import { COLOURS, FONT_FAMILY, TEXT_WIDTH_MM, TYPE_PT, twips, twipsFromPt } from './layout';

/**
 * Word styles of the house style. Every paragraph of a letter uses one of these by id and carries
 * almost no direct formatting, so a person who edits the .docx in Word keeps the look by picking a
 * style, and a change to a style changes every paragraph that uses it.
 */
export const STYLE = {
  normal: 'Normal',
  heading: 'Heading1',
  organisation: 'Briefhoofd',
  small: 'KleineTekst',
  address: 'Adres',
  placeAndDate: 'PlaatsDatum',
  referenceLabel: 'KenmerkLabel',
  reference: 'Kenmerk',
  subject: 'Betreft',
  salutation: 'Aanhef',
  list: 'Opsomming',
  tableHeader: 'Tabelkop',
  tableText: 'Tabeltekst',
  spacer: 'Witruimte',
  closing: 'Afsluiting',
  signature: 'Ondertekening',
  enclosuresLabel: 'BijlagenKop',
  enclosure: 'Bijlage',
  footer: 'Footer',
} as const;

export const BULLET_LIST = 'opsomming';

const size = (pt: number) => Math.round(pt * 2);
const line = (pt: number) => ({ line: twipsFromPt(pt), lineRule: LineRuleType.AT_LEAST });
const bodyLine = line(TYPE_PT.line);
const smallLine = line(TYPE_PT.smallLine);
const smallRun = { size: size(TYPE_PT.small), color: COLOURS.muted };

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: STYLE.normal,
    name: 'Normal',
    quickFormat: true,
    run: { font: FONT_FAMILY, size: size(TYPE_PT.body), language: { value: 'nl-NL' } },
    paragraph: { spacing: { before: 0, after: twipsFromPt(TYPE_PT.line), ...bodyLine } },
  },
  {
    id: STYLE.heading,
    name: 'Heading 1',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: { bold: true, size: size(TYPE_PT.heading), color: COLOURS.accent },
    paragraph: { spacing: { before: 0, after: twipsFromPt(3), ...bodyLine }, keepNext: true, keepLines: true, outlineLevel: 0 },
  },
  {
    id: STYLE.organisation,
    name: 'Briefhoofd',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { bold: true, size: size(TYPE_PT.organisation), color: COLOURS.accent },
    paragraph: { spacing: { before: 0, after: 0, ...line(TYPE_PT.organisation * 1.2) } },
  },
  {
    id: STYLE.small,
    name: 'Kleine tekst',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: smallRun,
    paragraph: { spacing: { before: 0, after: 0, ...smallLine } },
  },
  { id: STYLE.address, name: 'Adres', basedOn: STYLE.normal, quickFormat: true, paragraph: { spacing: { after: 0 }, keepLines: true } },
  {
    id: STYLE.placeAndDate,
    name: 'Plaats en datum',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    paragraph: { spacing: { before: twipsFromPt(6), after: twipsFromPt(6) } },
  },
  {
    id: STYLE.referenceLabel,
    name: 'Kenmerk label',
    basedOn: STYLE.small,
    paragraph: { spacing: { before: twipsFromPt(1.5), after: 0, ...smallLine } },
  },
  { id: STYLE.reference, name: 'Kenmerk', basedOn: STYLE.normal, paragraph: { spacing: { after: 0 } } },
  { id: STYLE.subject, name: 'Betreft', basedOn: STYLE.reference, quickFormat: true, run: { bold: true } },
  {
    id: STYLE.salutation,
    name: 'Aanhef',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    paragraph: { spacing: { before: twipsFromPt(TYPE_PT.line * 2) } },
  },
  {
    id: STYLE.list,
    name: 'Opsomming',
    basedOn: STYLE.normal,
    quickFormat: true,
    // Contextual spacing: no space between the items, a blank line after the last one.
    paragraph: { contextualSpacing: true, numbering: { reference: BULLET_LIST, level: 0 } },
  },
  { id: STYLE.tableHeader, name: 'Tabelkop', basedOn: STYLE.normal, run: { bold: true }, paragraph: { spacing: { after: 0 }, keepNext: true } },
  { id: STYLE.tableText, name: 'Tabeltekst', basedOn: STYLE.normal, paragraph: { spacing: { after: 0 } } },
  {
    id: STYLE.spacer,
    name: 'Witruimte na tabel',
    basedOn: STYLE.normal,
    run: { size: 2 },
    paragraph: { spacing: { before: 0, after: twipsFromPt(TYPE_PT.line - 1), line: 20, lineRule: LineRuleType.EXACT } },
  },
  {
    id: STYLE.closing,
    name: 'Afsluiting',
    basedOn: STYLE.normal,
    next: STYLE.signature,
    quickFormat: true,
    paragraph: { spacing: { after: twipsFromPt(TYPE_PT.signatureSpace) }, keepNext: true, keepLines: true },
  },
  { id: STYLE.signature, name: 'Ondertekening', basedOn: STYLE.normal, quickFormat: true, paragraph: { spacing: { after: 0 }, keepNext: true } },
  {
    id: STYLE.enclosuresLabel,
    name: 'Bijlagen kop',
    basedOn: STYLE.normal,
    next: STYLE.enclosure,
    run: { bold: true },
    paragraph: { spacing: { before: twipsFromPt(TYPE_PT.line * 2), after: 0 }, keepNext: true },
  },
  { id: STYLE.enclosure, name: 'Bijlage', basedOn: STYLE.normal, paragraph: { spacing: { after: 0 } } },
  {
    id: STYLE.footer,
    name: 'footer',
    basedOn: STYLE.small,
    paragraph: { rightTabStop: twips(TEXT_WIDTH_MM) },
  },
];

export const docxStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT_FAMILY, size: size(TYPE_PT.body) },
      // Word's own template turns widow control on; docx's types leave it out of the defaults, the XML writer does not.
      paragraph: { widowControl: true } as IParagraphStylePropertiesOptions,
    },
  },
  paragraphStyles,
};

export const docxNumbering: INumberingOptions = {
  config: [
    {
      reference: BULLET_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: twips(5), hanging: twips(5) } } },
        },
      ],
    },
  ],
};
