import { describe, expect, it } from 'vitest';
import { DEFAULT_STAFFEL } from '../core/contracts/quality-rules';
import { blacklistLetterData, terminationLetterData } from '../core/contracts/quality-letters';
import { demoContext } from './demo-data';
import type { DocumentType, LetterContext } from './document-type';
import type { LetterModel } from './model';
import { qualityBlacklist } from './quality-blacklist';
import { qualityRecognition } from './quality-recognition';
import { qualityTermination } from './quality-termination';
import { documentTypesFor } from './registry';
import { renderDocx } from './render/docx';
import { letterText } from './render/html';
import { docxLines, readDocx } from './render/testing';

const provider = { name: 'Klusbedrijf Jansen B.V.', attention: 'de heer P. Jansen', street: 'Industrieweg 45', postcode: '3446cg', city: 'Woerden', salutation: 'Geachte heer Jansen' };
const participant = { addressee: provider, participantName: 'Klusbedrijf Jansen B.V.', registrationNumber: 'KKV-00012' };
const context = demoContext({ date: '2026-11-21', ourReference: 'SD-2026-00042', signer: { name: 'Ingrid Smit', jobTitle: 'Secretaris' } });

function build<S extends DocumentType>(type: S, data: Record<string, unknown>, ctx: LetterContext = context): { letter: LetterModel; text: string; lines: string[] } {
  const letter = type.build(type.data.parse(data), ctx);
  // The text as a person reads it, with line breaks inside paragraphs as spaces.
  return { letter, text: letterText(letter).replace(/\n/g, ' '), lines: letterText(letter).split('\n') };
}

const recognition = { ...participant, startDate: '2026-12-01', yearEnd: '2026-12-31', contributionYear: 2026, contributionCents: 23_500, zelfstandigenBouw: false, staffel: DEFAULT_STAFFEL };
const registered = { name: 'Klusbedrijf Jansen B.V.', street: 'Industrieweg 45', postcode: '3446 CG', city: 'Woerden' };
const notice = { ...participant, address: registered, terminatedBy: 'deelnemer', noticeReceivedOn: '2026-11-12', terminationDate: '2026-12-31', stickerDeadline: '2027-01-10', contributionYear: 2026 };
const board = { ...notice, terminatedBy: 'bestuur', noticeReceivedOn: null, terminationDate: '2026-11-21', stickerDeadline: '2026-12-01' };
const blacklist = {
  ...participant,
  place: 'Woerden',
  terminationDate: '2026-11-21',
  stickerDeadline: '2026-12-01',
  violationSeenOn: '2026-12-08',
  violation: 'Bedrijfsbus met keurmerkstickers gezien aan de Rijnstraat.',
  publishedOn: '2026-12-15',
};

describe('T14-T16: the quality-mark letters', () => {
  it('T14-T16: offered in quality dossiers only, the registration number is our reference, signed on behalf of the board', () => {
    for (const [type, data] of [[qualityRecognition, recognition], [qualityTermination, notice], [qualityBlacklist, blacklist]] as const) {
      expect(documentTypesFor('quality').map((t) => t.key)).toContain(type.key);
      expect(documentTypesFor('complaint').map((t) => t.key)).not.toContain(type.key);
      const { letter, lines } = build(type, data);
      expect(letter.ourReference).toBe('KKV-00012');
      expect(letter.subject).toContain('registratienummer KKV-00012');
      expect(letter.addressee).toEqual(['Klusbedrijf Jansen B.V.', 't.a.v. de heer P. Jansen', 'Industrieweg 45', '3446 CG  WOERDEN']);
      expect(letter.closing).toBe('Met vriendelijke groet,\nNamens het bestuur van Stichting Keurmerk Kwaliteitsvakman');
      expect(lines).toContain('Namens het bestuur van Stichting Keurmerk Kwaliteitsvakman');
      expect(letter.signature).toEqual({ name: 'Ingrid Smit', jobTitle: 'Secretaris', organisation: 'Servicedesk Woerden' });
    }
  });
});

