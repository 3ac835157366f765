import { HOUSEHOLD_RELATION_LABELS, membershipLetterData } from '../core/contracts/members';
import { formatLongDate, formatMoney } from '../core/contracts/format';
import { addressLines, salutationFor } from './addressee';
import type { DocumentType, LetterContext } from './document-type';
import { placeAndDate } from './general-letter';
import { letterheadFrom } from './letterhead';
import type { LetterBlock } from './model';

/** T8, L2: the membership letter (ledenbrief) a new member receives after registration. */
export const membershipLetter: DocumentType<typeof membershipLetterData> = {
  key: 'membership-letter',
  name: 'Ledenbrief',
  dossierKinds: ['member'],
  data: membershipLetterData,
  build(data, context) {
    const org = context.organisation;
    const started = data.startDate <= context.date;
    const blocks: LetterBlock[] = [
      {
        kind: 'paragraph',
        text: `Hartelijk welkom als lid van ${org.name}! Met deze brief bevestigen wij uw inschrijving.`,
      },
      {
        kind: 'table',
        columns: [{ header: 'Uw lidmaatschap', width: 0.38 }, { header: '' }],
        rows: [
          ['Lidmaatschapsnummer', data.membershipNumber],
          ...householdRows(data),
          [started ? 'Lid sinds' : 'Ingangsdatum', formatLongDate(data.startDate)],
          [`Contributie ${data.contributionYear}`, `${formatMoney(data.contributionCents)} per kalenderjaar`],
        ],
      },
      { kind: 'heading', text: 'Wat uw lidmaatschap u biedt' },
      {
        kind: 'list',
        items: [
          // L1: the membership covers the household.
          data.household.length > 0
            ? 'Uw lidmaatschap geldt voor uw hele huishouden: ook uw huisgenoten kunnen een klus aanmelden.'
            : 'Uw lidmaatschap geldt voor uw hele huishouden; geef de namen van uw huisgenoten aan ons door.',
          'U meldt een klus bij ons aan; wij nodigen tot vijf gescreende dienstverleners voor u uit.',
          'U betaalt de dienstverlener nooit rechtstreeks: u keurt de dienstenbon goed en betaalt aan ons.',
          `Schade tijdens het werk? Wij helpen u bij de afhandeling (eigen risico ${formatMoney(15_000)}).`,
          'Niet tevreden over een dienstverlener? Wij bemiddelen tussen u en de dienstverlener.',
        ],
      },
      { kind: 'heading', text: 'Contributie en betaling' },
      { kind: 'paragraph', text: paymentText(data, context) },
    ];
    return {
      title: `Ledenbrief ${data.membershipNumber} ${data.memberName}`,
      letterhead: letterheadFrom(org),
      addressee: addressLines(data.addressee),
      placeAndDate: placeAndDate(context),
      ourReference: context.ourReference,
      subject: `Welkom als lid, lidmaatschapsnummer ${data.membershipNumber}`,
      salutation: salutationFor(data.addressee),
      blocks,
      closing: 'Met vriendelijke groet,',
      signature: { name: context.signer.name, jobTitle: context.signer.jobTitle, organisation: org.name },
      enclosures: data.mandateFormEnclosed ? ['Machtigingsformulier Europese Incasso'] : [],
    };
  },
};

/** L1: the huisgenoten the membership covers, as rows of the membership table. */
function householdRows(data: typeof membershipLetterData._output): string[][] {
  if (data.household.length === 0) return [];
  return [['Huisgenoten', data.household.map((h) => `${h.name} (${HOUSEHOLD_RELATION_LABELS[h.relation].toLowerCase()})`).join('\n')]];
}

/** L3: collection by SEPA direct debit, only with a signed mandate. */
function paymentText(data: typeof membershipLetterData._output, context: LetterContext): string {
  const amount = `De contributie bedraagt ${formatMoney(data.contributionCents)} per kalenderjaar.`;
  if (data.mandateReference && !data.mandateFormEnclosed) {
    return `${amount} Wij schrijven de contributie automatisch af via een SEPA-incasso, op basis van uw machtiging met kenmerk ${data.mandateReference}. U hoeft daarvoor niets te doen.\n${questionsText(context)}`;
  }
  if (data.mandateFormEnclosed) {
    return `${amount} Wij innen de contributie met een SEPA-incasso (automatische incasso). Wilt u daarvoor het bijgevoegde machtigingsformulier invullen, ondertekenen en aan ons terugsturen? Zonder ondertekende machtiging schrijven wij niets af.\n${questionsText(context)}`;
  }
  return `${amount} Wij innen de contributie met een SEPA-incasso (automatische incasso). Daarvoor hebben wij een ondertekend machtigingsformulier van u nodig. U kunt het formulier aanvragen${contactVia(context)}; ook met andere vragen over uw lidmaatschap kunt u daar terecht.`;
}

function contactVia(context: LetterContext): string {
  const { phone, email } = context.organisation;
  if (phone && email) return ` door ons te bellen op ${phone} of te mailen naar ${email}`;
  if (phone) return ` door ons te bellen op ${phone}`;
  if (email) return ` door te mailen naar ${email}`;
  return ' bij onze servicedesk';
}

function questionsText(context: LetterContext): string {
  const { phone, email } = context.organisation;
  const reach = phone && email ? `belt u ons op ${phone} of mail naar ${email}` : phone ? `belt u ons op ${phone}` : email ? `mail ons via ${email}` : 'neem contact op met onze servicedesk';
  return `Vragen over uw lidmaatschap? ${reach.charAt(0).toUpperCase()}${reach.slice(1)}.`;
}
