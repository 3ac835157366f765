import { writtenAnswerData } from '../core/contracts/complaint-letters';
import { formatLongDate } from '../core/contracts/format';
import { complaintLetter, fullStop, inlineAddress, postalAddress, textBlocks } from './complaint-common';
import type { DocumentType } from './document-type';

/** T3, K10-K11: the written answer: the complaint, our solution, and how to appeal to the director. */
export const writtenAnswer: DocumentType<typeof writtenAnswerData> = {
  key: 'written-answer',
  name: 'Schriftelijk antwoord op uw klacht',
  dossierKinds: ['complaint'],
  data: writtenAnswerData,
  build(data, context) {
    const org = context.organisation;
    const kind = data.kind;
    const director = data.directorName?.trim() ? `de directeur, ${data.directorName.trim()}` : 'de directeur';
    const address = postalAddress(org);
    const sendTo = [org.name, 't.a.v. de directeur', address ? inlineAddress(address) : null].filter(Boolean).join(', ');
    return complaintLetter(
      {
        typeName: 'Schriftelijk antwoord',
        addressee: data.addressee,
        dossierNumber: data.dossierNumber,
        subject: `Uw ${kind}, dossier ${data.dossierNumber}`,
        blocks: [
          {
            kind: 'paragraph',
            text: `Op ${formatLongDate(data.receivedOn)} hebben wij uw ${kind} ontvangen. In deze brief leest u hoe wij uw ${kind} hebben begrepen en welke oplossing wij voorstellen.`,
          },
          // K10: the answer states the complaint and the proposed solution or measures.
          { kind: 'heading', text: `Uw ${kind}` },
          ...textBlocks(data.complaintSummary),
          { kind: 'heading', text: 'Onze oplossing / maatregelen' },
          ...textBlocks(data.proposedSolution),
          // K11: the appeal, within one month, in writing, to the director.
          { kind: 'heading', text: 'Bent u het niet eens met onze oplossing?' },
          {
            kind: 'paragraph',
            text: `Dan kunt u binnen één maand na ontvangst van deze brief schriftelijk bezwaar maken bij ${director}. Stuur uw bezwaar, met dossiernummer ${data.dossierNumber} en de reden van uw bezwaar, naar ${fullStop(sendTo)}`,
          },
          // K12-K13: the appeal is treated anew, with an oral explanation, a report and a decision.
          {
            kind: 'paragraph',
            text: `Uw ${kind} wordt dan opnieuw behandeld. U kunt uw bezwaar mondeling toelichten, telefonisch of op ons hoofdkantoor. Van dat gesprek ontvangt u een verslag. Binnen één maand volgt de schriftelijke uitspraak van de directeur.`,
          },
        ],
      },
      context,
    );
  },
};