describe('T14, Q1: the recognition letter', () => {
  it('Q1: confirms the recognition and states the registration number in subject, opening and table', () => {
    const { letter, text } = build(qualityRecognition, recognition);
    expect(letter.subject).toBe('Erkenning Keurmerk Kwaliteitsvakman, registratienummer KKV-00012');
    expect(text).toContain('Met genoegen bevestigen wij dat Klusbedrijf Jansen B.V. is erkend als deelnemer van Stichting Keurmerk Kwaliteitsvakman, onder registratienummer KKV-00012.');
    expect(letter.blocks.find((b) => b.kind === 'table')).toMatchObject({
      rows: [
        ['Registratienummer', 'KKV-00012'],
        ['Deelnemer vanaf', '1 december 2026'],
        ['Einde lidmaatschapsjaar', '31 december 2026'],
        ['Contributie 2026', '€ 235,00 exclusief btw'],
      ],
    });
  });

  it('Q1/Q3: states the six termination rules and the hardship clause for rules 1-4', () => {
    const { lines } = build(qualityRecognition, recognition);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(lines.some((l) => l.startsWith(`Regel ${n}: `))).toBe(true);
    expect(lines).toContain('Regel 5: u voldoet niet aan uw betalingsverplichting.');
    expect(lines).toContain('Regel 6: het bestuur beëindigt het deelnemerschap, zonder opgaaf van reden.');
    expect(lines.join(' ')).toContain('Hardheidsclausule: bij regel 1, 2, 3 of 4 kunt u een beroep doen op de hardheidsclausule.');
  });

  it('Q1/Q3.1: the staffel table is the one in the data, with the bounds outside it', () => {
    const { letter, text } = build(qualityRecognition, recognition);
    const staffel = letter.blocks.filter((b) => b.kind === 'table')[1];
    expect(staffel).toMatchObject({
      rows: [
        ['3 tot en met 6', '2 of meer onvoldoende'],
        ['7 tot en met 10', '3 of meer onvoldoende'],
        ['11 tot en met 15', '4 of meer onvoldoende'],
      ],
    });
    expect(text).toContain('Bij minder dan 3 klantbeoordelingen in een half jaar geldt regel 1 niet; bij meer dan 15 beoordeelt het bestuur zelf');
    const changed = build(qualityRecognition, { ...recognition, staffel: [{ from: 4, to: 8, needed: 2 }, { from: 9, to: 9, needed: 3 }, { from: 10, to: 20, needed: 5 }] });
    expect(changed.letter.blocks.filter((b) => b.kind === 'table')[1]).toMatchObject({
      rows: [
        ['4 tot en met 8', '2 of meer onvoldoende'],
        ['9', '3 of meer onvoldoende'],
        ['10 tot en met 20', '5 of meer onvoldoende'],
      ],
    });
    expect(changed.text).toContain('Bij minder dan 4 klantbeoordelingen in een half jaar geldt regel 1 niet; bij meer dan 20 beoordeelt');
  });

  it('Q1/Q4: notice in writing, at least one month before the year end, with this year’s last day while it is still ahead', () => {
    const { text } = build(qualityRecognition, recognition);
    expect(text).toContain('Uw lidmaatschapsjaar loopt tot en met 31 december 2026');
    expect(text).toContain('dan zegt u schriftelijk op. Uw opzegging moet minstens één maand vóór het einde van het lidmaatschapsjaar bij ons binnen zijn.');
    expect(text).toContain('Wilt u stoppen per 31 december 2026, dan moet uw opzegging dus uiterlijk op 30 november 2026 bij ons binnen zijn.');
    expect(text).toContain('Het bestuur kan het deelnemerschap op elk moment schriftelijk beëindigen.');
    // Registered on 15 December: the deadline for this year end has passed, so no date is promised.
    const late = build(qualityRecognition, { ...recognition, startDate: '2026-12-15' }, { ...context, date: '2026-12-15' }).text;
    expect(late).not.toContain('30 november 2026');
    expect(late).toContain('Komt uw opzegging later binnen, dan eindigt uw deelnemerschap aan het einde van het volgende lidmaatschapsjaar.');
    // A year end of 30 June: one calendar month before is 30 May.
    expect(build(qualityRecognition, { ...recognition, yearEnd: '2027-06-30' }).text).toContain('uiterlijk op 30 mei 2027 bij ons binnen zijn');
  });

  it('Q7: the contribution from the data in Dutch money excluding BTW, and the Zelfstandigen Bouw discount when it applies', () => {
    const plain = build(qualityRecognition, recognition).text;
    expect(plain).toContain('Voor 2026 bedraagt uw contributie € 235,00 exclusief btw. Leden van Zelfstandigen Bouw krijgen korting op de contributie.');
    const member = build(qualityRecognition, { ...recognition, contributionYear: 2027, contributionCents: 21_150, zelfstandigenBouw: true }).text;
    expect(member).toContain('Voor 2027 bedraagt uw contributie € 211,50 exclusief btw. Omdat u lid bent van Zelfstandigen Bouw, krijgt u korting; die is in dit bedrag al verwerkt.');
    expect(member).not.toContain('235');
  });

  it('Q1/Q5: states the consequences of termination in short', () => {
    const { lines } = build(qualityRecognition, recognition);
    expect(lines).toContain('Als uw deelnemerschap eindigt (in het kort)');
    expect(lines).toContain('de contributie over het lopende jaar wordt niet terugbetaald;');
    expect(lines.join(' ')).toContain('wie het keurmerk na de beëindiging toch blijft gebruiken, wordt vermeld op de openbare zwarte lijst op onze website.');
  });
});

