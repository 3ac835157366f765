import { complaintAcknowledgementData } from '../core/contracts/complaint-letters';
import { formatLongDate } from '../core/contracts/format';
import { complaintLetter, fullStop, shortQuote } from './complaint-common';
import type { DocumentType } from './document-type';

const THANKS: Record<string, string> = {
  klacht: 'Hartelijk dank voor uw klacht. Het spijt ons dat u niet tevreden bent; wij nemen uw klacht serieus.',
  claim: 'Hartelijk dank voor uw bericht. Wij nemen uw claim serieus en zoeken het voor u uit.',
  opmerking: 'Hartelijk dank voor uw opmerking. Fijn dat u de moeite neemt ons dit te laten weten.',
};

/** T1, K5: the complainant hears that the complaint was received and forwarded, and what follows. */
export const complaintAcknowledgement: DocumentType<typeof complaintAcknowledgementData> = {
  key: 'complaint-acknowledgement',
  name: 'Ontvangstbevestiging klacht',
  dossierKinds: ['complaint'],
  data: complaintAcknowledgementData,
  build(data, context) {
    const org = context.organisation;
    const kind = data.kind;
    return complaintLetter(
      {
        typeName: 'Ontvangstbevestiging klacht',
        addressee: data.addressee,
        dossierNumber: data.dossierNumber,
        subject: `Uw ${kind}, dossier ${data.dossierNumber}`,
        blocks: [
          { kind: 'paragraph', text: THANKS[kind]! },
          { kind: 'paragraph', text: `Op ${formatLongDate(data.receivedOn)} hebben wij uw ${kind} ontvangen. U schreef ons:\n${shortQuote(data.description)}` },
          // K5: forwarded to the team or employee it concerns.
          { kind: 'paragraph', text: fullStop(`Wij hebben uw ${kind} voor verdere behandeling doorgestuurd naar ${data.forwardedTo}`) },
          { kind: 'heading', text: 'Wat u van ons kunt verwachten' },
          {
            kind: 'list',
            items: [
              // K8: the first contact is by phone.
              kind === 'opmerking'
                ? `Op ${formatLongDate(data.firstCallOn)} bellen wij u om uw opmerking te bespreken.`
                : `Op ${formatLongDate(data.firstCallOn)} bellen wij u om uw ${kind} te bespreken en samen naar een oplossing te zoeken.`,
              // K10: otherwise a written answer within six weeks.
              `Kunnen wij uw ${kind} niet direct ${kind === 'opmerking' ? 'afhandelen' : 'oplossen'}, dan ontvangt u uiterlijk op ${formatLongDate(data.answerDue)} een schriftelijk antwoord met onze oplossing of de maatregelen die wij nemen.`,
            ],
          },
          {
            kind: 'paragraph',
            text: `Uw ${kind} is bij ons bekend onder dossiernummer ${data.dossierNumber}. Wilt u dit nummer vermelden als u contact met ons opneemt?`,
          },
          // K14: personal data per the privacy policy.
          {
            kind: 'paragraph',
            text: `Wij gebruiken uw gegevens alleen om uw ${kind} te behandelen en verwerken ze volgens ons privacyreglement en onze privacypolicy${org.website ? `, te lezen op ${org.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}` : ''}.`,
          },
        ],
      },
      context,
    );
  },
};
