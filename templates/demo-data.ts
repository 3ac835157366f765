import type { Organisation } from '../core/contracts/settings';
import { DEFAULT_ORGANISATION } from '../core/settings/defaults';
import type { LetterContext } from './document-type';
import { letterheadFrom } from './letterhead';
import type { LetterModel } from './model';
import { qualityDemoCases } from './quality-demo-data';

/**
 * Demo data for every registered document type: used by `npm run letters`, by the tests and by
 * anyone who wants to see a template. Full of ë, é, ü, € and a body long enough for page 2, because
 * that is where letters break.
 */
export const demoOrganisation: Organisation = {
  id: 'demo-organisation',
  version: 1,
  name: 'Servicedesk Woerden',
  ...DEFAULT_ORGANISATION,
  email: 'info@servicedesk-woerden.nl',
  website: 'www.servicedesk-woerden.nl',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  sepaCreditorId: 'NL98ZZZ999999999999',
  kvkNumber: '30123456',
  vatNumber: 'NL001234567B01',
  logoDataUrl: null,
};

/** A 96×96 PNG speech bubble, to see a logo in the letterhead. */
export const demoLogoDataUrl =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAYAAADimHc4AAABcUlEQVR42u3cwQ3CMBBFwe2EPmiG/qsA0QLB+WvvWPIxEbwRSAHbVX8aj+frPWlWckyL3QJF4CCGoCEEEYMQwgURBAsiCBVGECkIIFAQQZgwgigA5gIIEkYQAwAAE8BMACHCCCIAuDS/A8DiwFcHgJuD7wRSU6J3xaip4btA1PTwaYgSP4tQ4mcRSvgsRImfRSjxswgATgU4cWwDcPIAAGBu/BUIAE4CuPqmdrju3whRgF/vdfd1RwL8er+7rwMAAMAWAKtefPK6OxB8AnwFAQAwEcBzgCfh856E/RYEAID/AwAA8J+wVRFWRQCwMq59fGtDw/Gtjg6Gtz+gQXw7ZMLx7RELhm+zS3Jq+NEA9gkP3pi9JYCzIoIITksJAjiuJgjgvKAggAObAMw7L2hi/HYAzowzAQAwAQAwATg/2nR6OgATAABzPQCEcHwAAABACMeH0CA+gAYAEMLxITSID6FBfBANwkNoEh9Gg+hQ1sT+AAfH8eOuP9TCAAAAAElFTkSuQmCC';

export const demoSigner = { name: 'Pieter van den Berg', jobTitle: 'Teammanager servicedesk' };

export function demoContext(overrides: Partial<LetterContext> = {}): LetterContext {
  return { organisation: demoOrganisation, signer: demoSigner, date: '2026-11-21', ourReference: 'SD-2026-00042', ...overrides };
}

export interface DemoCase {
  /** Short name, used in file names: general-letter-kort.docx */
  name: string;
  /** Raw input as a form would send it: parse it with the type's schema first. */
  data: unknown;
  context: LetterContext;
}

