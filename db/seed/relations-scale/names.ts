/** Dutch names, streets and places for generated persons; a spread wide enough for search to be realistic. */

export const FIRST_NAMES_M = ['Jan', 'Pieter', 'Kees', 'Henk', 'Gerrit', 'Johannes', 'Willem', 'Cornelis', 'Hendrik', 'Dirk', 'Bram', 'Daan', 'Sem', 'Lucas', 'Levi', 'Finn', 'Milan', 'Thijs', 'Tim', 'Ruben', 'Jeroen', 'Joost', 'Maarten', 'Mark', 'Rik', 'Wouter', 'Bas', 'Dirk-Jan', 'Hans', 'Jasper', 'Luuk', 'Niels', 'Sven', 'Mohammed', 'Youssef', 'Emre', 'Mehmet', 'Kevin', 'Stefan', 'Erik', 'Frank', 'Martijn', 'Arjen', 'Koen', 'Teun', 'Gijs', 'Jesse', 'Noah', 'Sander', 'Vincent', 'Jaap', 'Klaas', 'Sjoerd', 'Wim', 'Ton', 'Ad', 'Ruud', 'Marco', 'Rob', 'Paul'];
export const FIRST_NAMES_F = ['Anna', 'Anneke', 'Eva', 'Femke', 'Floor', 'Hanneke', 'Iris', 'Julia', 'Lieke', 'Lotte', 'Marieke', 'Noor', 'Roos', 'Sanne', 'Sophie', 'Yvonne', 'Anouk', 'Charlotte', 'Esther', 'Ingrid', 'Karin', 'Laura', 'Marloes', 'Petra', 'Saskia', 'Vera', 'Fatima', 'Ayşe', 'Naima', 'Chantal', 'Priya', 'Emma', 'Tess', 'Zoë', 'Mila', 'Sara', 'Fleur', 'Lisa', 'Ilse', 'Mirjam', 'Wilma', 'Ria', 'Truus', 'Joke', 'Annemarie', 'Marjolein', 'Hélène', 'Renée', 'Inge', 'Linda', 'Monique', 'Nicole', 'Sandra', 'Wendy', 'Bianca', 'Elif', 'Zeynep', 'Merel', 'Jolien', 'Astrid'];

