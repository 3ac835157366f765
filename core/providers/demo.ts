import type { Core } from '../app';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../contracts';
import { amsterdamDay } from '../contracts/format';
import type { ClientSession } from '../context';
import { seedServiceCategories } from './defaults';
import { addDays } from './rules';

type Register = ProcedureInput<'providers.register'>;
type Stage = 'aangemeld' | 'bezocht' | 'goedgekeurd' | 'afgewezen';

/**
 * Demo providers in every state the screens show: approved businesses and private providers, one
 * waiting for its VOG after the visit, one just registered, one rejected, one whose insurance
 * expires soon (work list). Through the real procedures, as the user signed in on `session`.
 */
export async function seedDemoProviders(core: Core, session: ClientSession): Promise<void> {
  const call = async <N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> => {
    const result = await core.call(name, input, session);
    if (!result.ok) throw new Error(`${name}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
    return result.value;
  };
  const categories = await seedServiceCategories(core, session);
  const cat = (name: string) => categories.find((c) => c.name === name)!.id;
  const today = amsterdamDay(core.clock.now());
  const day = (offset: number) => addDays(today, offset);

  const providers: [Register, Stage][] = [
    [{
      providerType: 'bedrijf',
      newPerson: { kind: 'organisatie', organisationName: 'Klusbedrijf Van Dijk', street: 'Rijnstraat', houseNumber: 12, postcode: '3441 BT', city: 'Woerden', phone: '0348 412 345', email: 'info@klusbedrijfvandijk.nl' },
      kvkNumber: '30234567', insurer: 'Centraal Beheer', policyNumber: 'BAV-2231-778', insuredUntil: day(300), branchOrganisation: 'Bouwend Nederland',
      services: [{ categoryId: cat('Klussen in en om het huis') }, { categoryId: cat('Schilderwerk') }, { categoryId: cat('Loodgieterswerk') }],
      regions: [{ from: '3440', to: '3449' }, { place: 'Harmelen' }],
    }, 'goedgekeurd'],
    [{
      providerType: 'particulier',
      newPerson: { kind: 'persoon', salutation: 'heer', firstName: 'Henk', lastName: 'Bos', street: 'Mijzijde', houseNumber: 48, postcode: '3471 EM', city: 'Kamerik', phone: '06 41 22 33 44' },
      insurer: 'Interpolis', policyNumber: 'AVP-88120', insuredUntil: day(200), vogReceivedOn: day(-25),
      services: [{ categoryId: cat('Tuinonderhoud'), experience: 'Veertig jaar hovenier geweest, nu met pensioen.' }],
      regions: [{ place: 'Kamerik' }, { from: '3440', to: '3449' }],
      notes: 'Heeft eigen gereedschap en aanhanger.',
    }, 'goedgekeurd'],
    [{
      providerType: 'bedrijf',
      newPerson: { kind: 'organisatie', organisationName: 'Elektro Smit B.V.', street: 'Industrieweg', houseNumber: 7, postcode: '2411 NJ', city: 'Bodegraven', phone: '0172 61 23 45' },
      kvkNumber: '28112233', insurer: 'Nationale-Nederlanden', policyNumber: 'NN-5531907', insuredUntil: day(12), branchOrganisation: 'Techniek Nederland',
      services: [{ categoryId: cat('Elektra') }],
      regions: [{ from: '2410', to: '2419' }, { from: '3440', to: '3449' }],
    }, 'goedgekeurd'],
    [{
      providerType: 'particulier',
      newPerson: { kind: 'persoon', salutation: 'mevrouw', firstName: 'Marieke', lastName: 'Visser', street: 'Molenvliet', houseNumber: 3, postcode: '3448 BA', city: 'Woerden', email: 'marieke.visser@example.nl' },
      insurer: 'ASR', policyNumber: 'ASR-7781', insuredUntil: day(400),
      services: [{ categoryId: cat('Computerhulp'), experience: 'Werkt als ict-docent op het ROC.' }, { categoryId: cat('Administratie'), experience: 'Helpt al jaren buren met belastingaangifte.' }],
      regions: [{ from: '3440', to: '3449' }],
      notes: 'VOG aangevraagd; wacht op Justis.',
    }, 'bezocht'],
    [{
      providerType: 'particulier',
      newPerson: { kind: 'persoon', salutation: 'heer', firstName: 'Ahmed', lastName: 'El Idrissi', postcode: '3443 AK', city: 'Woerden', phone: '06 18 27 36 45' },
      services: [{ categoryId: cat('Vervoer') }, { categoryId: cat('Boodschappen') }],
      regions: [{ place: 'Woerden' }],
    }, 'aangemeld'],
    [{
      providerType: 'bedrijf',
      newPerson: { kind: 'organisatie', organisationName: 'Schoonmaakbedrijf Snel', postcode: '3521 AZ', city: 'Utrecht' },
      services: [{ categoryId: cat('Schoonmaak') }],
      regions: [{ from: '3500', to: '3585' }],
    }, 'afgewezen'],
  ];

  for (const [input, stage] of providers) {
    const p = await call('providers.register', { ...input, registeredOn: day(-30) });
    if (stage === 'afgewezen') {
      await call('providers.advanceScreening', { id: p.id, step: 'afgewezen', doneOn: day(-28), rejectionReason: 'Geen KvK-inschrijving en geen verzekering; werkgebied buiten de regio.' });
      continue;
    }
    if (stage === 'aangemeld') continue;
    await call('providers.advanceScreening', { id: p.id, step: 'telefonisch_geselecteerd', doneOn: day(-27), note: 'Telefonisch doorgesproken; maakt een goede indruk.' });
    await call('providers.advanceScreening', { id: p.id, step: 'bezocht', doneOn: day(-20), note: 'Huisbezoek; gereedschap en referenties bekeken.' });
    if (stage === 'goedgekeurd') await call('providers.advanceScreening', { id: p.id, step: 'goedgekeurd', doneOn: day(-14) });
  }
}