const longBody = [
  'Op 2 november 2026 ontvingen wij uw brief over de afhandeling van uw klacht. Wij danken u voor de uitgebreide toelichting en voor de kopieën van de correspondentie die u meestuurde. In deze brief leest u wat wij hebben onderzocht, wat wij hebben besloten en wat u nu van ons kunt verwachten.',
  'U schrijft dat de monteur op 14 oktober te laat kwam, dat het werk niet is afgemaakt en dat u daarna drie keer zonder resultaat hebt gebeld. Wij hebben het dossier nagelopen en met de betrokken medewerkers gesproken. Het klopt dat de afspraak is verzet zonder dat u dat tijdig hoorde. Dat had niet mogen gebeuren; onze excuses daarvoor.',
  'Over de hoogte van de rekening zijn wij het met u eens: de voorrijkosten van € 23,50 zijn ten onrechte in rekening gebracht. Wij betalen dit bedrag binnen tien werkdagen terug op het rekeningnummer dat bij ons bekend is. U hoeft daarvoor niets te doen.',
  '- De terugbetaling van € 23,50 staat voor u klaar.\n- De monteur komt terug op een dag die u zelf kiest.\n- U krijgt één vast aanspreekpunt: mevrouw Lisa de Groot.',
  'Het overige deel van uw klacht, over de kwaliteit van het geplaatste materiaal, hebben wij voorgelegd aan een onafhankelijke deskundige. Hij bekijkt de situatie ter plaatse en brengt binnen vier weken een rapport uit. Wij sturen u een kopie van dat rapport zodra het er is, en wij nemen daarna binnen twee weken een beslissing over uw verzoek om vervanging.',
  'Wij begrijpen dat de afgelopen weken vervelend voor u zijn geweest, zeker omdat u de reparatie nodig had vóór de feestdagen. Daarom hebben wij uw dossier de hoogste prioriteit gegeven. Mocht er in de tussentijd iets veranderen, bijvoorbeeld omdat de schade groter wordt, belt u dan direct met uw aanspreekpunt; zij kan dan een spoedafspraak inplannen.',
  'Bent u het niet eens met deze beslissing, dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Dat kan schriftelijk, per e-mail of via het formulier op onze website. Vermeld daarbij ons kenmerk, de reden van uw bezwaar en, als u die hebt, de stukken die uw bezwaar ondersteunen. Een onafhankelijke commissie beoordeelt uw bezwaar; u krijgt de gelegenheid uw standpunt mondeling toe te lichten.',
  'Wij vinden het belangrijk dat u tevreden bent over onze dienstverlening. Na afloop van de reparatie ontvangt u een korte vragenlijst; wij stellen het op prijs als u die wilt invullen. Uw antwoorden helpen ons om het proces van plannen en informeren te verbeteren, zodat anderen niet meemaken wat u is overkomen.',
  'Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd. Hebt u nog vragen over deze brief, neemt u dan contact op met mevrouw De Groot via 0900 - 20 20 505 of per e-mail via info@servicedesk-woerden.nl. Zij is bereikbaar op werkdagen van 9.00 tot 17.00 uur.',
].join('\n\n');

/** Demo input per registered type key; the registry test checks every type has some. */
export const demoCases: Record<string, DemoCase[]> = {
  'general-letter': [
    {
      name: 'kort',
      context: demoContext({ organisation: { ...demoOrganisation, logoDataUrl: demoLogoDataUrl } }),
      data: {
        addressee: {
          name: "Café 't Hoekje",
          attention: 'de heer B. Özdemir',
          street: 'Rijnstraat 12',
          postcode: '3441bx',
          city: 'Woerden',
          salutation: 'Geachte heer Özdemir,',
        },
        subject: 'Terugbetaling voorrijkosten € 23,50',
        yourReference: 'HK/2026/118',
        body: 'Hartelijk dank voor uw reactie van 12 november. U hebt gelijk: de voorrijkosten van € 23,50 zijn ten onrechte in rekening gebracht.\n\nWij betalen het bedrag binnen tien werkdagen terug. Onze excuses voor het ongemak; wij wensen u en uw gasten een gezellige Sinterklaas en een goed café-seizoen, ook na de drukke maanden van de reünie.',
        enclosures: ['Creditnota CN-2026-0117'],
      },
    },
    {
      name: 'lang',
      context: demoContext(),
      data: {
        addressee: {
          name: 'Mevrouw J.A. de Vries-Ünal',
          street: 'Kerkweg 7a',
          postcode: '3449 ab',
          city: 'Woerden',
          salutation: 'Geachte mevrouw De Vries-Ünal,',
        },
        subject: 'Uw klacht over de reparatie van 14 oktober 2026',
        body: longBody,
        enclosures: ['Kopie van de factuur van 3 november 2026', 'Folder “Bezwaar maken, zo werkt het”'],
      },
    },
    {
      name: 'buitenland',
      context: demoContext({ ourReference: 'SD-2026-00057' }),
      data: {
        addressee: { name: 'Brasserie Zuiderkroon', attention: 'T.a.v. mevrouw É. Dubois', street: 'Grote Markt 1', postcode: '2000', city: 'Antwerpen', country: 'België' },
        subject: 'Bevestiging van uw aanmelding',
        body: 'Wij hebben uw aanmelding in goede orde ontvangen.\n\nU hoort binnen twee weken van ons.',
      },
    },
  ],
};

