import { formatLongDate } from '../core/contracts/format';
import { terminationLetterData, type TerminationLetterData } from '../core/contracts/quality-letters';
import { reachUs } from './complaint-common';
import type { DocumentType, LetterContext } from './document-type';
import type { LetterBlock } from './model';
import { FOUNDATION, QUALITY_MARK, qualityLetter } from './quality-common';

/**
 * T15, Q5 a-j: the termination letter, confirming the participant's notice or stating the board's
 * decision. It never states a reason (Q5 g): the data has none.
 */
export const qualityTermination: DocumentType<typeof terminationLetterData> = {
  key: 'quality-termination',
  name: 'Beëindiging deelnemerschap keurmerk',
  dossierKinds: ['quality'],
  data: terminationLetterData,
  build(data, context) {
    const ends = formatLongDate(data.terminationDate);
    const deadline = formatLongDate(data.stickerDeadline);
    const blocks: LetterBlock[] = [
      { kind: 'paragraph', text: opening(data, context) },
      // Q5 a, b
      {
        kind: 'table',
        columns: [{ header: 'Beëindiging deelnemerschap', width: 0.38 }, { header: '' }],
        rows: [
          ['Naam', data.address.name],
          ['Adres', data.address.street],
          ['Plaats', [data.address.postcode, data.address.city].filter((p) => p.trim()).join(' ')],
          ['Registratienummer', data.registrationNumber],
          ['Datum beëindiging', ends],
          ['Stickers verwijderd', `uiterlijk op ${deadline}`],
        ],
      },
      { kind: 'paragraph', text: 'Hieronder leest u wat de beëindiging voor u betekent.' },
      { kind: 'heading', text: `Vanaf ${ends}` },
      {
        kind: 'list',
        items: [
          // Q5 c
          `Vanaf ${ends} brengt u geen offertes meer uit en voert u geen werkzaamheden meer uit onder de naam van het ${QUALITY_MARK}. U presenteert het keurmerk ook niet meer naar buiten, bijvoorbeeld op uw website, in advertenties of op uw briefpapier.`,
          // Q5 d
          `Na ${ends} nemen wij geen klachten meer in behandeling die u indient of die over u gaan. Uw klanten houden wel het recht om tot drie maanden na de uitvoering van hun overeenkomst met u een klacht over u in te dienen; zo’n klacht nemen wij ook na ${ends} in behandeling.`,
          // Q5 e
          `De contributie over ${data.contributionYear} betalen wij niet terug, ook niet voor een deel.`,
        ],
      },
      { kind: 'heading', text: `Uiterlijk ${deadline}` },
      {
        kind: 'list',
        items: [
          // Q5 h
          `U verwijdert de stickers van het keurmerk direct na ${ends} van uw voertuigen, en uiterlijk op ${deadline}.`,
          // Q5 i
          `Na ${deadline} gebruikt u geen promotiemateriaal van het keurmerk meer, zoals folders, bouwborden, visitekaartjes of reclame met het logo.`,
        ],
      },
      { kind: 'heading', text: 'Afspraken over en weer' },
      {
        kind: 'list',
        items: [
          // Q5 f
          `${FOUNDATION} en u maken geen vertrouwelijke gegevens over elkaar openbaar en doen geen negatieve uitlatingen over elkaar.`,
          // Q5 g: the only sentence about a reason; the letter itself states none.
          `${FOUNDATION} doet naar buiten geen mededeling over de reden van de beëindiging.`,
        ],
      },
      { kind: 'heading', text: 'Zwarte lijst' },
      // Q5 j
      {
        kind: 'paragraph',
        text: `Gebruikt u na ${deadline} toch nog stickers, promotiemateriaal of andere uitingen van het keurmerk, dan vermelden wij u op de openbare zwarte lijst op onze website. Daarop staan uw naam, uw plaats, de datum van beëindiging en wat wij hebben vastgesteld.`,
      },
      { kind: 'paragraph', text: closingText(data, context) },
    ];
    return qualityLetter(
      {
        typeName: 'Beëindiging deelnemerschap',
        addressee: data.addressee,
        participantName: data.participantName,
        registrationNumber: data.registrationNumber,
        subject: `Beëindiging deelnemerschap keurmerk, registratienummer ${data.registrationNumber}`,
        blocks,
      },
      context,
    );
  },
};

/** Q4: the participant's notice is confirmed; the board's decision is stated, never its grounds. */
function opening(data: TerminationLetterData, context: LetterContext): string {
  const ends = formatLongDate(data.terminationDate);
  const when = data.terminationDate <= context.date ? `is beëindigd op ${ends}` : `eindigt op ${ends}`;
  if (data.terminatedBy === 'deelnemer') {
    const received = data.noticeReceivedOn ? `Op ${formatLongDate(data.noticeReceivedOn)} ontvingen wij uw` : 'Wij ontvingen uw';
    return `${received} schriftelijke opzegging van het deelnemerschap van ${FOUNDATION}. Met deze brief bevestigen wij dat het deelnemerschap van ${data.participantName} ${when}.`;
  }
  return `Het bestuur van ${FOUNDATION} heeft besloten het deelnemerschap van ${data.participantName} te beëindigen. Het deelnemerschap ${when}.`;
}

function closingText(data: TerminationLetterData, context: LetterContext): string {
  const thanks = data.terminatedBy === 'deelnemer' ? 'Wij danken u voor uw deelname aan het keurmerk. ' : '';
  return `${thanks}Hebt u vragen over deze brief? Dan ${reachUs(context.organisation)}, met vermelding van uw registratienummer ${data.registrationNumber}.`;
}
