import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { complaintAppeals, complaintCalls, complaints, improvementOptions, mediations, persons, providers, staff, teams, workItems } from '../../db/schema';
import { workItemLabel, type Complaint, type WorkItem } from '../contracts/complaints';
import { DomainError } from '../errors';
import { displayName, formalName } from '../persons/names';
import { COMPLAINT_DOSSIER } from './letters';

export type ComplaintRow = typeof complaints.$inferSelect;
type PersonRow = typeof persons.$inferSelect;
type NameRef = { id: string; name: string } | null;

export function findComplaintRow(db: Db, id: string): ComplaintRow | undefined {
  return db.select().from(complaints).where(and(eq(complaints.id, id), isNull(complaints.deletedAt))).get();
}

export function getComplaintRow(db: Db, id: string): ComplaintRow {
  const row = findComplaintRow(db, id);
  if (!row) throw new DomainError('record.not_found');
  return row;
}

export function findPersonRow(db: Db, id: string | null): PersonRow | undefined {
  if (!id) return undefined;
  return db.select().from(persons).where(eq(persons.id, id)).get();
}

export function staffRef(db: Db, id: string | null): NameRef {
  if (!id) return null;
  const row = db.select({ id: staff.id, name: staff.name }).from(staff).where(eq(staff.id, id)).get();
  return row ?? null;
}

export function teamRef(db: Db, id: string | null): NameRef {
  if (!id) return null;
  return db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.id, id)).get() ?? null;
}

export function personRef(db: Db, id: string | null): NameRef {
  const person = findPersonRow(db, id);
  return person ? { id: person.id, name: displayName(person) } : null;
}

/** A provider by its own name (the person or organisation it is). */
export function providerRef(db: Db, id: string | null): NameRef {
  if (!id) return null;
  const provider = db.select({ id: providers.id, personId: providers.personId }).from(providers).where(eq(providers.id, id)).get();
  if (!provider) return null;
  return { id: provider.id, name: personRef(db, provider.personId)?.name ?? '' };
}

function optionRef(db: Db, id: string | null): NameRef {
  if (!id) return null;
  return db.select({ id: improvementOptions.id, name: improvementOptions.name }).from(improvementOptions).where(eq(improvementOptions.id, id)).get() ?? null;
}

/** K3: what the complaint is about, in words: "Team Leden", "L. de Groot", "Klusbedrijf Jansen B.V.". */
export function concernsLabel(db: Db, row: Pick<ComplaintRow, 'concernsKind' | 'concernsTeamId' | 'concernsStaffId' | 'concernsProviderId' | 'concernsPersonId'>): string {
  switch (row.concernsKind) {
    case 'team':
      return `Team ${teamRef(db, row.concernsTeamId)?.name ?? '?'}`;
    case 'medewerker':
      return staffRef(db, row.concernsStaffId)?.name ?? '?';
    case 'dienstverlener':
      return providerRef(db, row.concernsProviderId)?.name ?? '?';
    case 'klant': {
      const person = findPersonRow(db, row.concernsPersonId);
      return person ? formalName(person) : '?';
    }
    default:
      return 'Onze dienstverlening';
  }
}

export function workItemsOf(db: Db, dossierKind: string, dossierId: string): WorkItem[] {
  return db
    .select()
    .from(workItems)
    .where(and(eq(workItems.dossierKind, dossierKind), eq(workItems.dossierId, dossierId), isNull(workItems.deletedAt)))
    .orderBy(asc(workItems.dueOn))
    .all()
    .map((item) => ({
      id: item.id,
      dossierKind: item.dossierKind,
      dossierId: item.dossierId,
      kind: item.kind,
      label: workItemLabel(item.kind),
      rule: item.rule,
      dueOn: item.dueOn,
      assignee: staffRef(db, item.assigneeId),
      team: teamRef(db, item.teamId),
      assigneeRole: item.assigneeRole,
      urgent: item.urgent,
      doneAt: item.doneAt,
    }));
}

