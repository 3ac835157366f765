import { formatLongDate } from '../core/contracts/format';
import { blacklistLetterData } from '../core/contracts/quality-letters';
import { quotedBlocks, reachUs } from './complaint-common';
import type { DocumentType } from './document-type';
import { FOUNDATION, QUALITY_MARK, qualityLetter } from './quality-common';

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
        subject: `Vermelding op de zwarte lijst ${QUALITY_MARK}, registratienummer ${data.registrationNumber}`,
        blocks: [
          {
            kind: 'paragraph',
            text: `Het deelnemerschap van ${data.participantName} bij ${FOUNDATION} is beëindigd op ${ends}. Vanaf die datum mocht u het keurmerk niet meer gebruiken. Stickers en promotiemateriaal van het keurmerk moesten uiterlijk op ${deadline} verwijderd zijn.`,
          },
          { kind: 'paragraph', text: `Op ${formatLongDate(data.violationSeenOn)} hebben wij vastgesteld dat u het keurmerk toch nog gebruikt:` },
          ...quotedBlocks(data.violation),
          {
            kind: 'paragraph',
            text: `In de brief over de beëindiging hebben wij u laten weten dat wij een oud-deelnemer die het keurmerk blijft gebruiken vermelden op de openbare zwarte lijst op onze website. Daarom staat u met ingang van ${published} op de zwarte lijst, met deze vermelding:`,
          },
          {
            kind: 'table',
            columns: [{ header: 'Zwarte lijst', width: 0.38 }, { header: '' }],
            rows: [
              ['Naam', data.participantName],
              ['Plaats', data.place?.trim() || '–'],
              ['Datum beëindiging', ends],
              ['Overtreding', data.violation],
              ['Gepubliceerd op', published],
            ],
          },
          {
            kind: 'paragraph',
            text: `Wij verzoeken u dringend elk gebruik van het keurmerk direct te stoppen. Hebt u vragen over deze brief? Dan ${reachUs(context.organisation)}, met vermelding van uw registratienummer ${data.registrationNumber}.`,
          },
        ],
      },
      context,
    );
  },
};
