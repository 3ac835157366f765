import { complaintCalls, complaints } from '../../db/schema';
import type { z } from 'zod';
import type { complaintsContracts } from '../contracts/complaints';
import { amsterdamDay, formatDate, formatDateTime } from '../contracts/format';
import type { HandlerContext } from '../context';
import { requireUser } from '../context';
import { DomainError } from '../errors';
import { addresseeFromPerson } from '../persons/addressee';
import { completeWorkItems, addWorkItem, reassignWorkItems } from '../worklist/items';
import { activeStaff, assertImprovement, liveTeam } from './checks';
import { firstCallDue, writtenAnswerDue } from './deadlines';
import { COMPLAINT_DOSSIER, draftComplaintLetter, sendLetter } from './letters';
import { instantFromAmsterdamLocal } from '../contracts/local-time';
import { findPersonRow, getComplaintRow, type ComplaintRow } from './queries';
import { assertForwarded, assertOpen, isSubject } from './rules';
import { deadlineSettings } from './settings';
import { addStep } from './steps';

type Input<N extends keyof typeof complaintsContracts> = z.output<(typeof complaintsContracts)[N]['input']>;

const SENT_VIA = { email: 'per e-mail', post: 'per post (afdrukken vanuit het dossier)' } as const;

export function letterSubject(row: ComplaintRow, what: string): string {
  return `${what}, dossier ${row.dossierNumber}`;
}

function addressee(ctx: HandlerContext, row: ComplaintRow) {
  const person = findPersonRow(ctx.db, row.complainantId);
  if (!person) throw new DomainError('complaint.complainant_unknown');
  return addresseeFromPerson(person);
}

function expectVersion(row: ComplaintRow, version: number | undefined): void {
  if (version !== undefined && version !== row.version) throw new DomainError('record.stale');
}

/** Where a forwarded complaint goes (K5): the team and its manager, or the employee, their team and its manager. */
function forwardTarget(ctx: HandlerContext, input: Input<'complaints.forward'>) {
  const employee = input.staffId ? activeStaff(ctx.db, input.staffId) : undefined;
  if (input.staffId && !employee) throw new DomainError('complaint.forward_target_unknown', {}, ['staffId']);
  const teamId = input.teamId ?? employee?.teamId ?? null;
  const team = teamId ? liveTeam(ctx.db, teamId) : undefined;
  if (!team) throw new DomainError('complaint.forward_target_unknown', {}, [input.teamId ? 'teamId' : 'staffId']);
  if (!team.managerId || !activeStaff(ctx.db, team.managerId)) throw new DomainError('complaint.no_manager', { team: team.name }, [input.teamId ? 'teamId' : 'staffId']);
  const label = employee ? `${employee.name} (team ${team.name})` : `team ${team.name}`;
  return { team, employee, managerId: team.managerId, label };
}

/** K5, K8, K10: forward to the team's management, inform the complainant (T1) and set the first deadlines. */
export async function forwardComplaint(ctx: HandlerContext, input: Input<'complaints.forward'>): Promise<string[]> {
  const row = getComplaintRow(ctx.db, input.id);
  expectVersion(row, input.version);
  assertOpen(row);
  if (row.forwardedAt) throw new DomainError('complaint.already_forwarded');
  const target = forwardTarget(ctx, input);
  const now = ctx.clock.now();
  const settings = deadlineSettings(ctx.db);
  const firstCall = firstCallDue(now, settings);
  const answer = writtenAnswerDue(row.receivedOn, settings);
  const documentId = await draftComplaintLetter(ctx, row.id, 'complaint-acknowledgement', {
    addressee: addressee(ctx, row),
    dossierNumber: row.dossierNumber,
    receivedOn: row.receivedOn,
    kind: row.kind,
    description: row.description,
    forwardedTo: target.label,
    firstCallOn: firstCall.due,
    answerDue: answer.due,
  });
  ctx.write((w) => {
    w.update(complaints, row.id, { status: 'doorgestuurd', forwardedAt: now.toISOString(), forwardedTeamId: target.team.id, forwardedStaffId: target.employee?.id ?? null, managerId: target.managerId }, { expectedVersion: row.version });
    // Until the manager names a dossier owner (K6), the deadlines are the manager's.
    const item = { dossierKind: COMPLAINT_DOSSIER, dossierId: row.id, assigneeId: target.managerId, teamId: target.team.id, urgent: row.urgent };
    addWorkItem(w, { ...item, kind: 'eerste_contact', rule: firstCall.rule, dueOn: firstCall.due });
    addWorkItem(w, { ...item, kind: 'schriftelijk_antwoord', rule: answer.rule, dueOn: answer.due });
    const via = sendLetter(ctx, w, documentId, row.complainantId, input.via, letterSubject(row, 'Ontvangstbevestiging van uw klacht'));
    addStep(w, row.id, 'doorgestuurd', `Doorgestuurd naar ${target.label}; eerste telefonisch contact uiterlijk ${formatDate(firstCall.due)} (K8), schriftelijk antwoord uiterlijk ${formatDate(answer.due)} (K10)`);
    addStep(w, row.id, 'ontvangstbevestiging', `Ontvangstbevestiging (T1) verzonden ${SENT_VIA[via]}`, documentId);
  });
  return [documentId];
}

