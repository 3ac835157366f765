import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { persons, providers, qualityFindings, qualityParticipants } from '../../db/schema';
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
  return rows.map((r, i) => ({
    finding: views[i]!,
    participant: { id: r.participant.id, registrationNumber: r.participant.registrationNumber, name: displayName(r.person), status: r.participant.status },
  }));
}
