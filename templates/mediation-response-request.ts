import { mediationResponseRequestData } from '../core/contracts/complaint-letters';
import { formatLongDate } from '../core/contracts/format';
import { capitalise, complaintLetter, fullStop, quotedBlocks } from './complaint-common';
import type { DocumentType } from './document-type';

/** T7, B2: hoor en wederhoor: the complaint is put to the other party, who is asked to respond. */
export const mediationResponseRequest: DocumentType<typeof mediationResponseRequestData> = {
  key: 'mediation-response-request',
  name: 'Verzoek om reactie (bemiddeling)',
  dossierKinds: ['complaint'],
  data: mediationResponseRequestData,
  build(data, context) {
    const org = context.organisation;
    const kind = data.kind;
    // B5: a provider can complain about a customer; the letter then goes to the customer.
    const about = data.providerAboutCustomer
      ? `Het gaat om de opdracht die ${data.complainantName} bij u heeft uitgevoerd.`
      : `Het gaat om de opdracht die u voor ${data.complainantName} hebt uitgevoerd.`;
    return complaintLetter(
      {
        typeName: 'Verzoek om reactie',
        addressee: data.addressee,
        dossierNumber: data.dossierNumber,
        subject: `${capitalise(kind)} van ${data.complainantName}, dossier ${data.dossierNumber}`,
        blocks: [
          {
            kind: 'paragraph',
            text: `${fullStop(`Op ${formatLongDate(data.receivedOn)} hebben wij een ${kind} ontvangen van ${data.complainantName}`)} ${about} Er is ons gevraagd te bemiddelen.`,
          },
          { kind: 'heading', text: `De ${kind} zoals wij die ontvingen` },
          ...quotedBlocks(data.description),
          // B2: hear both sides before deciding whether and how to mediate.
          { kind: 'heading', text: 'Uw reactie' },
          {
            kind: 'paragraph',
            text: `Bij bemiddeling passen wij hoor en wederhoor toe: wij horen beide kanten van het verhaal. Daarom vragen wij u schriftelijk op deze ${kind} te reageren, uiterlijk op ${formatLongDate(data.responseDue)}.`,
          },
          // B4: the e-mail subject convention that files the response in the right dossier.
          {
            kind: 'paragraph',
            text: `Stuur uw reactie en de stukken die daarbij horen, zoals de getekende overeenkomst, facturen en foto’s, per e-mail${org.email ? ` naar ${org.email}` : ''}. Gebruik als onderwerp precies:\n${data.emailSubject}`,
          },
          {
            kind: 'paragraph',
            text: 'Zodra wij beide kanten van het verhaal kennen, bepalen wij of en zo ja hoe wij bemiddelen. Daarover hoort u van ons.',
          },
        ],
      },
      context,
    );
  },
};
