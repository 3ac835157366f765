import { amsterdamLocal } from '../../core/contracts/local-time';
import type { DemoCall } from './demo-relations';

/** A moment some days ago at a given Woerden time, as the intake form writes it. */
function localDaysAgo(days: number, time: string): string {
  return `${amsterdamLocal(new Date(Date.now() - days * 86_400_000)).slice(0, 10)}T${time}`;
}

const K15_LISTS = {
  categorie: ['Bereikbaarheid', 'Kwaliteit van het werk', 'Facturering', 'Bejegening', 'Planning en afspraken'],
  oorzaak: ['Planning', 'Communicatie', 'Werkwijze dienstverlener', 'Systeemfout', 'Verwachting klant'],
  maatregel: ['Excuses en uitleg', 'Werkinstructie aangepast', 'Gesprek met dienstverlener', 'Vergoeding', 'Geen maatregel nodig'],
} as const;

/**
 * Complaints at several steps of the procedure, made through the real procedures: one just taken on
 * the phone, one forwarded with its first call due today, an urgent one whose written answer is
 * overdue, one resolved at intake, one about a provider in mediation and a duplicate report.
 */
export async function seedDemoComplaints(call: DemoCall): Promise<void> {
  for (const [list, names] of Object.entries(K15_LISTS)) {
    for (const name of names) await call('improvement.add', { list: list as keyof typeof K15_LISTS, name });
  }
  const options = await call('improvement.list', {});
  const option = (list: string, name: string) => options.find((o) => o.list === list && o.name === name)!.id;
  const teams = await call('teams.list', {});
  const team = (name: string) => teams.find((t) => t.name === name)!;
  const staff = await call('staff.list', { includeInactive: false });
  const employee = (name: string) => staff.find((s) => s.name === name)!.id;
  const persons = await call('persons.list', { offset: 0, limit: 50 });
  const person = (needle: string) => persons.rows.find((p) => p.displayName.includes(needle))!.id;
  const providers = await call('providers.list', { offset: 0, limit: 50 });
  const bakker = providers.rows.find((p) => p.name.includes('Bakker'))!.id;

  const base = { reporterType: 'klant', channel: 'telefoon', concernsKind: 'team', urgent: false } as const;
  await call('complaints.intake', {
    ...base,
    complainantId: person('Broek'),
    kind: 'klacht',
    receivedAt: localDaysAgo(0, '09:12'),
    concernsTeamId: team('Servicedesk').id,
    description: 'Ik heb drie keer gebeld over mijn lidmaatschapsbrief en niemand belde terug.',
    requestedRemedy: 'Graag vandaag teruggebeld worden.',
  });

  const forwarded = await call('complaints.intake', {
    ...base,
    complainantId: person('Vries'),
    kind: 'klacht',
    receivedAt: localDaysAgo(0, '08:40'),
    concernsTeamId: team('Dienstverlening').id,
    description: 'De schilder is twee keer niet op de afgesproken dag gekomen.',
    requestedRemedy: 'Een vaste afspraak en een vergoeding van de vrije dag.',
  });
  await call('complaints.forward', { id: forwarded.id, teamId: team('Dienstverlening').id, via: 'post' });
  await call('complaints.assignOwner', { id: forwarded.id, ownerId: employee('Lisa de Groot') });

  // Received seven weeks ago: the six weeks of K10 have passed, so the answer shows as overdue.
  const overdue = await call('complaints.intake', {
    ...base,
    complainantId: person('Broek'),
    kind: 'claim',
    channel: 'post',
    receivedAt: localDaysAgo(49, '11:05'),
    concernsTeamId: team('Servicedesk').id,
    description: 'Schade aan mijn vloer na een klus; ik wil de herstelkosten vergoed krijgen.',
    requestedRemedy: 'Vergoeding van € 350,00.',
    urgent: true,
  });
  await call('complaints.forward', { id: overdue.id, teamId: team('Servicedesk').id, via: 'post' });
  await call('complaints.assignOwner', { id: overdue.id, ownerId: employee('Sanne Jansen') });
  await call('complaints.logCall', { id: overdue.id, calledAt: localDaysAgo(0, '08:05'), reached: true, outcome: 'Foto’s van de schade opgevraagd; klant stuurt ze deze week.' });

  await call('complaints.intake', {
    ...base,
    complainantId: person('Vries'),
    kind: 'opmerking',
    receivedAt: localDaysAgo(2, '14:30'),
    concernsKind: 'organisatie',
    description: 'Het wachtmuziekje aan de telefoon is erg hard.',
    resolvedAtIntake: true,
    solution: 'Doorgegeven aan beheer; volume is verlaagd.',
    improvement: { categoryId: option('categorie', 'Bereikbaarheid'), causeId: option('oorzaak', 'Systeemfout'), measureId: option('maatregel', 'Excuses en uitleg') },
  });

  const aboutProvider = await call('complaints.intake', {
    ...base,
    complainantId: person('Vries'),
    kind: 'klacht',
    receivedAt: localDaysAgo(3, '10:00'),
    concernsKind: 'dienstverlener',
    concernsProviderId: bakker,
    description: 'Het stucwerk in de woonkamer scheurt al na twee weken. Klusbedrijf Bakker reageert niet meer.',
    requestedRemedy: 'Herstel van het stucwerk.',
  });
  await call('complaints.forward', { id: aboutProvider.id, teamId: team('Dienstverlening').id, via: 'post' });
  await call('mediation.start', { complaintId: aboutProvider.id, adviceNote: 'Klant heeft twee keer gebeld met de dienstverlener; geadviseerd het schriftelijk te vragen.' });
  const mediation = await call('mediation.get', { complaintId: aboutProvider.id });
  const allHold = { providerNamed: true, providerInformed: true, severalAttempts: true, signedAgreement: true, warrantyApplies: true, bothIntendToSettle: true };
  await call('mediation.checkConditions', { id: mediation!.id, conditions: allHold, via: 'post' });
  await call('mediation.requestResponse', { id: mediation!.id, via: 'post' });

  const duplicate = await call('complaints.intake', {
    ...base,
    complainantId: person('Vries'),
    kind: 'klacht',
    channel: 'email',
    receivedAt: localDaysAgo(0, '09:30'),
    concernsTeamId: team('Dienstverlening').id,
    description: 'Nogmaals: de schilder komt niet opdagen.',
  });
  await call('complaints.linkDuplicate', { id: duplicate.id, mainId: forwarded.id });
}
