import { appealDecisionData, type AppealDecisionData } from '../core/contracts/complaint-letters';
import { formatLongDate } from '../core/contracts/format';
import { complaintLetter, textBlocks } from './complaint-common';
import type { DocumentType } from './document-type';
import type { LetterBlock } from './model';

const OUTCOME: Record<AppealDecisionData['outcome'], string> = {
  gegrond: 'Ik verklaar uw bezwaar gegrond. Dat betekent dat ik u gelijk geef.',
  deels_gegrond: 'Ik verklaar uw bezwaar deels gegrond: op een aantal punten geef ik u gelijk, op andere niet.',
  ongegrond: 'Ik verklaar uw bezwaar ongegrond. Dat betekent dat de eerder voorgestelde oplossing blijft gelden.',
  // K11: a late appeal the director did not admit.
  niet_ontvankelijk:
    'Ik verklaar uw bezwaar niet-ontvankelijk. Uw bezwaar kwam binnen na de termijn van één maand na ontvangst van onze oplossing, en ik heb besloten het niet alsnog in behandeling te nemen.',
};

/** T6, K13: the director's written decision on the appeal, signed by the director. */
export const appealDecision: DocumentType<typeof appealDecisionData> = {
  key: 'appeal-decision',
  name: 'Uitspraak op uw bezwaar',
  dossierKinds: ['complaint'],
  data: appealDecisionData,
  build(data, context) {
    const measures = data.measures?.trim() ? data.measures : null;
    const blocks: LetterBlock[] = [
      { kind: 'paragraph', text: introduction(data) },
      { kind: 'heading', text: 'Uitspraak' },
      { kind: 'paragraph', text: OUTCOME[data.outcome] },
      { kind: 'heading', text: 'Motivering' },
      ...textBlocks(data.reasons),
    ];
    if (measures) blocks.push({ kind: 'heading', text: 'Maatregelen' }, ...textBlocks(measures));
    blocks.push({
      kind: 'paragraph',
      text: `Dit is de laatste stap van de klachtenprocedure: de behandeling van uw ${data.kind} is hiermee afgerond.`,
    });
    return complaintLetter(
      {
        typeName: 'Uitspraak op bezwaar',
        addressee: data.addressee,
        dossierNumber: data.dossierNumber,
        subject: `Uitspraak op uw bezwaar, dossier ${data.dossierNumber}`,
        blocks,
        signer: { name: data.directorName, jobTitle: 'Directeur' },
      },
      context,
    );
  },
};

function introduction(data: AppealDecisionData): string {
  const received = `Op ${formatLongDate(data.appealReceivedOn)} ontving ik uw bezwaar tegen onze oplossing voor uw ${data.kind}.`;
  if (data.outcome === 'niet_ontvankelijk') return `${received} In deze brief leest u mijn uitspraak.`;
  const heard = data.hearingHeldOn ? ` Op ${formatLongDate(data.hearingHeldOn)} hebt u het mondeling toegelicht, waarvoor dank.` : '';
  return `${received}${heard} Ik heb uw ${data.kind} opnieuw beoordeeld.`;
}