const demoMember = {
  name: 'Mevrouw J.A. de Vries-Ünal',
  street: 'Kerkweg 7a',
  postcode: '3449 AB',
  city: 'Woerden',
  salutation: 'Geachte mevrouw De Vries-Ünal,',
};

// T8 and T9 (members): a household with a mandate form enclosed, a member on her own who already
// signed a mandate, and the form as requested by phone (pre-filled) and blank.
demoCases['membership-letter'] = [
  {
    name: 'huishouden-met-formulier',
    context: demoContext({ organisation: { ...demoOrganisation, logoDataUrl: demoLogoDataUrl }, ourReference: 'L000123' }),
    data: {
      addressee: demoMember,
      membershipNumber: 'L000123',
      memberName: 'Jeanette de Vries-Ünal',
      startDate: '2026-12-01',
      household: [
        { name: 'Gökhan Ünal', relation: 'partner' },
        { name: 'Zoë de Vries', relation: 'kind' },
      ],
      contributionYear: 2026,
      contributionCents: 2350,
      mandateFormEnclosed: true,
    },
  },
  {
    name: 'alleen-met-machtiging',
    context: demoContext({ ourReference: 'L000124' }),
    data: {
      addressee: { name: 'De heer B. Özdemir', street: 'Rijnstraat 12', postcode: '3441 BX', city: 'Woerden', salutation: 'Geachte heer Özdemir,' },
      membershipNumber: 'L000124',
      memberName: 'Baran Özdemir',
      startDate: '2026-11-01',
      contributionYear: 2026,
      contributionCents: 2350,
      mandateReference: 'L000124-M01',
    },
  },
];

demoCases['mandate-form'] = [
  {
    name: 'telefonisch-ingevuld',
    context: demoContext({ organisation: { ...demoOrganisation, logoDataUrl: demoLogoDataUrl }, ourReference: 'L000123' }),
    data: {
      addressee: demoMember,
      membershipNumber: 'L000123',
      mandateReference: 'L000123-M01',
      accountHolder: 'J.A. de Vries-Ünal',
      street: 'Kerkweg 7a',
      postcode: '3449 AB',
      city: 'Woerden',
      iban: 'NL91ABNA0417164300',
      bic: 'ABNANL2A',
      requestedVia: 'telefoon',
    },
  },
  {
    name: 'blanco',
    context: demoContext({ ourReference: 'L000125' }),
    data: {
      addressee: { name: 'Brasserie Zuiderkroon', attention: 'T.a.v. mevrouw É. Dubois', street: 'Grote Markt 1', postcode: '2000', city: 'Antwerpen', country: 'België' },
      membershipNumber: 'L000125',
      mandateReference: 'L000125-M02',
    },
  },
];

// T1-T7 (complaints and mediation): one dossier of mevrouw De Vries followed through the procedure,
// with the variants a letter has to get right (late appeal, no hearing planned, each outcome, B5).
const complainant = { name: 'Mevrouw J. de Vries', street: 'Dorpsstraat 12', postcode: '3441 AB', city: 'Woerden', salutation: 'Geachte mevrouw De Vries,' };
const provider = { name: 'Klusbedrijf Jansen B.V.', attention: 'de heer P. Jansen', street: 'Industrieweg 45', postcode: '3446 CG', city: 'Woerden', salutation: 'Geachte heer Jansen,' };
const dossier = { addressee: complainant, dossierNumber: 'K2026-000042', receivedOn: '2026-11-02', kind: 'klacht' };
const complaintContext = (overrides: Partial<LetterContext> = {}) =>
  demoContext({ signer: { name: 'Lisa de Groot', jobTitle: 'Dossierverantwoordelijke klachten' }, ...overrides });
