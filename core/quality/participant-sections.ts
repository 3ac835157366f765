import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import {
  complaints,
  persons,
  qualityAdvices,
  qualityBlacklist,
  qualityContributions,
  qualityDecisions,
  qualityEvidenceFiles,
  qualityFindings,
  qualityHardshipRequests,
  qualityReviews,
  qualityViolations,
  staff,
} from '../../db/schema';
import type { Participant } from '../contracts/quality';
import type { Evidence } from '../contracts/quality-rules';
import { displayName } from '../persons/names';
import { isOverdue } from './contribution-rules';
import type { ParticipantRow } from './queries';

/** The sections of a participant's page (participantSchema), each read in one query. */

export function contributionsOf(db: Db, participantId: string, today: string): Participant['contributions'] {
  return db
    .select()
    .from(qualityContributions)
    .where(and(eq(qualityContributions.participantId, participantId), isNull(qualityContributions.deletedAt)))
    .orderBy(desc(qualityContributions.year))
    .all()
    .map((c) => ({
      id: c.id,
      year: c.year,
      amountCents: c.amountCents,
      discountCents: c.discountCents,
      vatCents: c.vatCents,
      totalCents: c.totalCents,
      chargedOn: c.chargedOn,
      dueOn: c.dueOn,
      paidOn: c.paidOn,
      overdue: isOverdue(c, today),
    }));
}

export function reviewsOf(db: Db, participantId: string): Participant['reviews'] {
  return db
    .select({ review: qualityReviews, customer: persons, dossierNumber: complaints.dossierNumber })
    .from(qualityReviews)
    .leftJoin(persons, eq(persons.id, qualityReviews.customerId))
    .leftJoin(complaints, eq(complaints.id, qualityReviews.complaintId))
    .where(and(eq(qualityReviews.participantId, participantId), isNull(qualityReviews.deletedAt)))
    .orderBy(desc(qualityReviews.reviewedOn), desc(qualityReviews.createdAt))
    .all()
    .map(({ review: r, customer, dossierNumber }) => ({
      id: r.id,
      reviewedOn: r.reviewedOn,
      customer: { id: r.customerId, name: customer ? displayName(customer) : '?' },
      guaranteeSufficient: r.guaranteeSufficient,
      serviceSufficient: r.serviceSufficient,
      craftsmanshipSufficient: r.craftsmanshipSufficient,
      sufficient: r.sufficient,
      complaint: r.complaintId ? { id: r.complaintId, dossierNumber: dossierNumber ?? '?' } : null,
      jobReference: r.jobReference,
      notes: r.notes,
    }));
}

export function advicesOf(db: Db, participantId: string): Participant['advices'] {
  return db
    .select({ advice: qualityAdvices, dossierNumber: complaints.dossierNumber })
    .from(qualityAdvices)
    .leftJoin(complaints, eq(complaints.id, qualityAdvices.complaintId))
    .where(and(eq(qualityAdvices.participantId, participantId), isNull(qualityAdvices.deletedAt)))
    .orderBy(desc(qualityAdvices.advisedOn), desc(qualityAdvices.createdAt))
    .all()
    .map(({ advice: a, dossierNumber }) => ({
      id: a.id,
      advisedOn: a.advisedOn,
      expert: a.expert,
      outcome: a.outcome,
      dispute: a.dispute,
      complaint: a.complaintId ? { id: a.complaintId, dossierNumber: dossierNumber ?? '?' } : null,
      notes: a.notes,
    }));
}

/** Complaints about the provider (K3 dienstverlener), newest first; `status` is the complaint's status key. */
export function complaintsAbout(db: Db, providerId: string): Participant['complaints'] {
  return db
    .select({ complaint: complaints, complainant: persons })
    .from(complaints)
    .leftJoin(persons, eq(persons.id, complaints.complainantId))
    .where(and(eq(complaints.concernsProviderId, providerId), eq(complaints.concernsKind, 'dienstverlener'), isNull(complaints.deletedAt)))
    .orderBy(desc(complaints.receivedAt))
    .all()
    .map(({ complaint: c, complainant }) => ({
      id: c.id,
      dossierNumber: c.dossierNumber,
      receivedOn: c.receivedOn,
      status: c.status,
      complainant: complainant ? displayName(complainant) : '?',
    }));
}

const decider = alias(staff, 'decider');

type FindingRow = typeof qualityFindings.$inferSelect;