/** [tussenvoegsel, achternaam]; the common Dutch surnames with their share of infixes, and newer Dutch names. */
export const SURNAMES: readonly (readonly [string | null, string])[] = [
  ['de', 'Jong'], [null, 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'], [null, 'Bakker'], [null, 'Janssen'], [null, 'Visser'],
  [null, 'Smit'], [null, 'Meijer'], ['de', 'Boer'], [null, 'Mulder'], ['de', 'Groot'], [null, 'Bos'], [null, 'Vos'], [null, 'Peters'],
  [null, 'Hendriks'], ['van', 'Leeuwen'], [null, 'Dekker'], [null, 'Brouwer'], ['de', 'Wit'], [null, 'Dijkstra'], [null, 'Smits'], ['de', 'Graaf'],
  ['van der', 'Linden'], [null, 'Kok'], [null, 'Jacobs'], ['de', 'Haan'], [null, 'Vermeulen'], ['van den', 'Heuvel'], ['van der', 'Veen'],
  ['van den', 'Broek'], ['de', 'Bruijn'], ['van der', 'Heijden'], [null, 'Schouten'], ['van', 'Beek'], [null, 'Willems'], ['van', 'Vliet'],
  ['van de', 'Ven'], [null, 'Hoekstra'], [null, 'Maas'], [null, 'Verhoeven'], [null, 'Koster'], ['van', 'Dam'], ['van der', 'Wal'], [null, 'Prins'],
  [null, 'Blom'], [null, 'Huisman'], ['de', 'Lange'], [null, 'Kuipers'], ['van', 'Wijk'], [null, 'Postma'], [null, 'Kramer'], ["van 't", 'Hof'],
  ['ter', 'Horst'], ["in 't", 'Veld'], [null, 'Yılmaz'], ['El', 'Amrani'], [null, 'Öztürk'], [null, 'Bouzid'], [null, 'Nguyen'], [null, 'Ünal'],
  ['van der', 'Berg'], [null, 'Bergman'], [null, 'Zwart'], [null, 'Wouters'], [null, 'Kuiper'], ['van', 'Rijn'], [null, 'Bosman'], [null, 'Veenstra'],
  ['van', 'Doorn'], [null, 'Hermans'], [null, 'Scholten'], ['de', 'Ruiter'], [null, 'Bakker'], ['van', 'Loon'], [null, 'Evers'], ['van der', 'Meer'],
  ['van', 'Vliet'], [null, 'Goossens'], [null, 'Claassen'], ['van', 'Ommen'], [null, 'Sluiter'], ['op den', 'Kamp'], ['van', 'Gogh'], [null, 'Ramdin'],
  [null, 'Bijl'], [null, 'Timmermans'], [null, 'Groen'], ['de', 'Clercq'], ['van', 'Houten'], [null, 'Lambrechts'], [null, 'Verbeek'], [null, 'Aalbers'],
  [null, 'Mertens'], [null, 'Boon'], [null, 'Schipper'], [null, 'Wolters'], ['van', 'Essen'], [null, 'Kaya'], [null, 'Demir'], [null, 'Şahin'],
  [null, 'Çelik'], [null, 'Tahiri'], [null, 'Benali'], [null, 'Pinas'], [null, 'Kalloe'], [null, 'Tjon'], [null, 'Wong'], [null, 'Chen'],
];

export const ORGANISATION_WORDS = ['Bouwbedrijf', 'Klusbedrijf', 'Installatiebedrijf', 'Schildersbedrijf', 'Loodgietersbedrijf', 'Hoveniersbedrijf', 'Dakdekkersbedrijf', 'Elektrotechniek', 'Timmerwerken', 'Tegelwerken', 'Glazenwasserij', 'Schoonmaakbedrijf', 'Verhuisbedrijf', 'Stukadoorsbedrijf', 'Rioolservice', 'Zonwering', 'Keukenmontage', 'Vloeren', 'Witgoedservice', 'Ongediertebestrijding'];
export const ORGANISATION_SUFFIXES = ['B.V.', 'V.O.F.', '', '', 'en Zonen', '& Partners', 'Woerden', 'Utrecht', 'Groene Hart'];

export const STREETS = ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Schoolstraat', 'Julianastraat', 'Beatrixlaan', 'Wilhelminastraat', 'Rijnstraat', 'Hoofdweg', 'Korenmolenlaan', 'Meulmansweg', 'Steenstraat', 'Havenstraat', 'Singel', 'Oranjestraat', 'Emmalaan', 'Parkweg', 'Lindenlaan', 'Eikenlaan', 'Beukenlaan', 'Kastanjelaan', 'Populierenlaan', 'Rozenstraat', 'Tulpstraat', 'Dahliastraat', 'Prins Bernhardlaan', 'Nassaulaan', 'Zuidsingel', 'Noordstraat', 'Westdijk', 'Oostdam', 'Graaf Florislaan', 'Burgemeester van Zuylenstraat', "Van 't Hoffstraat", 'Jan Steenstraat', 'Rembrandtlaan', 'Vermeerstraat', 'Hugo de Grootstraat', 'Laan van Oudegein'];
export const CITIES = ['Woerden', 'Utrecht', 'Gouda', 'Bodegraven', 'Montfoort', 'Oudewater', 'IJsselstein', 'Nieuwegein', 'Harmelen', 'Kamerik', 'Zegveld', 'Linschoten', 'Amersfoort', 'Alphen aan den Rijn', 'Houten', 'Zeist', 'Amsterdam', 'Rotterdam', "'s-Gravenhage", "'s-Hertogenbosch"];
export const ADDITIONS = ['A', 'B', 'C', 'a', 'bis', '1', '2', 'hs', 'I', 'II', 'rd', 'zw'];
export const MAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'planet.nl', 'xs4all.nl', 'icloud.com', 'home.nl'];
export const AREA_CODES = ['010', '020', '030', '033', '035', '0172', '0182', '0348', '0343', '0318', '070', '073', '0341', '0297'];