describe('T15, Q5: the termination letter', () => {
  it('Q4: confirms the participant’s notice with the day it was received', () => {
    const { letter, text } = build(qualityTermination, notice);
    expect(letter.subject).toBe('Beëindiging deelnemerschap keurmerk, registratienummer KKV-00012');
    expect(text).toContain(
      'Op 12 november 2026 ontvingen wij uw schriftelijke opzegging van het deelnemerschap van Stichting Keurmerk Kwaliteitsvakman. Met deze brief bevestigen wij dat het deelnemerschap van Klusbedrijf Jansen B.V. eindigt op 31 december 2026.',
    );
    expect(text).toContain('Wij danken u voor uw deelname aan het keurmerk.');
    expect(text).not.toContain('Het bestuur van Stichting Keurmerk Kwaliteitsvakman heeft besloten');
  });

  it('Q4: states the board’s decision, in the past tense once the date is reached', () => {
    const { text } = build(qualityTermination, board);
    expect(text).toContain('Het bestuur van Stichting Keurmerk Kwaliteitsvakman heeft besloten het deelnemerschap van Klusbedrijf Jansen B.V. te beëindigen. Het deelnemerschap is beëindigd op 21 november 2026.');
    expect(text).not.toContain('opzegging');
    expect(text).not.toContain('Wij danken u');
    const later = build(qualityTermination, { ...board, terminationDate: '2026-12-01', stickerDeadline: '2026-12-11' }).text;
    expect(later).toContain('Het deelnemerschap eindigt op 1 december 2026.');
  });

  it('Q5 a: name, address and place as registered, even when the letter goes to a contact person', () => {
    const { letter } = build(qualityTermination, { ...notice, addressee: { ...provider, name: 'De heer P. Jansen', attention: null, street: 'Dorpsstraat 1', city: 'Kamerik' } });
    const table = letter.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({ columns: [{ header: 'Beëindiging deelnemerschap' }, { header: '' }] });
    expect(table?.kind === 'table' && table.rows.slice(0, 4)).toEqual([
      ['Naam', 'Klusbedrijf Jansen B.V.'],
      ['Adres', 'Industrieweg 45'],
      ['Plaats', '3446 CG Woerden'],
      ['Registratienummer', 'KKV-00012'],
    ]);
  });

  it('Q5 b: the termination date', () => {
    const { letter, lines } = build(qualityTermination, notice);
    const table = letter.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toContainEqual(['Datum beëindiging', '31 december 2026']);
    expect(lines).toContain('Vanaf 31 december 2026');
  });

  it('Q5 c: from the termination date no quotes or work under the mark’s name, and no presenting the mark', () => {
    expect(build(qualityTermination, notice).text).toContain(
      'Vanaf 31 december 2026 brengt u geen offertes meer uit en voert u geen werkzaamheden meer uit onder de naam van het Keurmerk Kwaliteitsvakman. U presenteert het keurmerk ook niet meer naar buiten',
    );
  });

  it('Q5 d: no complaints taken up after the termination date, except customers’ complaints within three months after execution', () => {
    expect(build(qualityTermination, notice).text).toContain(
      'Na 31 december 2026 nemen wij geen klachten meer in behandeling die u indient of die over u gaan. Uw klanten houden wel het recht om tot drie maanden na de uitvoering van hun overeenkomst met u een klacht over u in te dienen; zo’n klacht nemen wij ook na 31 december 2026 in behandeling.',
    );
  });

  it('Q5 e: no refund of this year’s contribution, naming the year', () => {
    expect(build(qualityTermination, notice).text).toContain('De contributie over 2026 betalen wij niet terug, ook niet voor een deel.');
    expect(build(qualityTermination, { ...notice, terminationDate: '2027-12-31', stickerDeadline: '2028-01-10', contributionYear: 2027 }).text).toContain('De contributie over 2027 betalen wij niet terug');
  });

  it('Q5 f: neither side makes confidential data public or speaks negatively of the other', () => {
    expect(build(qualityTermination, notice).text).toContain(
      'Stichting Keurmerk Kwaliteitsvakman en u maken geen vertrouwelijke gegevens over elkaar openbaar en doen geen negatieve uitlatingen over elkaar.',
    );
  });

  it('Q5 g: the foundation does not make the reason public, and the letter states no reason: the data cannot carry one', () => {
    const reasonFields = Object.keys(terminationLetterData.shape).filter((k) => /reason|reden|motivat|grond/i.test(k));
    expect(reasonFields).toEqual([]);
    const reason = 'Drie negatieve bindende adviezen over het stucwerk in 2026';
    for (const data of [notice, board]) {
      // A reason passed along with the data (as stored on the participant) is dropped by the schema.
      const { text, lines } = build(qualityTermination, { ...data, terminationReason: reason, reason });
      expect(text).not.toContain(reason);
      expect(text).not.toMatch(/stucwerk|bindend/i);
      expect(lines.filter((l) => /reden|omdat|wegens|vanwege/i.test(l))).toEqual([
        'Stichting Keurmerk Kwaliteitsvakman doet naar buiten geen mededeling over de reden van de beëindiging.',
      ]);
    }
  });

  it('Q5 h: vehicle stickers removed at once after the termination date, at the latest on termination + 10 days', () => {
    const { letter, text } = build(qualityTermination, notice);
    expect(text).toContain('U verwijdert de stickers van het keurmerk direct na 31 december 2026 van uw voertuigen, en uiterlijk op 10 januari 2027.');
    const table = letter.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toContainEqual(['Stickers verwijderd', 'uiterlijk op 10 januari 2027']);
  });

  it('Q5 i: no promotional material after termination + 10 days', () => {
    expect(build(qualityTermination, board).text).toContain('Na 1 december 2026 gebruikt u geen promotiemateriaal van het keurmerk meer');
    expect(build(qualityTermination, notice).text).toContain('Na 10 januari 2027 gebruikt u geen promotiemateriaal van het keurmerk meer');
  });

  it('Q5 j: continued use of the mark after the period leads to the public blacklist', () => {
    expect(build(qualityTermination, notice).text).toContain(
      'Gebruikt u na 10 januari 2027 toch nog stickers, promotiemateriaal of andere uitingen van het keurmerk, dan vermelden wij u op de openbare zwarte lijst op onze website.',
    );
  });

  it('Q5: the archived .docx says every item a-j as the letter model does', async () => {
    const { letter } = build(qualityTermination, notice);
    const docx = docxLines((await readDocx(await renderDocx(letter))).documentXml).join(' ');
    for (const phrase of [
      'Industrieweg 45',
      '31 december 2026',
      'onder de naam van het Keurmerk Kwaliteitsvakman',
      'tot drie maanden na de uitvoering van hun overeenkomst',
      'De contributie over 2026 betalen wij niet terug',
      'geen vertrouwelijke gegevens over elkaar openbaar',
      'geen mededeling over de reden van de beëindiging',
      'uiterlijk op 10 januari 2027',
      'Na 10 januari 2027 gebruikt u geen promotiemateriaal',
      'openbare zwarte lijst',
    ]) {
      expect(docx).toContain(phrase);
    }
  });
});

