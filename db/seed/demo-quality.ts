import { addCalendarMonths, addDays } from '../../core/calendar';
import type { ProcedureInput } from '../../core/contracts';
import type { DemoCall } from './demo-relations';

type Register = ProcedureInput<'providers.register'>;

/** Approved businesses that join the quality mark, each telling one story of the register. */
const PROVIDERS = {
  healthy: { name: 'Timmerbedrijf Van Dijk', street: 'Rijnstraat', houseNumber: 112, postcode: '3441 BV', city: 'Woerden', kvk: '30234561', category: 'Klussen in en om het huis' },
  reviews: { name: 'Schildersbedrijf Verhoef', street: 'Leidsestraatweg', houseNumber: 61, postcode: '3443 BS', city: 'Woerden', kvk: '30234562', category: 'Schilderwerk' },
  unpaid: { name: 'Dakwerken Van Rijn B.V.', street: 'Dorpsstraat', houseNumber: 9, postcode: '3481 EA', city: 'Harmelen', kvk: '30234563', category: 'Klussen in en om het huis' },
  terminated: { name: 'Installatiebedrijf De Graaf', street: 'Oudkerkweg', houseNumber: 27, postcode: '2411 LK', city: 'Bodegraven', kvk: '28234564', category: 'Loodgieterswerk' },
  notice: { name: 'Hoveniersbedrijf Groen', street: 'Mijzijde', houseNumber: 70, postcode: '3471 EN', city: 'Kamerik', kvk: '30234565', category: 'Tuinonderhoud' },
} as const;
type Story = keyof typeof PROVIDERS;

/**
 * The quality-mark register (Q1-Q7) through the real procedures, relative to `today`:
 * Timmerbedrijf Van Dijk with sufficient reviews; Schildersbedrijf Verhoef with two insufficient
 * reviews in the half year (rule 1: an open finding on the board's list); Dakwerken Van Rijn that
 * never paid its contribution (rule 5); Installatiebedrijf De Graaf, ended by the board two weeks
 * ago after two negative binding advices, seen with the sticker on its van afterwards and on the
 * blacklist; Hoveniersbedrijf Groen, which gave notice for the year end; and Klusbedrijf Bakker,
 * approved and recognised today. `asBoard` calls as the board (Q3-Q4 decisions are the board's).
 */