const complaintDescription =
  'De schilder van Klusbedrijf Jansen kwam op 14 oktober pas om half twaalf in plaats van om acht uur. De kozijnen aan de achterkant zijn niet geschuurd vóór het schilderen, de verf bladdert nu al af en op de tegels van het terras zitten verfspetters. Ik heb twee keer gebeld en een e-mail gestuurd, maar niemand heeft gereageerd. Ik wil dat het werk opnieuw en goed wordt gedaan, en dat de tegels worden schoongemaakt.';

demoCases['complaint-acknowledgement'] = [
  {
    name: 'klacht',
    context: complaintContext({ organisation: { ...demoOrganisation, logoDataUrl: demoLogoDataUrl }, date: '2026-11-02' }),
    data: { ...dossier, description: complaintDescription, forwardedTo: 'team Woningonderhoud, mevrouw L. de Groot', firstCallOn: '2026-11-03', answerDue: '2026-12-14' },
  },
  {
    name: 'opmerking',
    context: complaintContext({ date: '2026-11-10' }),
    data: {
      ...dossier,
      addressee: { name: "Café 't Hoekje", attention: 'de heer B. Özdemir', street: 'Rijnstraat 12', postcode: '3441 BX', city: 'Woerden', salutation: 'Geachte heer Özdemir,' },
      dossierNumber: 'K2026-000051',
      receivedOn: '2026-11-09',
      kind: 'opmerking',
      description: 'De parkeerplaats voor uw kantoor is ’s avonds slecht verlicht.',
      forwardedTo: 'team Facilitair',
      firstCallOn: '2026-11-10',
      answerDue: '2026-12-21',
    },
  },
];

demoCases['phone-agreements'] = [
  {
    name: 'afspraken',
    context: complaintContext({ date: '2026-11-04' }),
    data: {
      ...dossier,
      calledOn: '2026-11-03',
      callerName: 'mevrouw L. de Groot',
      agreements:
        'Wij hebben het volgende met u afgesproken:\n- Klusbedrijf Jansen schuurt en schildert de kozijnen aan de achterkant opnieuw, op 18 november vanaf 8.00 uur.\n- De verfspetters op het terras worden dezelfde dag verwijderd, zonder kosten voor u.\n- U ontvangt een creditnota van € 45,00 voor het ongemak.\nWij bellen u op 19 november om te horen of alles naar wens is.',
    },
  },
];

demoCases['written-answer'] = [
  {
    name: 'met-directeur',
    context: complaintContext({ date: '2026-12-10' }),
    data: {
      ...dossier,
      complaintSummary:
        'U bent niet tevreden over het schilderwerk dat Klusbedrijf Jansen op 14 oktober bij u uitvoerde. De schilder kwam ruim drie uur te laat, de kozijnen zijn niet geschuurd en de verf bladdert af. Op het terras zijn verfspetters achtergebleven. Op uw telefoontjes en e-mail kreeg u geen reactie.',
      proposedSolution:
        'Wij hebben uw klacht met Klusbedrijf Jansen besproken. Het bedrijf erkent dat het werk niet goed is uitgevoerd en dat u ten onrechte geen reactie kreeg.\n\n- Klusbedrijf Jansen schuurt en schildert de kozijnen opnieuw, op een dag die u kiest.\n- De tegels van het terras worden professioneel gereinigd.\n- Wij betalen u € 45,00 terug voor het ongemak.\n\nDaarnaast hebben wij met Klusbedrijf Jansen afgesproken dat het bedrijf voortaan binnen twee werkdagen reageert op vragen van klanten. Wij controleren dat de komende drie maanden. Wij betreuren het dat u zo lang op een reactie hebt moeten wachten, en danken u voor uw geduld en voor de foto’s die u ons stuurde: daarmee konden wij de schade snel beoordelen.',
      directorName: 'mevrouw drs. H. Verbeek-Çelik',
    },
  },
  {
    name: 'zonder-directeur',
    context: complaintContext({ date: '2026-12-10', organisation: { ...demoOrganisation, postalStreet: 'Postbus 2055', postalPostcode: '3440 DB' } }),
    data: { ...dossier, kind: 'claim', complaintSummary: 'U vraagt vergoeding van de schade aan uw vloer (€ 312,50).', proposedSolution: 'Wij vergoeden € 150,00: de helft van de schade, omdat de vloer al eerder beschadigd was.', directorName: null },
  },
];

