import { addCalendarMonths } from '../core/calendar/months';
import { formatLongDate, formatMoney } from '../core/contracts/format';
import { recognitionLetterData, type RecognitionLetterData } from '../core/contracts/quality-letters';
import { reachUs } from './complaint-common';
import type { DocumentType, LetterContext } from './document-type';
import type { LetterBlock } from './model';
import { FOUNDATION, QUALITY_MARK, qualityLetter } from './quality-common';

/** T14, Q1: the recognition letter starts the participation and states the number and the conditions. */
export const qualityRecognition: DocumentType<typeof recognitionLetterData> = {
  key: 'quality-recognition',
  name: 'Erkenningsbrief keurmerk',
  dossierKinds: ['quality'],
  data: recognitionLetterData,
  build(data, context) {
    return qualityLetter(
      {
        typeName: 'Erkenningsbrief keurmerk',
        addressee: data.addressee,
        participantName: data.participantName,
        registrationNumber: data.registrationNumber,
        subject: `Erkenning ${QUALITY_MARK}, registratienummer ${data.registrationNumber}`,
        blocks: [
          {
            kind: 'paragraph',
            text: `Met genoegen bevestigen wij dat ${data.participantName} is erkend als deelnemer van ${FOUNDATION}, onder registratienummer ${data.registrationNumber}. Met deze erkenningsbrief gaat uw deelnemerschap in. Vermeld uw registratienummer altijd als u contact met ons opneemt.`,
          },
          {
            kind: 'table',
            columns: [{ header: 'Uw deelnemerschap', width: 0.38 }, { header: '' }],
            rows: [
              ['Registratienummer', data.registrationNumber],
              ['Deelnemer vanaf', formatLongDate(data.startDate)],
              ['Einde lidmaatschapsjaar', formatLongDate(data.yearEnd)],
              [`Contributie ${data.contributionYear}`, `${formatMoney(data.contributionCents)} exclusief btw`],
            ],
          },
          ...conditions(data),
          ...notice(data, context),
          ...contribution(data),
          ...consequences(),
          { kind: 'paragraph', text: `Hebt u vragen over uw deelnemerschap? Dan ${reachUs(context.organisation)}. Welkom bij het keurmerk!` },
        ],
      },
      context,
    );
  },
};

/** Q3: the termination criteria 1-6 of the reglement, with rule 1's table as it stands in the settings. */
function conditions(data: RecognitionLetterData): LetterBlock[] {
  const first = data.staffel[0];
  const last = data.staffel.at(-1);
  const outside =
    first && last
      ? `Bij minder dan ${first.from} klantbeoordelingen in een half jaar geldt regel 1 niet; bij meer dan ${last.to} beoordeelt het bestuur zelf of de kwaliteit voldoende is.`
      : '';
  return [
    { kind: 'heading', text: 'Voorwaarden voor uw deelnemerschap' },
    {
      kind: 'paragraph',
      text: `U houdt zich aan het deelnemersreglement. Om de kwaliteit van het keurmerk te waarborgen, kan ${FOUNDATION} uw deelnemerschap beëindigen in deze gevallen:`,
    },
    {
      kind: 'list',
      items: [
        'Regel 1: in een half jaar zijn te veel klantbeoordelingen niet voldoende voor garantie, service en vakmanschap (zie de staffel hieronder).',
        'Regel 2: een onafhankelijke deskundige geeft in een jaar twee of meer negatieve bindende adviezen.',
        'Regel 3: u krijgt in een jaar één negatief bindend advies en in datzelfde jaar zijn ook minstens twee andere klantbeoordelingen negatief.',
        'Regel 4: er komt een klacht over u binnen en er zijn van het afgelopen jaar geen klantbeoordelingen.',
        'Regel 5: u voldoet niet aan uw betalingsverplichting.',
        'Regel 6: het bestuur beëindigt het deelnemerschap, zonder opgaaf van reden.',
      ],
    },
    {
      kind: 'table',
      columns: [{ header: 'Staffel regel 1: klantbeoordelingen in een half jaar', width: 0.55 }, { header: 'Het deelnemerschap eindigt bij' }],
      rows: data.staffel.map((row) => [row.from === row.to ? `${row.from}` : `${row.from} tot en met ${row.to}`, `${row.needed} of meer onvoldoende`]),
    },
    ...(outside ? [{ kind: 'paragraph' as const, text: outside }] : []),
    {
      kind: 'paragraph',
      text: 'Hardheidsclausule: bij regel 1, 2, 3 of 4 kunt u een beroep doen op de hardheidsclausule. Het bestuur beslist daarover voordat het over beëindiging besluit.',
    },
  ];
}