describe('T16, Q6: the blacklist letter', () => {
  it('Q6: tells of the termination, the period and the violation seen, and quotes the public entry', () => {
    const { letter, text } = build(qualityBlacklist, blacklist, { ...context, date: '2026-12-15' });
    expect(letter.subject).toBe('Vermelding op de zwarte lijst, registratienummer KKV-00012');
    expect(text).toContain('Uw deelnemerschap van Stichting Keurmerk Kwaliteitsvakman is beëindigd op 21 november 2026. Na 1 december 2026 mocht u het keurmerk nergens meer gebruiken; op 8 december 2026 zagen wij dat u dat toch deed.');
    expect(text).toContain('Met ingang van 15 december 2026 staat u op die lijst:');
    expect(letter.blocks.find((b) => b.kind === 'table')).toEqual({
      kind: 'table',
      columns: [{ header: 'Naam', width: 0.38 }, { header: 'Klusbedrijf Jansen B.V.' }],
      rows: [
        ['Plaats', 'Woerden'],
        ['Datum beëindiging', '21 november 2026'],
        ['Overtreding', 'Bedrijfsbus met keurmerkstickers gezien aan de Rijnstraat.'],
        ['Gepubliceerd op', '15 december 2026'],
      ],
    });
  });

  it('Q6: the letter data holds no reason of termination, and an entry without a place says so', () => {
    expect(Object.keys(blacklistLetterData.shape).filter((k) => /reason|reden/i.test(k))).toEqual([]);
    const { letter, text } = build(qualityBlacklist, { ...blacklist, place: null, terminationReason: 'Wanbetaling 2026' });
    expect(text).not.toContain('Wanbetaling');
    expect(text).not.toMatch(/reden/i);
    const table = letter.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]).toEqual(['Plaats', '–']);
  });
});
