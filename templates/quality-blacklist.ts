import { formatLongDate } from '../core/contracts/format';
import { blacklistLetterData } from '../core/contracts/quality-letters';
import { reachUs } from './complaint-common';
import type { DocumentType } from './document-type';
import { FOUNDATION, qualityLetter } from './quality-common';

/**
 * T16, Q6: the former participant is told it is on the public blacklist, with the entry exactly as
 * published. The entry holds what was seen, never the reason of termination.
 */
export const qualityBlacklist: DocumentType<typeof blacklistLetterData> = {
  key: 'quality-blacklist',
  name: 'Vermelding zwarte lijst keurmerk',
  dossierKinds: ['quality'],
  data: blacklistLetterData,
  build(data, context) {
    const ends = formatLongDate(data.terminationDate);
    const deadline = formatLongDate(data.stickerDeadline);
    const published = formatLongDate(data.publishedOn);
    return qualityLetter(
      {
        typeName: 'Vermelding zwarte lijst',
        addressee: data.addressee,
        participantName: data.participantName,
        registrationNumber: data.registrationNumber,
        subject: `Vermelding op de zwarte lijst, registratienummer ${data.registrationNumber}`,
        blocks: [
          {
            kind: 'paragraph',
            text: `Uw deelnemerschap van ${FOUNDATION} is beëindigd op ${ends}. Na ${deadline} mocht u het keurmerk nergens meer gebruiken; op ${formatLongDate(data.violationSeenOn)} zagen wij dat u dat toch deed.`,
          },
          {
            kind: 'paragraph',
            text: `Zoals wij u bij de beëindiging schreven, komt een oud-deelnemer die het keurmerk blijft gebruiken op de openbare zwarte lijst. Met ingang van ${published} staat u op die lijst:`,
          },
          {
            kind: 'table',
            // The entry's name as the header row: the table is the entry, and the letter stays on one page.
            columns: [{ header: 'Naam', width: 0.38 }, { header: data.participantName }],
            rows: [
              ['Plaats', data.place?.trim() || '–'],
              ['Datum beëindiging', ends],
              ['Overtreding', data.violation],
              ['Gepubliceerd op', published],
            ],
          },
          {
            kind: 'paragraph',
            text: `Wij verzoeken u dringend elk gebruik van het keurmerk direct te stoppen. Vragen? Dan ${reachUs(context.organisation)}.`,
          },
        ],
      },
      context,
    );
  },
};