/** Q4: notice in writing, received at least one calendar month before the end of the membership year. */
function notice(data: RecognitionLetterData, context: LetterContext): LetterBlock[] {
  const deadline = addCalendarMonths(data.yearEnd, -1);
  const thisYear =
    deadline >= context.date
      ? ` Wilt u stoppen per ${formatLongDate(data.yearEnd)}, dan moet uw opzegging dus uiterlijk op ${formatLongDate(deadline)} bij ons binnen zijn.`
      : '';
  return [
    { kind: 'heading', text: 'Lidmaatschapsjaar en opzeggen' },
    {
      kind: 'paragraph',
      text: `Uw lidmaatschapsjaar loopt tot en met ${formatLongDate(data.yearEnd)}; daarna loopt uw deelnemerschap steeds een jaar door. Wilt u uw deelnemerschap beëindigen, dan zegt u schriftelijk op. Uw opzegging moet minstens één maand vóór het einde van het lidmaatschapsjaar bij ons binnen zijn.${thisYear} Komt uw opzegging later binnen, dan eindigt uw deelnemerschap aan het einde van het volgende lidmaatschapsjaar. Het bestuur kan het deelnemerschap op elk moment schriftelijk beëindigen.`,
    },
  ];
}

/** Q7: the yearly contribution excluding BTW; members of Zelfstandigen Bouw get a discount. */
function contribution(data: RecognitionLetterData): LetterBlock[] {
  const amount = formatMoney(data.contributionCents);
  const discount = data.zelfstandigenBouw
    ? 'Omdat u lid bent van Zelfstandigen Bouw, krijgt u korting; die is in dit bedrag al verwerkt.'
    : 'Leden van Zelfstandigen Bouw krijgen korting op de contributie. Bent u lid, laat het ons dan weten.';
  return [
    { kind: 'heading', text: 'Contributie' },
    {
      kind: 'paragraph',
      text: `De contributie wordt per jaar berekend. Voor ${data.contributionYear} bedraagt uw contributie ${amount} exclusief btw. ${discount} Betaalt u de contributie niet, dan kan dat leiden tot beëindiging van uw deelnemerschap (regel 5).`,
    },
  ];
}

/** Q5 in short: what the participant must do when the participation ends. */
function consequences(): LetterBlock[] {
  return [
    { kind: 'heading', text: 'Als uw deelnemerschap eindigt (in het kort)' },
    {
      kind: 'list',
      items: [
        'vanaf de datum van beëindiging brengt u geen offertes meer uit en voert u geen werk meer uit onder de naam van het keurmerk, en u presenteert het keurmerk niet meer;',
        'u verwijdert de stickers van het keurmerk direct van uw voertuigen, uiterlijk 10 dagen na de beëindiging, en gebruikt vanaf dan geen promotiemateriaal van het keurmerk meer;',
        'de contributie over het lopende jaar wordt niet terugbetaald;',
        'na de beëindiging nemen wij geen klachten over u meer in behandeling, behalve klachten van uw klanten die binnen drie maanden na de uitvoering van hun overeenkomst binnenkomen;',
        'de stichting en u maken geen vertrouwelijke gegevens over elkaar openbaar en doen geen negatieve uitlatingen over elkaar; de stichting maakt niet bekend waarom het deelnemerschap is beëindigd;',
        'wie het keurmerk na de beëindiging toch blijft gebruiken, wordt vermeld op de openbare zwarte lijst op onze website.',
      ],
    },
  ];
}
