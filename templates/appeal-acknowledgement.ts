import { appealAcknowledgementData, type AppealAcknowledgementData } from '../core/contracts/complaint-letters';
import type { Organisation } from '../core/contracts/settings';
import { formatLongDate } from '../core/contracts/format';
import { capitalise, complaintLetter, hearingMoment, inlineAddress, reachUs, visitingAddress } from './complaint-common';
import type { DocumentType } from './document-type';

/** T4, K11-K12: the appeal was received (a late one admitted); an invitation to explain it orally. */
export const appealAcknowledgement: DocumentType<typeof appealAcknowledgementData> = {
  key: 'appeal-acknowledgement',
  name: 'Ontvangstbevestiging bezwaar',
  dossierKinds: ['complaint'],
  data: appealAcknowledgementData,
  build(data, context) {
    const org = context.organisation;
    const kind = data.kind;
    return complaintLetter(
      {
        typeName: 'Ontvangstbevestiging bezwaar',
        addressee: data.addressee,
        dossierNumber: data.dossierNumber,
        subject: `Uw bezwaar, dossier ${data.dossierNumber}`,
        blocks: [
          {
            kind: 'paragraph',
            text: `Op ${formatLongDate(data.appealReceivedOn)} hebben wij uw bezwaar ontvangen tegen onze oplossing voor uw ${kind}. Met deze brief bevestigen wij de ontvangst.`,
          },
          // K11: a late appeal is admitted only by the director's decision.
          {
            kind: 'paragraph',
            text: data.late
              ? `Uw bezwaar kwam bij ons binnen na de termijn van één maand. De directeur heeft besloten uw bezwaar toch in behandeling te nemen. Uw ${kind} wordt daarom opnieuw behandeld.`
              : `De directeur neemt uw ${kind} opnieuw in behandeling.`,
          },
          // K12: the complainant may explain the appeal orally, by phone or at the head office.
          { kind: 'heading', text: 'Uw bezwaar mondeling toelichten' },
          { kind: 'paragraph', text: invitation(data, org) },
          {
            kind: 'paragraph',
            text: 'Van het gesprek maken wij een verslag. U ontvangt daarvan een afschrift. Wilt u liever geen gesprek? Dan beslist de directeur op basis van uw schriftelijke bezwaar.',
          },
          // K13: the decision within one month.
          { kind: 'heading', text: 'Uitspraak' },
          {
            kind: 'paragraph',
            text: `U ontvangt de schriftelijke uitspraak van de directeur uiterlijk op ${formatLongDate(data.decisionDue)}.`,
          },
        ],
      },
      context,
    );
  },
};

function invitation(data: AppealAcknowledgementData, org: Organisation): string {
  if (!data.hearing) {
    return `U krijgt de gelegenheid uw bezwaar mondeling toe te lichten, telefonisch of op ons hoofdkantoor. Wilt u een afspraak maken? ${planCall(org)} Vermeld daarbij dossiernummer ${data.dossierNumber}.`;
  }
  const { day, time } = hearingMoment(data.hearing.at);
  const when = `op ${formatLongDate(day)} om ${time} uur`;
  const reschedule = `Komt dit moment u niet uit? ${planCall(org, 'een andere afspraak te maken')}`;
  if (data.hearing.kind === 'telefonisch') {
    return `Wij nodigen u uit uw bezwaar telefonisch toe te lichten ${when}. Wij bellen u dan op. ${reschedule}`;
  }
  const office = visitingAddress(org);
  const where = office ? `op ons hoofdkantoor, ${inlineAddress(office)},` : 'op ons hoofdkantoor';
  return `Wij nodigen u uit voor een gesprek ${where} ${when}. Daarin kunt u uw bezwaar toelichten. ${reschedule}`;
}

function planCall(org: Organisation, purpose = 'de afspraak in te plannen'): string {
  if (org.phone) return `Belt u ons dan op ${org.phone} om ${purpose}.`;
  return `${capitalise(reachUs(org))} om ${purpose}.`;
}