const appeal = { ...dossier, appealReceivedOn: '2026-12-22' };
demoCases['appeal-acknowledgement'] = [
  { name: 'telefonisch', context: complaintContext({ date: '2026-12-23' }), data: { ...appeal, late: false, hearing: { kind: 'telefonisch', at: '2027-01-06T10:30' }, decisionDue: '2027-01-22' } },
  {
    name: 'te-laat-hoofdkantoor',
    context: complaintContext({ date: '2027-01-20' }),
    data: { ...appeal, appealReceivedOn: '2027-01-18', late: true, hearing: { kind: 'hoofdkantoor', at: '2027-02-02T14:00' }, decisionDue: '2027-02-18' },
  },
  { name: 'zonder-gesprek', context: complaintContext({ date: '2026-12-23' }), data: { ...appeal, late: false, hearing: null, decisionDue: '2027-01-22' } },
];

demoCases['hearing-report'] = [
  {
    name: 'telefonisch',
    context: complaintContext({ date: '2027-01-07' }),
    data: {
      ...appeal,
      hearingKind: 'telefonisch',
      heldOn: '2027-01-06',
      participants: 'mevrouw J. de Vries (klager), mevrouw drs. H. Verbeek-Çelik (directeur), de heer R. Ünal (verslag)',
      report:
        'Mevrouw De Vries licht toe dat de kozijnen op 18 november opnieuw zijn geschilderd, maar dat de verf op twee plaatsen opnieuw loslaat. Zij vindt de terugbetaling van € 45,00 te laag, omdat zij twee keer een vrije dag heeft moeten nemen.\n\nKlusbedrijf Jansen is na 18 november niet meer langs geweest. Afgesproken is dat de directeur het bedrijf om een reactie vraagt.',
    },
  },
];

demoCases['appeal-decision'] = [
  {
    name: 'deels-gegrond',
    context: complaintContext({ date: '2027-01-20' }),
    data: {
      ...appeal,
      hearingHeldOn: '2027-01-06',
      outcome: 'deels_gegrond',
      reasons:
        'Het schilderwerk is ook na de tweede keer niet goed uitgevoerd: Klusbedrijf Jansen heeft dat erkend. Op dit punt geef ik u gelijk.\n\nDe vergoeding van € 45,00 voor het ongemak vind ik redelijk. Dat u twee keer een vrije dag nam, is vervelend, maar de tweede afspraak is op uw verzoek naar een doordeweekse dag verzet. Op dit punt geef ik u geen gelijk.',
      measures:
        '- Een andere schilder, op onze kosten, herstelt de kozijnen vóór 15 februari 2027.\n- Klusbedrijf Jansen krijgt van ons een officiële waarschuwing.',
      directorName: 'drs. H. Verbeek-Çelik',
    },
  },
  {
    name: 'niet-ontvankelijk',
    context: complaintContext({ date: '2027-02-10' }),
    data: { ...appeal, appealReceivedOn: '2027-02-03', hearingHeldOn: null, outcome: 'niet_ontvankelijk', reasons: 'Onze oplossing ontving u op 11 december 2026. Uw bezwaar kwam op 3 februari 2027 binnen, ruim drie weken na het einde van de termijn. U noemt geen reden waarom u niet eerder bezwaar kon maken.', measures: null, directorName: 'drs. H. Verbeek-Çelik' },
  },
];