export function complaintDetail(db: Db, id: string): Complaint {
  const row = getComplaintRow(db, id);
  const complainant = findPersonRow(db, row.complainantId);
  if (!complainant) throw new DomainError('complaint.complainant_unknown');
  const main = row.mainComplaintId ? findComplaintRow(db, row.mainComplaintId) : undefined;
  const duplicates = db
    .select({ id: complaints.id, dossierNumber: complaints.dossierNumber })
    .from(complaints)
    .where(and(eq(complaints.mainComplaintId, row.id), isNull(complaints.deletedAt)))
    .orderBy(asc(complaints.dossierNumber))
    .all();
  const calls = db
    .select()
    .from(complaintCalls)
    .where(and(eq(complaintCalls.complaintId, row.id), isNull(complaintCalls.deletedAt)))
    .orderBy(asc(complaintCalls.calledAt))
    .all()
    .map((c) => ({
      id: c.id,
      calledAt: c.calledAt,
      calledBy: staffRef(db, c.calledBy),
      callerRole: c.callerRole,
      reached: c.reached,
      outcome: c.outcome,
      resolvedByPhone: c.resolvedByPhone,
      agreements: c.agreements,
      confirmationWanted: c.confirmationWanted,
    }));
  const hasAppeal = !!db.select({ id: complaintAppeals.id }).from(complaintAppeals).where(and(eq(complaintAppeals.complaintId, row.id), isNull(complaintAppeals.deletedAt))).get();
  const hasMediation = !!db.select({ id: mediations.id }).from(mediations).where(and(eq(mediations.complaintId, row.id), isNull(mediations.deletedAt))).get();
  return {
    id: row.id,
    version: row.version,
    dossierNumber: row.dossierNumber,
    kind: row.kind,
    reporterType: row.reporterType,
    channel: row.channel,
    receivedAt: row.receivedAt,
    receivedOn: row.receivedOn,
    complainant: {
      id: complainant.id,
      name: displayName(complainant),
      phone: complainant.phone,
      email: complainant.email,
      preferredChannel: complainant.preferredChannel,
    },
    concernsKind: row.concernsKind,
    concernsTeam: teamRef(db, row.concernsTeamId),
    concernsStaff: staffRef(db, row.concernsStaffId),
    concernsProvider: providerRef(db, row.concernsProviderId),
    concernsPerson: personRef(db, row.concernsPersonId),
    concernsLabel: concernsLabel(db, row),
    description: row.description,
    requestedRemedy: row.requestedRemedy,
    urgent: row.urgent,
    status: row.status,
    forwardedAt: row.forwardedAt,
    forwardedTeam: teamRef(db, row.forwardedTeamId),
    forwardedStaff: staffRef(db, row.forwardedStaffId),
    manager: staffRef(db, row.managerId),
    owner: staffRef(db, row.ownerId),
    answerSummary: row.answerSummary,
    answerSolution: row.answerSolution,
    answerDocumentId: row.answerDocumentId,
    answerApprovedBy: staffRef(db, row.answerApprovedBy),
    answerApprovedAt: row.answerApprovedAt,
    answerSentOn: row.answerSentOn,
    appealWindowEnds: row.appealWindowEnds,
    resolution: row.resolution,
    resolutionText: row.resolutionText,
    closedOn: row.closedOn,
    category: optionRef(db, row.categoryId),
    cause: optionRef(db, row.causeId),
    measure: optionRef(db, row.measureId),
    mainComplaint: main ? { id: main.id, dossierNumber: main.dossierNumber } : null,
    duplicates,
    calls,
    workItems: workItemsOf(db, COMPLAINT_DOSSIER, row.id),
    hasAppeal,
    hasMediation,
    subjectStaffId: row.concernsKind === 'medewerker' ? row.concernsStaffId : null,
  };
}
