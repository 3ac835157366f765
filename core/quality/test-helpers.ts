import type { ProcedureInput } from '../contracts';
import type { Role } from '../contracts/roles';
import { createClientSession, type ClientSession } from '../context';
import { staff } from '../../db/schema';
import { mediationOffice } from '../mediation/test-helpers';
import { completeBusiness } from '../providers/test-helpers';
import type { TestCore } from '../testing/harness';

/**
 * The complaint office (complaints/test-helpers.ts) with Klusbedrijf De Vries in Woerden approved
 * (screening goedgekeurd, D2), and two board members of the quality mark (role `board`), each
 * with a session of their own. The clock stands on Monday 23 November 2026, 10:30 in Woerden.
 */
export async function qualityOffice(t: TestCore) {
  const office = await mediationOffice(t);
  const boardMember = (name: string, roles: Role[] = ['board']) => {
    const row = t.core.write(office.adminUser.id, (w) =>
      w.insert(staff, { username: name.toLowerCase().replace(/[^a-z]/g, ''), name, email: null, jobTitle: 'Bestuurslid keurmerk', passwordHash: 'x', roles, teamId: null, active: true, mustChangePassword: false }),
    );
    const session: ClientSession = { ...createClientSession(), userId: row.id };
    return { id: row.id, name, session };
  };
  const board = boardMember('Bea Bestuur');
  const secondBoard = boardMember('Bert Bestuurslid');
  await approve(t, office.provider.id, office.admin);
  return { ...office, board, secondBoard };
}

export type QualityOffice = Awaited<ReturnType<typeof qualityOffice>>;

/** D2: phone selection, visit and approval, so the provider may join the quality mark (Q1). */
export async function approve(t: TestCore, providerId: string, session: ClientSession): Promise<void> {
  for (const step of ['telefonisch_geselecteerd', 'bezocht', 'goedgekeurd'] as const) {
    await t.ok('providers.advanceScreening', { id: providerId, step, doneOn: '2026-11-23' }, session);
  }
}

/** Another business with an address, registered; approved (D2) unless `approved` is false. */
export async function otherProvider(t: TestCore, office: QualityOffice, organisationName: string, approved = true) {
  const categories = await t.ok('providers.addDefaultCategories', {}, office.admin);
  const cat = (name: string) => categories.find((c) => c.name === name)!.id;
  const newPerson = { kind: 'organisatie' as const, organisationName, street: 'Rijnstraat', houseNumber: 8, postcode: '3441 BC', city: 'Woerden', phone: '0348 654 321', email: 'post@bedrijf.example' };
  const provider = await t.ok('providers.register', completeBusiness(cat, { newPerson, kvkNumber: '87654321' }), office.admin);
  if (approved) await approve(t, provider.id, office.admin);
  return provider;
}

/** Q1: Klusbedrijf De Vries registered as participant from Monday 23 November 2026, the letter sent by post. */
export async function registeredParticipant(t: TestCore, office: QualityOffice, overrides: Partial<ProcedureInput<'quality.register'>> = {}) {
  const { participant } = await t.ok(
    'quality.register',
    { providerId: office.provider.id, startDate: '2026-11-23', zelfstandigenBouw: false, yearEndMonthDay: '12-31', notes: null, via: 'post', ...overrides },
    office.desk.session,
  );
  return participant;
}

/** A customer who reviews the participant's jobs (Q2). */
export function customer(t: TestCore, office: QualityOffice, lastName: string) {
  return t.ok('persons.create', { kind: 'persoon', salutation: 'heer', initials: 'P.', lastName, city: 'Woerden', preferredChannel: 'post' }, office.desk.session);
}

/** Q2: a review; every judgement sufficient unless `sufficient` is false (then all three are not). */
export function reviewInput(participantId: string, customerId: string, reviewedOn: string, sufficient: boolean): ProcedureInput<'quality.addReview'> {
  return {
    participantId,
    reviewedOn,
    customerId,
    guaranteeSufficient: sufficient,
    serviceSufficient: sufficient,
    craftsmanshipSufficient: sufficient,
    sufficient,
    complaintId: null,
    jobReference: null,
    notes: null,
  };
}
