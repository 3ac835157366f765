import { pick, type Rng } from './random';

export const FIRST_NAMES = ['Anneke', 'Bram', 'Daan', 'Eva', 'Femke', 'Floor', 'Gerrit', 'Hanneke', 'Iris', 'Jan', 'Jeroen', 'Joost', 'Julia', 'Kees', 'Lieke', 'Lotte', 'Maarten', 'Marieke', 'Mark', 'Noor', 'Pieter', 'Rik', 'Roos', 'Sanne', 'Sem', 'Sophie', 'Thijs', 'Tim', 'Wouter', 'Yvonne', 'Anouk', 'Bas', 'Charlotte', 'Dirk', 'Esther', 'Hans', 'Ingrid', 'Jasper', 'Karin', 'Laura', 'Luuk', 'Marloes', 'Niels', 'Petra', 'Ruben', 'Saskia', 'Sven', 'Vera', 'Willem', 'Fatima', 'Mohammed', 'Emre', 'Ayşe', 'Naima', 'Youssef', 'Chantal', 'Priya', 'Kevin'];
export const SURNAMES = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'de Lange', 'Kuipers', 'van Wijk', 'Postma', 'Kramer', "van 't Hof", 'ter Horst', "in 't Veld", 'Yılmaz', 'El Amrani', 'Öztürk', 'Bouzid', 'Nguyen'];
export const TEAM_NAMES = ['Directie en staf', 'Servicedesk Noord', 'Servicedesk Zuid', 'Servicedesk Oost', 'Servicedesk West', 'Klachtbehandeling', 'Bemiddeling', 'Ledenadministratie', 'Facturatie', 'Betalingen', 'Schadeafhandeling', 'Terugbelservice', 'Kwaliteit', 'Documentbeheer', 'Vouchers', 'Aanvragen', 'Zorgaanbieders', 'Privacy en gegevens', 'Avonddienst', 'Weekenddienst', 'Inwerken en opleiding', 'Telefonie', 'Post en archief', 'Incasso', 'Projecten'];
export const TEAM_DESCRIPTIONS = ['Telefoon, post en e-mail', 'Eerste lijn voor leden', 'Klachten van ontvangst tot afhandeling', 'Bemiddeling tussen leden en aanbieders', 'Aanvragen en beschikkingen', 'Facturen, betalingen en incasso', 'Kwaliteitscontroles en rapportages', 'Ondersteuning van de andere teams', 'Avond- en weekenddiensten'];
export const JOB_TITLES = ['Medewerker servicedesk', 'Senior medewerker servicedesk', 'Klantadviseur', 'Medewerker klachten', 'Bemiddelaar', 'Medewerker ledenadministratie', 'Medewerker facturatie', 'Consulent dienstverlening', 'Kwaliteitsmedewerker', 'Stagiair'];
export const STREETS = ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Schoolstraat', 'Julianastraat', 'Beatrixlaan', 'Wilhelminastraat', 'Rijnstraat', 'Hoofdweg', 'Korenmolenlaan', 'Meulmansweg'];
export const CITIES = ['Woerden', 'Utrecht', 'Gouda', 'Bodegraven', 'Montfoort', 'Oudewater', 'IJsselstein', 'Nieuwegein', 'Harmelen', 'Kamerik'];
export const SUBJECTS = ['Bereikbaarheid telefonisch', 'Te late betaling', 'Onjuiste factuur', 'Bejegening door medewerker', 'Wachttijd aanvraag', 'Kwaliteit van de dienstverlening', 'Geen reactie op e-mail', 'Voucher niet ontvangen', 'Schade bij bezoek', 'Afspraak niet nagekomen'];
export const SENTENCES = ['Lid belt opnieuw over dezelfde kwestie.', 'Aanbieder is gevraagd om een reactie binnen vijf werkdagen.', 'Brief met uitleg verstuurd.', 'Telefonisch contact gehad, lid is tevreden met de oplossing.', 'Wacht op aanvullende stukken van het lid.', 'Doorgezet naar de teammanager ter beoordeling.', 'Bedrag gecorrigeerd na controle van de factuur.', 'Terugbelverzoek ingepland voor morgenochtend.', 'Dossier besproken in het teamoverleg.', 'Ontvangstbevestiging per e-mail verstuurd.'];

export function personName(r: Rng) {
  return { first: pick(r, FIRST_NAMES), surname: pick(r, SURNAMES) };
}

export function usernameFor(first: string, surname: string, taken: Set<string>): string {
  const base = `${first}.${surname}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ı/g, 'i').replace(/[^a-z0-9.]/g, '');
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}