export async function seedDemoQuality(call: DemoCall, asBoard: DemoCall, today: string): Promise<void> {
  const day = (offset: number) => addDays(today, offset);
  const monthsAgo = (months: number) => addCalendarMonths(today, -months);
  const categories = await call('providers.listCategories', { includeInactive: false });
  const persons = await call('persons.list', { offset: 0, limit: 50 });
  const customer = (needle: string) => persons.rows.find((p) => p.displayName.includes(needle))!.id;
  const customers = [customer('Vries-Ünal'), customer('Broek'), customer('Emre')];

  // Q1: approved providers only; each registered two months before it joined, screened, approved.
  const starts: Record<Story, string> = { healthy: monthsAgo(26), reviews: monthsAgo(14), unpaid: monthsAgo(8), terminated: monthsAgo(36), notice: monthsAgo(20) };
  const providerIds = {} as Record<Story, string>;
  for (const story of Object.keys(PROVIDERS) as Story[]) {
    const p = PROVIDERS[story];
    const registeredOn = addDays(starts[story], -60);
    const provider = await call('providers.register', {
      providerType: 'bedrijf',
      newPerson: { kind: 'organisatie', organisationName: p.name, street: p.street, houseNumber: p.houseNumber, postcode: p.postcode, city: p.city, preferredChannel: 'post' },
      kvkNumber: p.kvk, insurer: 'Centraal Beheer', policyNumber: `AVB-${p.kvk.slice(-5)}`, insuredUntil: day(240), branchOrganisation: 'Bouwend Nederland',
      services: [{ categoryId: categories.find((c) => c.name === p.category)!.id, experience: null }],
      regions: [{ from: '3440', to: '3449', place: null }, { from: null, to: null, place: p.city }],
      registeredOn,
    } satisfies Register);
    await approve(call, provider.id, [addDays(registeredOn, 3), addDays(registeredOn, 14), addDays(registeredOn, 30)]);
    providerIds[story] = provider.id;
  }

  // Q7: joined in different years; each year's contribution is charged and paid before the next one,
  // so no assessment ever sees an old debt. Van Rijn never pays (rule 5).
  const participantIds = {} as Record<Story, string>;
  const stories = Object.keys(starts) as Story[];
  const firstYear = Math.min(...stories.map((s) => Number(starts[s].slice(0, 4))));
  for (let year = firstYear; year <= Number(today.slice(0, 4)); year++) {
    for (const story of stories.filter((s) => Number(starts[s].slice(0, 4)) === year)) {
      const { participant } = await call('quality.register', { providerId: providerIds[story], startDate: starts[story], zelfstandigenBouw: story === 'notice', yearEndMonthDay: '12-31', via: 'post' });
      participantIds[story] = participant.id;
    }
    await call('quality.chargeContributions', { year });
    for (const c of await call('quality.contributions', { year, onlyUnpaid: true })) {
      if (c.participant.id === participantIds.unpaid) continue;
      const paidOn = addDays(c.chargedOn, 12);
      await call('quality.setContributionPaid', { id: c.id, paidOn: paidOn < today ? paidOn : today });
    }
  }

  // Q2: reviews by customers; Verhoef's second insufficient one in the half year fires rule 1 (2 of 4).
  const review = (story: Story, daysAgo: number, sufficient: boolean, n: number) =>
    call('quality.addReview', {
      participantId: participantIds[story], reviewedOn: day(-daysAgo), customerId: customers[n % customers.length]!,
      guaranteeSufficient: true, serviceSufficient: sufficient, craftsmanshipSufficient: sufficient, sufficient,
      jobReference: `OFF-${2400 + n}`, notes: sufficient ? null : 'Klant is niet tevreden over de afwerking en de communicatie.',
    });
  for (const [n, daysAgo] of [300, 210, 120, 60, 20].entries()) await review('healthy', daysAgo, true, n);
  for (const [n, [daysAgo, sufficient]] of ([[150, true], [90, false], [40, true], [10, false]] as const).entries()) await review('reviews', daysAgo, sufficient, 10 + n);
  for (const [n, daysAgo] of [200, 100].entries()) await review('unpaid', daysAgo, true, 20 + n);
  for (const [n, daysAgo] of [400, 250, 130].entries()) await review('terminated', daysAgo, true, 30 + n);
  for (const [n, daysAgo] of [330, 160, 45].entries()) await review('notice', daysAgo, true, 40 + n);
  await call('quality.addAdvice', { participantId: participantIds.healthy, advisedOn: day(-150), expert: 'ing. P. de Wit', outcome: 'positief', dispute: 'Klemmende binnendeuren na plaatsing' });

  // Q3 rule 2 → Q4: two negative binding advices; the board ends the participation as of two weeks ago.
  await call('quality.addAdvice', { participantId: participantIds.terminated, advisedOn: day(-110), expert: 'mr. A. Kramer', outcome: 'negatief', dispute: 'Lekkende cv-leidingen na vervanging van de ketel' });
  await call('quality.addAdvice', { participantId: participantIds.terminated, advisedOn: day(-45), expert: 'ing. S. van Leeuwen', outcome: 'negatief', dispute: 'Badkamer afgekeurd: afvoer zonder afschot' });
  const board = await asBoard('quality.board', {});
  const finding = board.find((item) => item.participant.id === participantIds.terminated && item.finding.rule === 2)!.finding;
  await asBoard('quality.decide', {
    participantId: participantIds.terminated, findingId: finding.id, outcome: 'beeindigen', terminationDate: day(-14), via: 'post',
    reasons: 'Twee negatieve bindende adviezen binnen een jaar over installatiewerk; het bedrijf heeft na het eerste advies geen verbetering laten zien.',
  });
  // Q5 h-j, Q6: after the ten days the sticker was still on the van; published on the blacklist.
  const seen = await call('quality.recordViolation', {
    participantId: participantIds.terminated, seenOn: day(-2), description: 'Keurmerksticker nog op de bestelbus gezien, Oudkerkweg Bodegraven', files: [],
  });
  await call('quality.publishBlacklist', { violationId: seen.violations[0]!.id, via: 'post' });

  // Q4: written notice, received in time for the coming year end (in December: the last day it could be).
  const terms = await call('quality.noticeTerms', { id: participantIds.notice, receivedOn: today });
  await call('quality.terminateByParticipant', {
    id: participantIds.notice, receivedOn: today <= terms.noticeDeadline ? today : terms.noticeDeadline, reason: 'Eigenaar gaat met pensioen; het bedrijf stopt.', via: 'post',
  });

  // Q1: the demo's own Klusbedrijf Bakker is approved and joins today (recognition letter T14).
  const providers = await call('providers.list', { offset: 0, limit: 50 });
  const bakker = providers.rows.find((p) => p.name.includes('Bakker'))!.id;
  await approve(call, bakker, [today, today, today]);
  await call('quality.register', { providerId: bakker, startDate: today, zelfstandigenBouw: true, yearEndMonthDay: '12-31', via: 'post' });

  // The daily run, as the hosts start it.
  await call('quality.assessAll', {});
}

/** D2: phone selection, visit and approval, on these days. */
async function approve(call: DemoCall, providerId: string, [selected, visited, approved]: [string, string, string]): Promise<void> {
  await call('providers.advanceScreening', { id: providerId, step: 'telefonisch_geselecteerd', doneOn: selected, note: 'Telefonisch doorgesproken.' });
  await call('providers.advanceScreening', { id: providerId, step: 'bezocht', doneOn: visited, note: 'Bedrijfsbezoek; werk en referenties bekeken.' });
  await call('providers.advanceScreening', { id: providerId, step: 'goedgekeurd', doneOn: approved });
}
