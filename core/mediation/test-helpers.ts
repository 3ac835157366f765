import { complaintOffice, ownedComplaint } from '../complaints/test-helpers';
import type { ProcedureInput } from '../contracts';
import { completeBusiness } from '../providers/test-helpers';
import type { TestCore } from '../testing/harness';

type NewPerson = NonNullable<ProcedureInput<'providers.register'>['newPerson']>;

/**
 * The complaint office (complaints/test-helpers.ts) with one registered provider, Klusbedrijf De Vries
 * in Woerden, that has an address and e-mail so letters can reach it. The clock stands on Monday
 * 23 November 2026, 10:30 in Woerden.
 */
export async function mediationOffice(t: TestCore, person: Partial<NewPerson> = {}) {
  const office = await complaintOffice(t);
  const categories = await t.ok('providers.addDefaultCategories', {}, office.admin);
  const cat = (name: string) => categories.find((c) => c.name === name)!.id;
  const newPerson = {
    kind: 'organisatie',
    organisationName: 'Klusbedrijf De Vries',
    street: 'Industrieweg',
    houseNumber: 5,
    postcode: '3446 CD',
    city: 'Woerden',
    phone: '0348 123 456',
    email: 'info@klusbedrijf.example',
    ...person,
  } as NewPerson;
  const provider = await t.ok('providers.register', completeBusiness(cat, { newPerson }), office.admin);
  return { ...office, provider };
}

export type MediationOffice = Awaited<ReturnType<typeof mediationOffice>>;

/** Mevrouw J. de Vries complains about the provider's painting job; forwarded to team Leden, Sanne owns it. */
export function complaintAboutProvider(t: TestCore, office: MediationOffice) {
  return ownedComplaint(t, office, {
    concernsKind: 'dienstverlener',
    concernsTeamId: null,
    concernsProviderId: office.provider.id,
    description: 'Het schilderwerk aan de kozijnen bladdert na drie maanden al af. De schilder komt niet terug.',
    requestedRemedy: 'Het schilderwerk opnieuw laten doen.',
  });
}

/** B5: the provider complains about the customer, mevrouw J. de Vries, who has not paid the last invoice. */
export function complaintAboutCustomer(t: TestCore, office: MediationOffice) {
  return ownedComplaint(t, office, {
    complainantId: office.provider.person.id,
    reporterType: 'leverancier',
    concernsKind: 'klant',
    concernsTeamId: null,
    concernsPersonId: office.complainant.id,
    concernsProviderId: office.provider.id,
    description: 'De klant weigert de laatste factuur te betalen terwijl het werk is opgeleverd.',
  });
}

export const ALL_CONDITIONS = {
  providerNamed: true,
  providerInformed: true,
  severalAttempts: true,
  signedAgreement: true,
  warrantyApplies: true,
  bothIntendToSettle: true,
} as const;

/** Advice given (B1) and all conditions met (B3): ready to put the complaint to the other party. */
export async function allowedMediation(t: TestCore, office: MediationOffice, complaintId: string) {
  const started = await t.ok('mediation.start', { complaintId, adviceNote: null }, office.desk.session);
  const { mediation } = await t.ok('mediation.checkConditions', { id: started.id, version: started.version, conditions: ALL_CONDITIONS }, office.desk.session);
  return mediation;
}

/** The timeline lines of a complaint, oldest first. */
export function stepsOf(t: TestCore, complaintId: string) {
  return t.core.sqlite.prepare('SELECT step, text, document_id AS documentId FROM complaint_steps WHERE complaint_id = ? ORDER BY at, rowid').all(complaintId) as {
    step: string;
    text: string;
    documentId: string | null;
  }[];
}
