import { mediationRefusalData } from '../core/contracts/complaint-letters';
import { formatLongDate } from '../core/contracts/format';
import { complaintLetter, fullStop } from './complaint-common';
import type { DocumentType } from './document-type';

/** B3: every condition for mediation, as the complainant reads them. */
export const MEDIATION_CONDITIONS = [
  'u maakt bekend om welke dienstverlener het gaat;',
  'u hebt de dienstverlener zelf al op de hoogte gebracht van uw klacht;',
  'u hebt al verschillende pogingen gedaan om het samen op te lossen;',
  'er is een duidelijke, ondertekende overeenkomst waaruit blijkt wat er is afgesproken;',
  'de garantie is nog van toepassing;',
  'beide partijen willen er samen uitkomen.',
];

/** T7, B3: mediation refused, with every condition that does not hold. */
export const mediationRefusal: DocumentType<typeof mediationRefusalData> = {
  key: 'mediation-refusal',
  name: 'Bemiddeling niet mogelijk',
  dossierKinds: ['complaint'],
  data: mediationRefusalData,
  build(data, context) {
    const kind = data.kind;
    const reasons = data.failingConditions.length === 1 ? 'De reden is:' : 'De redenen zijn:';
    return complaintLetter(
      {
        typeName: 'Bemiddeling niet mogelijk',
        addressee: data.addressee,
        dossierNumber: data.dossierNumber,
        subject: `Uw ${kind} over ${data.providerName}, dossier ${data.dossierNumber}`,
        blocks: [
          {
            kind: 'paragraph',
            text: `${fullStop(`Op ${formatLongDate(data.receivedOn)} vroeg u ons te bemiddelen bij uw ${kind} over ${data.providerName}`)} Helaas is bemiddeling op dit moment niet mogelijk. ${reasons}`,
          },
          { kind: 'list', items: data.failingConditions },
          { kind: 'paragraph', text: 'Wij kunnen alleen bemiddelen als aan al deze voorwaarden is voldaan:' },
          { kind: 'list', items: MEDIATION_CONDITIONS },
          {
            kind: 'paragraph',
            text: `Wij raden u aan opnieuw met ${data.providerName} in gesprek te gaan; een goed gesprek levert vaak al een oplossing op. Lukt het niet samen en is aan alle voorwaarden voldaan? Dan kunt u opnieuw om bemiddeling vragen, met vermelding van dossiernummer ${data.dossierNumber}.`,
          },
        ],
      },
      context,
    );
  },
};
