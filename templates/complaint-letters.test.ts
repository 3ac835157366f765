import { describe, expect, it } from 'vitest';
import { appealAcknowledgement } from './appeal-acknowledgement';
import { appealDecision } from './appeal-decision';
import { complaintAcknowledgement } from './complaint-acknowledgement';
import { shortQuote, textBlocks } from './complaint-common';
import { demoContext, demoOrganisation } from './demo-data';
import type { DocumentType, LetterContext } from './document-type';
import { hearingReport } from './hearing-report';
import { MEDIATION_CONDITIONS, mediationRefusal } from './mediation-refusal';
import { mediationResponseRequest } from './mediation-response-request';
import type { LetterModel } from './model';
import { phoneAgreements } from './phone-agreements';
import { documentTypesFor } from './registry';
import { letterText } from './render/html';
import { writtenAnswer } from './written-answer';

const complainant = { name: 'Mevrouw J. de Vries', street: 'Dorpsstraat 12', postcode: '3441ab', city: 'Woerden', salutation: 'Geachte mevrouw De Vries' };
const dossier = { addressee: complainant, dossierNumber: 'K2026-000042', receivedOn: '2026-11-02', kind: 'klacht' };
const context = demoContext({ date: '2026-11-02', ourReference: 'SD-2026-00042', signer: { name: 'Lisa de Groot', jobTitle: 'Dossierverantwoordelijke klachten' } });

function build<S extends DocumentType>(type: S, data: Record<string, unknown>, ctx: LetterContext = context): { letter: LetterModel; text: string } {
  const letter = type.build(type.data.parse({ ...dossier, ...data }), ctx);
  // The text as a person reads it, with line breaks inside paragraphs as spaces.
  return { letter, text: letterText(letter).replace(/\n/g, ' ') };
}

const acknowledgement = { description: 'De schilder kwam te laat en de verf bladdert af.', forwardedTo: 'team Woningonderhoud', firstCallOn: '2026-11-03', answerDue: '2026-12-14' };
const appeal = { appealReceivedOn: '2026-12-22', late: false, hearing: null, decisionDue: '2027-01-22' };
const decision = { appealReceivedOn: '2026-12-22', hearingHeldOn: '2027-01-06', outcome: 'gegrond', reasons: 'De verf is niet goed aangebracht.', measures: null, directorName: 'drs. H. Verbeek-Çelik' };

