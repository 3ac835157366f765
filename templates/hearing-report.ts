import { hearingReportData } from '../core/contracts/complaint-letters';
import { formatLongDate } from '../core/contracts/format';
import { complaintLetter, textBlocks } from './complaint-common';
import type { DocumentType } from './document-type';

const FORM = { telefonisch: 'telefonisch', hoofdkantoor: 'op het hoofdkantoor' } as const;

/** T5, K12: the complainant's copy of the report of the hearing on the appeal. */
export const hearingReport: DocumentType<typeof hearingReportData> = {
  key: 'hearing-report',
  name: 'Gespreksverslag',
  dossierKinds: ['complaint'],
  data: hearingReportData,
  build(data, context) {
    const conversation = data.hearingKind === 'telefonisch' ? 'ons telefoongesprek' : 'ons gesprek op het hoofdkantoor';
    return complaintLetter(
      {
        typeName: 'Gespreksverslag',
        addressee: data.addressee,
        dossierNumber: data.dossierNumber,
        subject: `Gespreksverslag over uw bezwaar, dossier ${data.dossierNumber}`,
        blocks: [
          {
            kind: 'paragraph',
            text: `Hierbij ontvangt u een afschrift van het verslag van ${conversation} over uw bezwaar van ${formatLongDate(data.appealReceivedOn)}.`,
          },
          {
            kind: 'table',
            columns: [{ header: 'Dossier', width: 0.3 }, { header: data.dossierNumber }],
            rows: [
              ['Datum gesprek', formatLongDate(data.heldOn)],
              ['Vorm', FORM[data.hearingKind]],
              ['Aanwezig', data.participants],
            ],
          },
          { kind: 'heading', text: 'Verslag' },
          ...textBlocks(data.report),
          // K13: the director decides with this report, so corrections must come first.
          { kind: 'paragraph', text: 'Klopt er iets niet in dit verslag? Laat het ons dan weten voordat de directeur uitspraak doet.' },
        ],
      },
      context,
    );
  },
};
