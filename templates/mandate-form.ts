import { friendlyFormatIBAN } from 'ibantools';
import { mandateFormData, type MandateFormData } from '../core/contracts/members';
import type { Organisation } from '../core/contracts/settings';
import { addressLines, salutationFor } from './addressee';
import type { DocumentType } from './document-type';
import { placeAndDate } from './general-letter';
import { letterheadFrom } from './letterhead';
import type { LetterBlock } from './model';

/**
 * An open field to fill in by hand: two blank lines give room to write above the rule. Non-breaking
 * spaces, because a browser collapses a line with nothing on it (Word does not), and the preview
 * must show what the .docx prints.
 */
const BLANK_LINE = '\u00a0';
const OPEN = [BLANK_LINE, BLANK_LINE].join('\n');
/** Room for a signature. */
const SIGNATURE_SPACE = [BLANK_LINE, BLANK_LINE, BLANK_LINE, BLANK_LINE].join('\n');

/** What the payment is for, on the form and (later) on the member's bank statement. */
export function paymentReason(membershipNumber: string): string {
  return `Contributie lidmaatschap ${membershipNumber}`;
}

/**
 * L3: the standard text of a recurrent SEPA mandate as the Dutch banks publish it
 * (Betaalvereniging Nederland, model "doorlopende machtiging").
 */
export function standardMandateText(creditorName: string, reason: string): string[] {
  return [
    `Door ondertekening van dit formulier geeft u toestemming aan ${creditorName} om doorlopende incasso-opdrachten te sturen naar uw bank om een bedrag van uw rekening af te schrijven wegens ${reason.charAt(0).toLowerCase()}${reason.slice(1)} en aan uw bank om doorlopend een bedrag van uw rekening af te schrijven overeenkomstig de opdracht van ${creditorName}.`,
    'Als u het niet eens bent met deze afschrijving kunt u deze laten terugboeken. Neem hiervoor binnen 8 weken na afschrijving contact op met uw bank. Vraag uw bank naar de voorwaarden.',
  ];
}

const REQUEST_SENTENCES: Record<NonNullable<MandateFormData['requestedVia']>, string> = {
  telefoon: 'U vroeg ons telefonisch om een machtigingsformulier; hierbij ontvangt u het.',
  email: 'U vroeg ons per e-mail om een machtigingsformulier; hierbij ontvangt u het.',
  post: 'U vroeg ons per brief om een machtigingsformulier; hierbij ontvangt u het.',
  balie: 'U vroeg ons aan de balie om een machtigingsformulier; hierbij ontvangt u het.',
};

/** T9, L3: Machtigingsformulier Europese Incasso, pre-filled with what we know of the member. */
export const mandateForm: DocumentType<typeof mandateFormData> = {
  key: 'mandate-form',
  name: 'Machtigingsformulier Europese Incasso',
  dossierKinds: ['member'],
  data: mandateFormData,
  build(data, context) {
    const org = context.organisation;
    const reason = paymentReason(data.membershipNumber);
    const intro = data.requestedVia ? REQUEST_SENTENCES[data.requestedVia] : 'Hierbij ontvangt u het machtigingsformulier voor de automatische incasso van uw contributie.';
    // The letter on page 1; the form on a page of its own, to be signed and returned without the letter.
    const blocks: LetterBlock[] = [
      { kind: 'paragraph', text: `${intro} Het formulier vindt u op de volgende pagina.` },
      { kind: 'paragraph', text: returnText(org) },
      { kind: 'paragraph', text: prefillText(data) },
    ];
    const form: LetterBlock[] = [
      { kind: 'paragraph', text: 'Doorlopende SEPA-machtiging' },
      {
        kind: 'table',
        columns: [{ header: 'Gegevens incassant', width: 0.38 }, { header: '' }],
        rows: [
          ['Naam incassant', org.name],
          ['Adres incassant', creditorAddress(org)],
          ['Incassant-ID', org.sepaCreditorId ?? ''],
          ['Kenmerk machtiging', data.mandateReference],
          ['Reden betaling', reason],
        ],
      },
      ...standardMandateText(org.name, reason).map((text): LetterBlock => ({ kind: 'paragraph', text })),
      {
        kind: 'table',
        columns: [{ header: 'Gegevens rekeninghouder', width: 0.38 }, { header: '' }],
        rows: [
          ['Naam', data.accountHolder ?? OPEN],
          ['Adres', data.street ?? OPEN],
          ['Postcode en woonplaats', [data.postcode, data.city].filter(Boolean).join(' ') || OPEN],
          ['Land', data.country ?? (data.street ? 'Nederland' : OPEN)],
          ['Rekeningnummer (IBAN)', data.iban ? (friendlyFormatIBAN(data.iban) ?? data.iban) : OPEN],
          ['Bank Identificatie (BIC)*', data.bic ?? OPEN],
          ['Plaats en datum', OPEN],
          ['Handtekening', SIGNATURE_SPACE],
        ],
      },
      { kind: 'paragraph', text: `* Geen verplicht gegeven bij een Nederlands rekeningnummer (IBAN).\nOndertekend terugsturen naar ${returnAddress(org)}.` },
    ];
    return {
      title: `Machtigingsformulier ${data.mandateReference} aan ${data.addressee.name}`,
      letterhead: letterheadFrom(org),
      addressee: addressLines(data.addressee),
      placeAndDate: placeAndDate(context),
      ourReference: context.ourReference,
      yourReference: undefined,
      subject: `Machtigingsformulier Europese Incasso, kenmerk ${data.mandateReference}`,
      salutation: salutationFor(data.addressee),
      blocks,
      closing: 'Met vriendelijke groet,',
      signature: { name: context.signer.name, jobTitle: context.signer.jobTitle, organisation: org.name },
      enclosures: [],
      appendix: { title: 'Machtigingsformulier Europese Incasso', blocks: form },
    };
  },
};

function creditorAddress(org: Organisation): string {
  const street = org.postalStreet ?? org.visitingStreet;
  const place = [org.postalPostcode ?? org.visitingPostcode, org.postalCity ?? org.visitingCity].filter(Boolean).join(' ');
  return [street, place].filter(Boolean).join('\n');
}

function prefillText(data: MandateFormData): string {
  if (data.accountHolder || data.iban || data.street) {
    return `Wij hebben het formulier alvast ingevuld met het kenmerk van uw machtiging (${data.mandateReference}) en de gegevens die wij van u kennen. Klopt er iets niet, verbeter het dan op het formulier.`;
  }
  return `Het kenmerk van uw machtiging (${data.mandateReference}) staat al op het formulier; de overige gegevens vult u zelf in.`;
}

function returnAddress(org: Organisation): string {
  return [org.name, creditorAddress(org).replace('\n', ', ')].filter(Boolean).join(', ');
}

/** Where the signed form goes: the postal address, or scanned by e-mail. */
function returnText(org: Organisation): string {
  const to = [`per post naar ${returnAddress(org)}`, org.email ? `ingescand per e-mail naar ${org.email}` : null].filter(Boolean).join(' of ');
  return `Wilt u het formulier controleren, aanvullen, ondertekenen en ${to} terugsturen? Zonder ondertekende machtiging schrijven wij niets van uw rekening af.`;
}
