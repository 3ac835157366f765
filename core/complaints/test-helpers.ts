import { improvementOptions, staff, teams } from '../../db/schema';
import type { ProcedureInput } from '../contracts';
import type { Complaint } from '../contracts/complaints';
import type { Role } from '../contracts/roles';
import { createClientSession, type ClientSession } from '../context';
import { withAdmin, type TestCore } from '../testing/harness';

/**
 * A small office for complaint tests: team Leden with manager Marieke, two servicedesk employees,
 * a second team (Techniek), the director, a complainant and a provider. Each person has a signed-in
 * session of their own. Staff rows are written directly (the staff procedures are tested elsewhere).
 * The clock is set to Monday 23 November 2026, 10:30 in Woerden (09:30 UTC), a working day.
 */
export async function complaintOffice(t: TestCore) {
  t.clock.set('2026-11-23T09:30:00Z');
  const { admin, adminUser } = await withAdmin(t);
  const write = <T>(fn: Parameters<TestCore['core']['write']>[1]) => t.core.write(adminUser.id, fn) as T;
  const person = (name: string, roles: Role[], teamId: string | null) => {
    const row = write<{ id: string }>((w) =>
      w.insert(staff, { username: name.toLowerCase().replace(/[^a-z]/g, ''), name, email: null, jobTitle: null, passwordHash: 'x', roles, teamId, active: true, mustChangePassword: false }),
    );
    const session: ClientSession = { ...createClientSession(), userId: row.id };
    return { id: row.id, name, session };
  };
  const leden = write<{ id: string }>((w) => w.insert(teams, { name: 'Leden', description: null, managerId: null }));
  const techniek = write<{ id: string }>((w) => w.insert(teams, { name: 'Techniek', description: null, managerId: null }));
  const manager = person('Marieke Manager', ['manager'], leden.id);
  const technicalManager = person('Tom Technisch', ['manager'], techniek.id);
  write((w) => w.update(teams, leden.id, { managerId: manager.id }));
  write((w) => w.update(teams, techniek.id, { managerId: technicalManager.id }));
  const desk = person('Sanne Servicedesk', ['servicedesk'], leden.id);
  const colleague = person('Kees Collega', ['servicedesk'], leden.id);
  const engineer = person('Erik Engineer', ['servicedesk'], techniek.id);
  const director = person('Dirk Directeur', ['director'], null);
  const complainant = await t.ok(
    'persons.create',
    { kind: 'persoon', salutation: 'mevrouw', initials: 'J.', lastName: 'Vries', infix: 'de', street: 'Dorpsstraat', houseNumber: 12, postcode: '3441 AB', city: 'Woerden', phone: '06 12345678', email: 'j.devries@example.nl', preferredChannel: 'post' },
    desk.session,
  );
  return { admin, adminUser, leden, techniek, manager, technicalManager, desk, colleague, engineer, director, complainant };
}

export type ComplaintOffice = Awaited<ReturnType<typeof complaintOffice>>;

/** A phone complaint about team Leden, received Monday 23 November 2026 at 09:15. */
export function intakeInputFor(office: ComplaintOffice, overrides: Partial<ProcedureInput<'complaints.intake'>> = {}): ProcedureInput<'complaints.intake'> {
  return {
    complainantId: office.complainant.id,
    kind: 'klacht',
    reporterType: 'klant',
    channel: 'telefoon',
    receivedAt: '2026-11-23T09:15',
    concernsKind: 'team',
    concernsTeamId: office.leden.id,
    description: 'De monteur kwam niet opdagen en niemand belde af.',
    requestedRemedy: 'Een nieuwe afspraak en excuses.',
    urgent: false,
    ...overrides,
  };
}

/** Intake, forwarded to team Leden, owner Sanne assigned: ready for calls and the written answer. */
export async function ownedComplaint(t: TestCore, office: ComplaintOffice, overrides: Partial<ProcedureInput<'complaints.intake'>> = {}): Promise<Complaint> {
  const complaint = await t.ok('complaints.intake', intakeInputFor(office, overrides), office.desk.session);
  await t.ok('complaints.forward', { id: complaint.id, teamId: office.leden.id }, office.desk.session);
  return t.ok('complaints.assignOwner', { id: complaint.id, ownerId: office.desk.id }, office.manager.session);
}

/** Through the written answer: drafted by the owner, approved by the manager, sent by post. */
export async function answeredComplaint(t: TestCore, office: ComplaintOffice, overrides: Partial<ProcedureInput<'complaints.intake'>> = {}): Promise<Complaint> {
  const complaint = await ownedComplaint(t, office, overrides);
  await t.ok('complaints.draftAnswer', { id: complaint.id, answerSummary: 'U meldde dat de monteur niet kwam.', answerSolution: 'Wij plannen een nieuwe afspraak en vergoeden de voorrijkosten.' }, office.desk.session);
  await t.ok('complaints.approveAnswer', { id: complaint.id }, office.manager.session);
  return (await t.ok('complaints.sendAnswer', { id: complaint.id, via: 'post' }, office.desk.session)).complaint;
}

/** The K15 lists with one active option each (rows written directly; the list procedures have tests of their own). */
export function improvementChoice(t: TestCore, office: ComplaintOffice) {
  const add = (list: 'categorie' | 'oorzaak' | 'maatregel', name: string) =>
    t.core.write(office.adminUser.id, (w) => w.insert(improvementOptions, { list, name, active: true })).id;
  return { categoryId: add('categorie', 'Bereikbaarheid'), causeId: add('oorzaak', 'Planning'), measureId: add('maatregel', 'Werkinstructie aangepast') };
}
