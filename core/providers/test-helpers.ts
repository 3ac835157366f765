import { persons } from '../../db/schema';
import type { ProcedureInput } from '../contracts';
import type { ClientSession } from '../context';
import { withAdmin, type TestCore } from '../testing/harness';

/** Test setup for the providers area: an administrator and the default service categories. */
export async function providerOffice(t: TestCore) {
  const { admin, adminUser } = await withAdmin(t);
  const categories = await t.ok('providers.addDefaultCategories', {}, admin);
  const cat = (name: string) => {
    const found = categories.find((c) => c.name === name);
    if (!found) throw new Error(`no category ${name}`);
    return found.id;
  };
  return { admin, adminUser, cat };
}

/** A person or organisation row as the persons area would store it (the persons procedures are not needed here). */
export function addPerson(
  t: TestCore,
  userId: string,
  values: { kind: 'persoon' | 'organisatie'; lastName?: string; firstName?: string; organisationName?: string; city?: string; postcode?: string; phone?: string },
): string {
  const sortName = values.kind === 'organisatie' ? values.organisationName! : [values.lastName, values.firstName].filter(Boolean).join(', ');
  return t.core.write(userId, (w) => w.insert(persons, { ...values, sortName })).id;
}

type RegisterInput = ProcedureInput<'providers.register'>;

/** A business with every item approval asks for (D2), insured for a year from 2026-11-21. */
export function completeBusiness(cat: (name: string) => string, overrides: Partial<RegisterInput> = {}): RegisterInput {
  return {
    providerType: 'bedrijf',
    newPerson: { kind: 'organisatie', organisationName: 'Klusbedrijf De Vries', city: 'Woerden', postcode: '3441 AB', phone: '0348 123 456' },
    kvkNumber: '12345678',
    insurer: 'Centraal Beheer',
    policyNumber: 'BA-998877',
    insuredUntil: '2027-11-30',
    branchOrganisation: 'Bouwend Nederland',
    services: [{ categoryId: cat('Schilderwerk') }, { categoryId: cat('Klussen in en om het huis') }],
    regions: [{ from: '3440', to: '3449' }],
    ...overrides,
  };
}

/** A private provider with every item approval asks for (D2). */
export function completePrivate(cat: (name: string) => string, overrides: Partial<RegisterInput> = {}): RegisterInput {
  return {
    providerType: 'particulier',
    newPerson: { kind: 'persoon', firstName: 'Kees', lastName: 'Jansen', city: 'Harmelen', postcode: '3481 AA', phone: '06 12345678' },
    insurer: 'Interpolis',
    policyNumber: 'AVP-1234',
    insuredUntil: '2027-06-30',
    vogReceivedOn: '2026-11-01',
    services: [
      { categoryId: cat('Tuinonderhoud'), experience: '20 jaar eigen tuin en die van de buren' },
      { categoryId: cat('Computerhulp'), experience: 'Systeembeheerder geweest' },
    ],
    regions: [{ place: 'Harmelen' }, { from: '3440', to: '3449' }],
    ...overrides,
  };
}

/** Phone selection and visit done, ready for approval. */
export async function screenUpToVisit(t: TestCore, id: string, session: ClientSession): Promise<void> {
  await t.ok('providers.advanceScreening', { id, step: 'telefonisch_geselecteerd', doneOn: '2026-11-21' }, session);
  await t.ok('providers.advanceScreening', { id, step: 'bezocht', doneOn: '2026-11-21' }, session);
}

/** A signed-in servicedesk employee (role `servicedesk` only), password already changed. */
export async function servicedeskEmployee(t: TestCore, admin: ClientSession, adminId: string) {
  const team = await t.ok('teams.create', { name: 'Dienstverlening', managerId: adminId }, admin);
  const password = { password: 'tijdelijk-123', passwordRepeat: 'tijdelijk-123' };
  await t.ok('staff.create', { username: 'lisa', name: 'Lisa de Groot', roles: ['servicedesk'], teamId: team.id, ...password }, admin);
  const session = t.session();
  const user = await t.ok('auth.signIn', { username: 'lisa', password: 'tijdelijk-123' }, session);
  await t.ok('auth.changePassword', { currentPassword: 'tijdelijk-123', newPassword: 'lisas-geheim-1', newPasswordRepeat: 'lisas-geheim-1' }, session);
  return { session, user };
}