/** K6: management names the dossier owner, who makes the first call; K7: never the person complained about. */
export function assignOwner(ctx: HandlerContext, input: Input<'complaints.assignOwner'>): void {
  const row = getComplaintRow(ctx.db, input.id);
  expectVersion(row, input.version);
  assertForwarded(row);
  const owner = activeStaff(ctx.db, input.ownerId);
  if (!owner) throw new DomainError('complaint.owner_inactive', {}, ['ownerId']);
  if (isSubject(row, owner.id)) throw new DomainError('complaint.owner_is_subject', { name: owner.name }, ['ownerId']);
  ctx.write((w) => {
    w.update(complaints, row.id, { ownerId: owner.id, status: row.status === 'doorgestuurd' ? 'in_behandeling' : row.status }, { expectedVersion: row.version });
    reassignWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id, ['eerste_contact', 'schriftelijk_antwoord', 'afsluiten'], { assigneeId: owner.id });
    addStep(w, row.id, 'eigenaar', `${owner.name} is dossierverantwoordelijke (K6)`);
  });
}

function callerRole(row: ComplaintRow, userId: string): 'eigenaar' | 'manager' | 'anders' {
  if (row.ownerId === userId) return 'eigenaar';
  if (row.managerId === userId) return 'manager';
  return 'anders';
}

/** K8: the first call by phone; K9: resolved by phone closes the dossier with the agreements (and T2 when wanted). */
export async function logCall(ctx: HandlerContext, input: Input<'complaints.logCall'>): Promise<string[]> {
  const user = requireUser(ctx);
  const row = getComplaintRow(ctx.db, input.id);
  expectVersion(row, input.version);
  assertForwarded(row);
  const calledAt = instantFromAmsterdamLocal(input.calledAt);
  if (calledAt.getTime() > ctx.clock.now().getTime() + 5 * 60_000) throw new DomainError('complaint.call_in_future', {}, ['calledAt']);
  if (calledAt.toISOString() < row.receivedAt) throw new DomainError('complaint.call_before_receipt', {}, ['calledAt']);
  const resolved = input.resolvedByPhone;
  if (resolved && input.improvement) assertImprovement(ctx.db, input.improvement as never);
  const improvement = input.improvement as { categoryId: string; causeId: string; measureId: string } | null;
  const documentId =
    resolved && input.confirmationWanted
      ? await draftComplaintLetter(ctx, row.id, 'phone-agreements', {
          addressee: addressee(ctx, row),
          dossierNumber: row.dossierNumber,
          receivedOn: row.receivedOn,
          kind: row.kind,
          calledOn: amsterdamDay(calledAt),
          callerName: user.name,
          agreements: input.agreements,
        })
      : null;
  ctx.write((w) => {
    w.insert(complaintCalls, {
      complaintId: row.id,
      calledAt: calledAt.toISOString(),
      calledBy: user.id,
      callerRole: callerRole(row, user.id),
      reached: input.reached,
      outcome: input.outcome,
      resolvedByPhone: resolved,
      agreements: input.agreements,
      confirmationWanted: input.confirmationWanted,
    });
    addStep(w, row.id, 'gesprek', `${input.reached ? 'Klant gesproken' : 'Klant niet bereikt'} (${formatDateTime(calledAt)}, ${user.name})`);
    if (input.reached) completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id, ['eerste_contact']);
    if (!resolved) return;
    w.update(
      complaints,
      row.id,
      {
        status: 'afgesloten',
        resolution: 'telefonisch_opgelost',
        resolutionText: input.agreements,
        closedAt: w.at,
        closedOn: amsterdamDay(ctx.clock.now()),
        categoryId: improvement!.categoryId,
        causeId: improvement!.causeId,
        measureId: improvement!.measureId,
      },
      { expectedVersion: row.version },
    );
    completeWorkItems(w, ctx.db, COMPLAINT_DOSSIER, row.id);
    addStep(w, row.id, 'telefonisch_opgelost', `Telefonisch opgelost (K9). Afspraken: ${input.agreements}`);
    if (documentId) {
      const via = sendLetter(ctx, w, documentId, row.complainantId, input.via, letterSubject(row, 'Bevestiging van onze afspraken'));
      addStep(w, row.id, 'bevestiging', `Bevestiging van de afspraken (T2) verzonden ${SENT_VIA[via]}`, documentId);
    }
  });
  return documentId ? [documentId] : [];
}

export { addressee as complainantAddressee, expectVersion, SENT_VIA };