describe('T1-T7: the letters of the complaint procedure', () => {
  it('T1-T7: every letter is offered in complaint dossiers only, names the dossier in subject and reference, and is signed', () => {
    const keys = documentTypesFor('complaint').map((t) => t.key);
    for (const key of ['complaint-acknowledgement', 'phone-agreements', 'written-answer', 'appeal-acknowledgement', 'hearing-report', 'appeal-decision', 'mediation-response-request', 'mediation-refusal']) {
      expect(keys).toContain(key);
      expect(documentTypesFor('member').map((t) => t.key)).not.toContain(key);
    }
    const { letter } = build(complaintAcknowledgement, acknowledgement);
    expect(letter).toMatchObject({
      title: 'Ontvangstbevestiging klacht K2026-000042 Mevrouw J. de Vries',
      addressee: ['Mevrouw J. de Vries', 'Dorpsstraat 12', '3441 AB  WOERDEN'],
      placeAndDate: 'Woerden, 2 november 2026',
      ourReference: 'K2026-000042',
      subject: 'Uw klacht, dossier K2026-000042',
      salutation: 'Geachte mevrouw De Vries,',
      closing: 'Met vriendelijke groet,',
      signature: { name: 'Lisa de Groot', jobTitle: 'Dossierverantwoordelijke klachten', organisation: 'Servicedesk Woerden' },
    });
    expect(letter.ourReference).not.toBe(context.ourReference);
  });

  it('T1/K5: acknowledgement states the forwarding, the first call day (K8) and the answer deadline (K10)', () => {
    const { text } = build(complaintAcknowledgement, acknowledgement);
    expect(text).toContain('Op 2 november 2026 hebben wij uw klacht ontvangen. U schreef ons: „De schilder kwam te laat en de verf bladdert af.”');
    expect(text).toContain('Wij hebben uw klacht voor verdere behandeling doorgestuurd naar team Woningonderhoud.');
    expect(text).toContain('Op 3 november 2026 bellen wij u');
    expect(text).toContain('uiterlijk op 14 december 2026 een schriftelijk antwoord');
    expect(text).toContain('dossiernummer K2026-000042');
  });

  it('T1/K14: acknowledgement says personal data is processed per the privacy policy', () => {
    expect(build(complaintAcknowledgement, acknowledgement).text).toContain('volgens ons privacyreglement en onze privacypolicy, te lezen op www.servicedesk-woerden.nl.');
  });

  it('T1/K1: the kind is named in lower case: a remark is acknowledged as "opmerking"', () => {
    const { letter, text } = build(complaintAcknowledgement, { ...acknowledgement, kind: 'opmerking', forwardedTo: 'Klusbedrijf Jansen B.V.' });
    expect(letter.subject).toBe('Uw opmerking, dossier K2026-000042');
    expect(text).toContain('Hartelijk dank voor uw opmerking.');
    expect(text).toContain('doorgestuurd naar Klusbedrijf Jansen B.V. ');
    expect(text).not.toMatch(/B\.V\.\./);
    expect(text).not.toMatch(/uw klacht/);
  });

  it('T1: a long description is quoted short, cut at a word', () => {
    const long = 'De schilder kwam op 14 oktober pas om half twaalf in plaats van om acht uur. '.repeat(6);
    const quote = shortQuote(long);
    expect(quote.length).toBeLessThanOrEqual(204);
    expect(quote).toMatch(/^„De schilder kwam .* …”$/);
    expect(shortQuote('Kort.\n\nEn bondig.')).toBe('„Kort. En bondig.”');
  });

  it('T2/K9: phone agreements confirm the call and list the agreements, and close the complaint', () => {
    const agreements = 'Wij hebben afgesproken:\n- De kozijnen worden opnieuw geschilderd.\n- U ontvangt € 45,00.\nWij bellen u op 19 november.';
    const { letter, text } = build(phoneAgreements, { calledOn: '2026-11-03', callerName: 'mevrouw L. de Groot', agreements });
    expect(letter.subject).toBe('Uw klacht, dossier K2026-000042');
    expect(text).toContain('Op 3 november 2026 hebt u telefonisch met mevrouw L. de Groot gesproken over uw klacht van 2 november 2026.');
    const heading = letter.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Onze afspraken');
    expect(letter.blocks.slice(heading + 1, heading + 4)).toEqual([
      { kind: 'paragraph', text: 'Wij hebben afgesproken:' },
      { kind: 'list', items: ['De kozijnen worden opnieuw geschilderd.', 'U ontvangt € 45,00.'] },
      { kind: 'paragraph', text: 'Wij bellen u op 19 november.' },
    ]);
    expect(text).toContain('Met deze afspraken is uw klacht opgelost en hebben wij uw dossier afgesloten.');
    expect(text).toContain('Klopt er iets niet in deze bevestiging');
  });

  it('T2: typed text keeps line breaks, splits paragraphs on blank lines and lists "- " lines', () => {
    expect(textBlocks('Eén\ntwee\n\n- a\n• b\nDrie')).toEqual([
      { kind: 'paragraph', text: 'Eén\ntwee' },
      { kind: 'list', items: ['a', 'b'] },
      { kind: 'paragraph', text: 'Drie' },
    ]);
  });

  it('T3/K10: the written answer states the complaint and the proposed solution under their headings', () => {
    const { letter } = build(writtenAnswer, { complaintSummary: 'De verf bladdert af.', proposedSolution: 'Wij laten het opnieuw schilderen.', directorName: null });
    const headings = letter.blocks.map((b) => (b.kind === 'heading' ? b.text : null));
    const at = (heading: string) => letter.blocks[headings.indexOf(heading) + 1];
    expect(at('Uw klacht')).toEqual({ kind: 'paragraph', text: 'De verf bladdert af.' });
    expect(at('Onze oplossing / maatregelen')).toEqual({ kind: 'paragraph', text: 'Wij laten het opnieuw schilderen.' });
    expect(letter.title).toBe('Schriftelijk antwoord K2026-000042 Mevrouw J. de Vries');
  });

  it('T3/K11: the written answer tells how to appeal: within one month, in writing, to the director at our postal address', () => {
    const org = { ...demoOrganisation, postalStreet: 'Postbus 2055', postalPostcode: '3440 DB', postalCity: 'Woerden' };
    const data = { complaintSummary: 'De verf bladdert af.', proposedSolution: 'Wij laten het opnieuw schilderen.' };
    const named = build(writtenAnswer, { ...data, directorName: 'mevrouw drs. H. Verbeek-Çelik' }, { ...context, organisation: org }).text;
    expect(named).toContain('Dan kunt u binnen één maand na ontvangst van deze brief schriftelijk bezwaar maken bij de directeur, mevrouw drs. H. Verbeek-Çelik.');
    expect(named).toContain('naar Servicedesk Woerden, t.a.v. de directeur, Postbus 2055, 3440 DB Woerden.');
    // K12: the complainant may explain the appeal orally.
    expect(named).toContain('U kunt uw bezwaar mondeling toelichten, telefonisch of op ons hoofdkantoor.');
    const unnamed = build(writtenAnswer, { ...data, directorName: null }).text;
    expect(unnamed).toContain('schriftelijk bezwaar maken bij de directeur. Stuur');
    expect(unnamed).toContain('t.a.v. de directeur, Korenmolenlaan 2, 3477 GG Woerden.');
  });

  it('T4/K11: appeal acknowledgement says when it arrived, and that a late appeal was admitted by the director', () => {
    const onTime = build(appealAcknowledgement, appeal);
    expect(onTime.letter.subject).toBe('Uw bezwaar, dossier K2026-000042');
    expect(onTime.text).toContain('Op 22 december 2026 hebben wij uw bezwaar ontvangen');
    expect(onTime.text).not.toContain('termijn');
    const late = build(appealAcknowledgement, { ...appeal, appealReceivedOn: '2027-01-18', late: true }).text;
    expect(late).toContain('Op 18 januari 2027 hebben wij uw bezwaar ontvangen');
    expect(late).toContain('Uw bezwaar kwam bij ons binnen na de termijn van één maand. De directeur heeft besloten uw bezwaar toch in behandeling te nemen.');
  });

  it('T4/K12: appeal acknowledgement invites to a hearing by phone, at the head office, or asks to call to plan one', () => {
    const phone = build(appealAcknowledgement, { ...appeal, hearing: { kind: 'telefonisch', at: '2027-01-06T10:30' } }).text;
    expect(phone).toContain('Wij nodigen u uit uw bezwaar telefonisch toe te lichten op 6 januari 2027 om 10:30 uur.');
    const office = build(appealAcknowledgement, { ...appeal, hearing: { kind: 'hoofdkantoor', at: '2027-02-02T14:00' } }).text;
    expect(office).toContain('op ons hoofdkantoor, Korenmolenlaan 2, 3477 GG Woerden, op 2 februari 2027 om 14:00 uur.');
    const none = build(appealAcknowledgement, appeal).text;
    expect(none).toContain('Belt u ons dan op 0900 - 20 20 505 om de afspraak in te plannen.');
    for (const text of [phone, office, none]) {
      expect(text).toContain('Van het gesprek maken wij een verslag. U ontvangt daarvan een afschrift.');
      // K13: the decision follows by the due day.
      expect(text).toContain('uiterlijk op 22 januari 2027');
    }
  });

  it('T4/K12: the hearing time is printed as typed, local time, even in the hour skipped by summer time', () => {
    const text = build(appealAcknowledgement, { ...appeal, hearing: { kind: 'telefonisch', at: '2027-03-28T02:30' } }).text;
    expect(text).toContain('op 28 maart 2027 om 02:30 uur');
    expect(() => build(appealAcknowledgement, { ...appeal, hearing: { kind: 'telefonisch', at: 'morgen' } })).toThrow(/morgen/);
  });

  it('T5/K12: the hearing report is a copy for the complainant, with the facts in a table and the report in paragraphs', () => {
    const report = 'Mevrouw De Vries licht toe dat de verf loslaat.\n\nDe directeur vraagt Klusbedrijf Jansen om een reactie.';
    const { letter, text } = build(hearingReport, { appealReceivedOn: '2026-12-22', hearingKind: 'hoofdkantoor', heldOn: '2027-01-06', participants: 'mevrouw J. de Vries, de directeur', report });
    expect(letter.subject).toBe('Gespreksverslag over uw bezwaar, dossier K2026-000042');
    expect(text).toContain('Hierbij ontvangt u een afschrift van het verslag van ons gesprek op het hoofdkantoor over uw bezwaar van 22 december 2026.');
    const table = letter.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({
      columns: [{ header: 'Dossier' }, { header: 'K2026-000042' }],
      rows: [
        ['Datum gesprek', '6 januari 2027'],
        ['Vorm', 'op het hoofdkantoor'],
        ['Aanwezig', 'mevrouw J. de Vries, de directeur'],
      ],
    });
    expect(letter.blocks).toContainEqual({ kind: 'paragraph', text: 'Mevrouw De Vries licht toe dat de verf loslaat.' });
    expect(letter.blocks).toContainEqual({ kind: 'paragraph', text: 'De directeur vraagt Klusbedrijf Jansen om een reactie.' });
    const byPhone = build(hearingReport, { appealReceivedOn: '2026-12-22', hearingKind: 'telefonisch', heldOn: '2027-01-06', participants: 'x', report: 'y' }).letter;
    expect(byPhone.blocks.find((b) => b.kind === 'table')).toMatchObject({ rows: [['Datum gesprek', '6 januari 2027'], ['Vorm', 'telefonisch'], ['Aanwezig', 'x']] });
  });

  it('T6/K13: the decision states the outcome per value, the reasons and the measures, and is the last step', () => {
    const outcomes = {
      gegrond: 'Ik verklaar uw bezwaar gegrond.',
      deels_gegrond: 'Ik verklaar uw bezwaar deels gegrond',
      ongegrond: 'Ik verklaar uw bezwaar ongegrond.',
    };
    for (const [outcome, sentence] of Object.entries(outcomes)) {
      const { letter, text } = build(appealDecision, { ...decision, outcome, measures: 'Een andere schilder herstelt de kozijnen.' });
      expect(letter.subject).toBe('Uitspraak op uw bezwaar, dossier K2026-000042');
      expect(text).toContain(sentence);
      expect(text).toContain('Op 6 januari 2027 hebt u het mondeling toegelicht');
      expect(text).toContain('Motivering De verf is niet goed aangebracht.');
      expect(text).toContain('Maatregelen Een andere schilder herstelt de kozijnen.');
      expect(text).toContain('Dit is de laatste stap van de klachtenprocedure');
    }
    const withoutMeasures = build(appealDecision, decision).letter;
    expect(withoutMeasures.blocks).not.toContainEqual({ kind: 'heading', text: 'Maatregelen' });
  });

  it('T6/K11: a late appeal not admitted is declared niet-ontvankelijk', () => {
    const text = build(appealDecision, { ...decision, outcome: 'niet_ontvankelijk', hearingHeldOn: null }).text;
    expect(text).toContain('Ik verklaar uw bezwaar niet-ontvankelijk. Uw bezwaar kwam binnen na de termijn van één maand');
    expect(text).not.toContain('opnieuw beoordeeld');
  });

  it('T6/K13: the decision is signed by the director, not by the person sending it', () => {
    const { letter } = build(appealDecision, decision);
    expect(letter.signature).toEqual({ name: 'drs. H. Verbeek-Çelik', jobTitle: 'Directeur', organisation: 'Servicedesk Woerden' });
  });

  it('T7/B2: the request puts the complaint to the provider and asks for a response by the due day (hoor en wederhoor)', () => {
    const provider = { name: 'Klusbedrijf Jansen B.V.', attention: 'de heer P. Jansen', street: 'Industrieweg 45', postcode: '3446 CG', city: 'Woerden' };
    const data = {
      addressee: provider,
      complainantName: 'mevrouw J. de Vries',
      description: 'De verf bladdert af.',
      responseDue: '2026-11-19',
      emailSubject: 'Klacht van J. de Vries aan het adres van Klusbedrijf Jansen B.V.',
      providerAboutCustomer: false,
    };
    const { letter, text } = build(mediationResponseRequest, data);
    expect(letter.addressee[0]).toBe('Klusbedrijf Jansen B.V.');
    expect(letter.subject).toBe('Klacht van mevrouw J. de Vries, dossier K2026-000042');
    expect(text).toContain('Op 2 november 2026 hebben wij een klacht ontvangen van mevrouw J. de Vries. Het gaat om de opdracht die u voor mevrouw J. de Vries hebt uitgevoerd.');
    expect(text).toContain('„De verf bladdert af.”');
    expect(text).toContain('hoor en wederhoor');
    expect(text).toContain('uiterlijk op 19 november 2026');
    expect(text).toContain('bepalen wij of en zo ja hoe wij bemiddelen');
    // B4: the e-mail subject exactly, on a line of its own.
    expect(letterText(letter).split('\n')).toContain('Klacht van J. de Vries aan het adres van Klusbedrijf Jansen B.V.');
    expect(text).toContain('per e-mail naar info@servicedesk-woerden.nl');

    // B5: a provider complaining about a customer; the letter goes to the customer.
    const reverse = build(mediationResponseRequest, { ...data, addressee: complainant, complainantName: 'Klusbedrijf Jansen B.V.', providerAboutCustomer: true }).text;
    expect(reverse).toContain('een klacht ontvangen van Klusbedrijf Jansen B.V. Het gaat om de opdracht die Klusbedrijf Jansen B.V. bij u heeft uitgevoerd.');
  });

  it('T7/B3: the refusal lists every failing condition, explains all conditions must hold, and how to reapply', () => {
    const failing = ['U hebt Klusbedrijf Jansen B.V. nog niet op de hoogte gebracht.', 'De garantie is verlopen.'];
    const { letter, text } = build(mediationRefusal, { providerName: 'Klusbedrijf Jansen B.V.', failingConditions: failing });
    expect(letter.subject).toBe('Uw klacht over Klusbedrijf Jansen B.V., dossier K2026-000042');
    expect(text).toContain('Op 2 november 2026 vroeg u ons te bemiddelen bij uw klacht over Klusbedrijf Jansen B.V. Helaas is bemiddeling op dit moment niet mogelijk. De redenen zijn:');
    expect(letter.blocks).toContainEqual({ kind: 'list', items: failing });
    expect(text).toContain('Wij kunnen alleen bemiddelen als aan al deze voorwaarden is voldaan:');
    expect(letter.blocks).toContainEqual({ kind: 'list', items: MEDIATION_CONDITIONS });
    expect(MEDIATION_CONDITIONS).toHaveLength(6);
    expect(text).toContain('Dan kunt u opnieuw om bemiddeling vragen');
    const one = build(mediationRefusal, { providerName: 'Klusbedrijf Jansen B.V.', failingConditions: ['De garantie is verlopen.'] }).text;
    expect(one).toContain('De reden is: De garantie is verlopen.');
  });
});
