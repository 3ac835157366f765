import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { persons, providers, qualityFindings, qualityHardshipRequests, qualityParticipants, workItems } from '../../db/schema';
import type { ProcedureOutput } from '../contracts';
import { displayName } from '../persons/names';
import { findingViews } from './participant-sections';

/** Q3: the board's open findings, oldest first, each with its evidence and participant. */
export function openFindingsForBoard(db: Db): ProcedureOutput<'quality.board'> {
  const rows = db
    .select({ finding: qualityFindings, participant: qualityParticipants, person: persons })
    .from(qualityFindings)
    .innerJoin(qualityParticipants, eq(qualityParticipants.id, qualityFindings.participantId))
    .innerJoin(providers, eq(providers.id, qualityParticipants.providerId))
    .innerJoin(persons, eq(persons.id, providers.personId))
    .where(and(eq(qualityFindings.status, 'open'), isNull(qualityFindings.deletedAt), isNull(qualityParticipants.deletedAt)))
    .orderBy(asc(qualityFindings.assessedOn), asc(qualityParticipants.registrationNumber), asc(qualityFindings.rule))
    .all();
  const views = findingViews(db, rows.map((r) => r.finding));
  const due = boardDeadlines(db, rows.map((r) => r.finding.id));
  return rows.map((r, i) => ({
    finding: views[i]!,
    dueOn: due.get(r.finding.id) ?? null,
    participant: { id: r.participant.id, registrationNumber: r.participant.registrationNumber, name: displayName(r.person), status: r.participant.status },
  }));
}

/** The earliest open board deadline per finding: on the finding itself or on a hardship request about it. */
function boardDeadlines(db: Db, findingIds: string[]): Map<string, string> {
  const due = new Map<string, string>();
  if (findingIds.length === 0) return due;
  const keep = (findingId: string, dueOn: string) => {
    const known = due.get(findingId);
    if (!known || dueOn < known) due.set(findingId, dueOn);
  };
  const open = and(isNull(workItems.doneAt), isNull(workItems.deletedAt));
  for (const item of db.select({ subjectId: workItems.subjectId, dueOn: workItems.dueOn }).from(workItems).where(and(inArray(workItems.subjectId, findingIds), open)).all()) {
    keep(item.subjectId!, item.dueOn);
  }
  const requests = db
    .select({ findingId: qualityHardshipRequests.findingId, dueOn: workItems.dueOn })
    .from(qualityHardshipRequests)
    .innerJoin(workItems, eq(workItems.subjectId, qualityHardshipRequests.id))
    .where(and(inArray(qualityHardshipRequests.findingId, findingIds), open))
    .all();
  for (const r of requests) keep(r.findingId, r.dueOn);
  return due;
}