demoCases['mediation-response-request'] = [
  {
    name: 'aan-dienstverlener',
    context: complaintContext({ date: '2026-11-05' }),
    data: {
      ...dossier,
      addressee: provider,
      complainantName: 'mevrouw J. de Vries',
      description: complaintDescription,
      responseDue: '2026-11-19',
      emailSubject: 'Klacht van J. de Vries aan het adres van Klusbedrijf Jansen B.V.',
      providerAboutCustomer: false,
    },
  },
  {
    name: 'dienstverlener-over-klant',
    context: complaintContext({ date: '2026-11-12' }),
    data: {
      ...dossier,
      dossierNumber: 'K2026-000057',
      receivedOn: '2026-11-11',
      complainantName: 'Klusbedrijf Jansen B.V.',
      description: 'Mevrouw De Vries heeft de dienstenbon voor het schilderwerk van 14 oktober nog niet goedgekeurd.\n\nWij hebben haar op 28 oktober en 4 november gevraagd dat te doen.',
      responseDue: '2026-11-26',
      emailSubject: 'Klacht van Klusbedrijf Jansen B.V. aan het adres van J. de Vries',
      providerAboutCustomer: true,
    },
  },
];

demoCases['mediation-refusal'] = [
  {
    name: 'drie-voorwaarden',
    context: complaintContext({ date: '2026-11-06' }),
    data: {
      ...dossier,
      providerName: 'Klusbedrijf Jansen B.V.',
      failingConditions: [
        'U hebt Klusbedrijf Jansen B.V. nog niet zelf op de hoogte gebracht van uw klacht.',
        'Er is geen ondertekende overeenkomst, zodat wij niet kunnen vaststellen wat er is afgesproken.',
        'De garantie op het schilderwerk is op 1 oktober 2026 verlopen.',
      ],
    },
  },
];

// T14-T16 (the quality-mark register) live in their own file.
Object.assign(demoCases, qualityDemoCases(demoContext));

/**
 * A letter model straight to the renderers, with every block kind (heading, list, table with
 * money), to see them before a template uses them.
 */
export function specimenModel(): LetterModel {
  return {
    title: 'Specimen: alle bloksoorten',
    letterhead: letterheadFrom({ ...demoOrganisation, logoDataUrl: demoLogoDataUrl }),
    addressee: ['Mevrouw J.A. de Vries-Ünal', 'Kerkweg 7a', '3449 AB  WOERDEN'],
    placeAndDate: 'Woerden, 21 november 2026',
    ourReference: 'SD-2026-00042',
    yourReference: 'JdV-0311',
    subject: 'Overzicht van uw betalingen in 2026',
    salutation: 'Geachte mevrouw De Vries-Ünal,',
    blocks: [
      { kind: 'paragraph', text: 'Hierbij ontvangt u het overzicht van uw betalingen in 2026, zoals u in uw e-mail van 18 november vroeg.' },
      { kind: 'heading', text: 'Betalingen' },
      {
        kind: 'table',
        columns: [{ header: 'Omschrijving', width: 0.5 }, { header: 'Datum' }, { header: 'Bedrag', align: 'right', width: 0.2 }],
        rows: [
          ['Jaarbijdrage 2026 (excl. btw)', '15-01-2026', '€ 235,00'],
          ['Btw 21%', '15-01-2026', '€ 49,35'],
          ['Voorrijkosten, teruggestort', '03-11-2026', '€ -23,50'],
          ['Totaal', '', '€ 260,85'],
        ],
      },
      { kind: 'heading', text: 'Wat u nog moet doen' },
      { kind: 'list', items: ['Niets: alle bedragen zijn voldaan.', 'Bewaar dit overzicht bij uw administratie.'] },
      { kind: 'paragraph', text: 'Met vragen kunt u ons bellen op 0900 - 20 20 505.\nWij zijn bereikbaar op werkdagen van 9.00 tot 17.00 uur.' },
    ],
    closing: 'Met vriendelijke groet,',
    signature: { name: demoSigner.name, jobTitle: demoSigner.jobTitle, organisation: demoOrganisation.name },
    enclosures: [],
  };
}
