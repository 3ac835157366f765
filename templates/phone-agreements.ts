import { phoneAgreementsData } from '../core/contracts/complaint-letters';
import { formatLongDate } from '../core/contracts/format';
import { complaintLetter, reachUs, textBlocks } from './complaint-common';
import type { DocumentType } from './document-type';

/** T2, K9: a complaint solved on the phone; the agreements in writing because the complainant asked. */
export const phoneAgreements: DocumentType<typeof phoneAgreementsData> = {
  key: 'phone-agreements',
  name: 'Bevestiging telefonische afspraken',
  dossierKinds: ['complaint'],
  data: phoneAgreementsData,
  build(data, context) {
    const kind = data.kind;
    return complaintLetter(
      {
        typeName: 'Bevestiging telefonische afspraken',
        addressee: data.addressee,
        dossierNumber: data.dossierNumber,
        subject: `Uw ${kind}, dossier ${data.dossierNumber}`,
        blocks: [
          {
            kind: 'paragraph',
            text: `Op ${formatLongDate(data.calledOn)} hebt u telefonisch met ${data.callerName} gesproken over uw ${kind} van ${formatLongDate(data.receivedOn)}. U vroeg ons de afspraken die wij toen hebben gemaakt schriftelijk te bevestigen. Dat doen wij graag met deze brief.`,
          },
          { kind: 'heading', text: 'Onze afspraken' },
          ...textBlocks(data.agreements),
          // K9: solved by phone, so the complaint is closed with these agreements.
          { kind: 'paragraph', text: `Met deze afspraken is uw ${kind} opgelost en hebben wij uw dossier afgesloten.` },
          {
            kind: 'paragraph',
            text: `Klopt er iets niet in deze bevestiging, of hebben wij iets over het hoofd gezien? Laat het ons dan weten: ${reachUs(context.organisation)}.`,
          },
          { kind: 'paragraph', text: 'Wij danken u voor uw melding: daarmee helpt u ons onze dienstverlening te verbeteren.' },
        ],
      },
      context,
    );
  },
};