/** Findings as the contract shows them, each with its latest hardship request (an earlier one was decided). */
export function findingViews(db: Db, findings: FindingRow[]): Participant['findings'] {
  const findingIds = findings.map((f) => f.id);
  const hardship = findingIds.length
    ? db
        .select({ request: qualityHardshipRequests, deciderName: decider.name })
        .from(qualityHardshipRequests)
        .leftJoin(decider, eq(decider.id, qualityHardshipRequests.decidedBy))
        .where(and(inArray(qualityHardshipRequests.findingId, findingIds), isNull(qualityHardshipRequests.deletedAt)))
        .orderBy(qualityHardshipRequests.invokedOn, qualityHardshipRequests.createdAt)
        .all()
    : [];
  const latest = new Map(hardship.map((h) => [h.request.findingId, h]));
  return findings.map((f) => {
    const h = latest.get(f.id);
    return {
      id: f.id,
      kind: f.kind,
      rule: f.rule,
      assessedOn: f.assessedOn,
      evidence: f.evidence as Evidence,
      status: f.status,
      hardship: h
        ? {
            id: h.request.id,
            findingId: h.request.findingId,
            invokedOn: h.request.invokedOn,
            argument: h.request.argument,
            outcome: h.request.outcome,
            reasons: h.request.reasons,
            decidedOn: h.request.decidedOn,
            decidedBy: h.request.decidedBy ? { id: h.request.decidedBy, name: h.deciderName ?? '?' } : null,
          }
        : null,
    };
  });
}

export function findingsOf(db: Db, participantId: string): Participant['findings'] {
  const rows = db
    .select()
    .from(qualityFindings)
    .where(and(eq(qualityFindings.participantId, participantId), isNull(qualityFindings.deletedAt)))
    .orderBy(desc(qualityFindings.assessedOn), desc(qualityFindings.createdAt))
    .all();
  return findingViews(db, rows);
}

export function decisionsOf(db: Db, participantId: string): Participant['decisions'] {
  return db
    .select({ decision: qualityDecisions, deciderName: decider.name })
    .from(qualityDecisions)
    .leftJoin(decider, eq(decider.id, qualityDecisions.decidedBy))
    .where(and(eq(qualityDecisions.participantId, participantId), isNull(qualityDecisions.deletedAt)))
    .orderBy(desc(qualityDecisions.decidedOn), desc(qualityDecisions.createdAt))
    .all()
    .map(({ decision: d, deciderName }) => ({
      id: d.id,
      findingId: d.findingId,
      rule: d.rule,
      outcome: d.outcome,
      reasons: d.reasons,
      decidedOn: d.decidedOn,
      decidedBy: { id: d.decidedBy, name: deciderName ?? '?' },
      terminationDate: d.terminationDate,
    }));
}

export function blacklistOf(db: Db, participant: ParticipantRow): Participant['blacklist'] {
  return db
    .select()
    .from(qualityBlacklist)
    .where(and(eq(qualityBlacklist.participantId, participant.id), isNull(qualityBlacklist.deletedAt)))
    .orderBy(desc(qualityBlacklist.publishedOn), desc(qualityBlacklist.createdAt))
    .all()
    .map((b) => ({
      id: b.id,
      participantId: b.participantId,
      registrationNumber: participant.registrationNumber,
      violationId: b.violationId,
      name: b.name,
      place: b.place,
      terminationDate: b.terminationDate,
      violation: b.violation,
      publishedOn: b.publishedOn,
      documentId: b.documentId,
      withdrawnOn: b.withdrawnOn,
      withdrawnReason: b.withdrawnReason,
    }));
}

export function violationsOf(db: Db, participantId: string, blacklist: Participant['blacklist']): Participant['violations'] {
  const recorder = alias(staff, 'recorder');
  const rows = db
    .select({ violation: qualityViolations, recorderName: recorder.name })
    .from(qualityViolations)
    .leftJoin(recorder, eq(recorder.id, qualityViolations.createdBy))
    .where(and(eq(qualityViolations.participantId, participantId), isNull(qualityViolations.deletedAt)))
    .orderBy(desc(qualityViolations.seenOn), desc(qualityViolations.createdAt))
    .all();
  const files = db
    .select({ file: qualityEvidenceFiles })
    .from(qualityEvidenceFiles)
    .innerJoin(qualityViolations, eq(qualityViolations.id, qualityEvidenceFiles.violationId))
    .where(and(eq(qualityViolations.participantId, participantId), isNull(qualityEvidenceFiles.deletedAt)))
    .orderBy(qualityEvidenceFiles.createdAt, qualityEvidenceFiles.fileName)
    .all();
  return rows.map(({ violation: v, recorderName }) => ({
    id: v.id,
    seenOn: v.seenOn,
    description: v.description,
    recordedBy: v.createdBy ? { id: v.createdBy, name: recorderName ?? '?' } : null,
    files: files.filter((f) => f.file.violationId === v.id).map(({ file: f }) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, byteSize: f.byteSize })),
    blacklistEntryId: blacklist.find((b) => b.violationId === v.id && !b.withdrawnOn)?.id ?? null,
  }));
}
