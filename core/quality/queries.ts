import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import {
  complaints,
  persons,
  providers,
  qualityAdvices,
  qualityBlacklist,
  qualityContributions,
  qualityDecisions,
  qualityEvidenceFiles,
  qualityFindings,
  qualityHardshipRequests,
  qualityParticipants,
  qualityReviews,
  qualityViolations,
  staff,
} from '../../db/schema';
import { addDays } from '../calendar';
import { amsterdamDay } from '../contracts/format';
import { STICKER_PERIOD_DAYS, type Participant } from '../contracts/quality';
import type { Evidence } from '../contracts/quality-rules';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { displayName } from '../persons/names';
import { noticeTerms } from './notice-terms';
import { summaryById } from './summaries';

export type ParticipantRow = typeof qualityParticipants.$inferSelect;
type PersonRow = typeof persons.$inferSelect;
type ProviderRow = typeof providers.$inferSelect;

export function findParticipantRow(db: Db, id: string): ParticipantRow | undefined {
  return db.select().from(qualityParticipants).where(and(eq(qualityParticipants.id, id), isNull(qualityParticipants.deletedAt))).get();
}

export function getParticipantRow(db: Db, id: string): ParticipantRow {
  const row = findParticipantRow(db, id);
  if (!row) throw new DomainError('record.not_found');
  return row;
}

/** The provider's live participation (deelnemer or opgezegd), if any: there is at most one. */
export function liveParticipationOf(db: Db, providerId: string): ParticipantRow | undefined {
  return db
    .select()
    .from(qualityParticipants)
    .where(and(eq(qualityParticipants.providerId, providerId), isNull(qualityParticipants.deletedAt)))
    .orderBy(desc(qualityParticipants.startDate), desc(qualityParticipants.createdAt), sql`rowid DESC`)
    .all()
    .find((p) => p.status !== 'beeindigd');
}

/** The provider's latest participation, live or ended. */
export function lastParticipationOf(db: Db, providerId: string): ParticipantRow | undefined {
  return db
    .select()
    .from(qualityParticipants)
    .where(and(eq(qualityParticipants.providerId, providerId), isNull(qualityParticipants.deletedAt)))
    .orderBy(desc(qualityParticipants.startDate), desc(qualityParticipants.createdAt), sql`rowid DESC`)
    .get();
}

/** The participant's provider with the person or organisation it is and its contact person. */
export interface ParticipantParty {
  provider: ProviderRow;
  person: PersonRow;
  contact: PersonRow | null;
  /** "Klusbedrijf De Vries" */
  name: string;
  place: string | null;
}

export function participantParty(db: Db, participant: Pick<ParticipantRow, 'providerId'>): ParticipantParty {
  const provider = db.select().from(providers).where(eq(providers.id, participant.providerId)).get();
  const person = provider ? db.select().from(persons).where(eq(persons.id, provider.personId)).get() : undefined;
  if (!provider || !person) throw new DomainError('record.not_found');
  const contact = provider.contactPersonId ? (db.select().from(persons).where(eq(persons.id, provider.contactPersonId)).get() ?? null) : null;
  return { provider, person, contact, name: displayName(person), place: person.city?.trim() || null };
}

/** The participant's (trade) name as registered. */
export function participantName(db: Db, participant: Pick<ParticipantRow, 'providerId'>): string {
  return participantParty(db, participant).name;
}

/** Q5 a: name, address and place as registered (empty parts stay empty so the letter's check names them). */
export function participantAddress(party: ParticipantParty): { name: string; street: string; postcode: string; city: string } {
  const p = party.person;
  const number = p.houseNumber != null ? `${p.houseNumber}${p.houseNumberAddition ? ` ${p.houseNumberAddition}` : ''}` : '';
  return { name: party.name, street: [p.street?.trim(), number].filter(Boolean).join(' '), postcode: p.postcode?.trim() ?? '', city: p.city?.trim() ?? '' };
}

/** Q5 h-i: stickers and promotion must be gone ten days after the termination date. */
export function stickerDeadlineOf(terminationDate: string | null): string | null {
  return terminationDate ? addDays(terminationDate, STICKER_PERIOD_DAYS) : null;
}

/** Unpaid (or paid only after the day) and past its due day on `day`: Q3 rule 5's fact. */
export function isOverdue(c: { dueOn: string; paidOn: string | null }, day: string): boolean {
  return (c.paidOn === null || c.paidOn > day) && c.dueOn < day;
}

function contributionsOf(db: Db, participantId: string, today: string): Participant['contributions'] {
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

function reviewsOf(db: Db, participantId: string): Participant['reviews'] {
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

function advicesOf(db: Db, participantId: string): Participant['advices'] {
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
function complaintsAbout(db: Db, providerId: string): Participant['complaints'] {
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

function findingsOf(db: Db, participantId: string): Participant['findings'] {
  const rows = db
    .select()
    .from(qualityFindings)
    .where(and(eq(qualityFindings.participantId, participantId), isNull(qualityFindings.deletedAt)))
    .orderBy(desc(qualityFindings.assessedOn), desc(qualityFindings.createdAt))
    .all();
  return findingViews(db, rows);
}

function decisionsOf(db: Db, participantId: string): Participant['decisions'] {
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

function blacklistOf(db: Db, participant: ParticipantRow): Participant['blacklist'] {
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

function violationsOf(db: Db, participantId: string, blacklist: Participant['blacklist']): Participant['violations'] {
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

/** Everything the participant's page shows, as the contract's participantSchema. */
export function participantDetail(ctx: Pick<HandlerContext, 'db' | 'sqlite' | 'clock'>, id: string): Participant {
  const row = getParticipantRow(ctx.db, id);
  const today = amsterdamDay(ctx.clock.now());
  const blacklist = blacklistOf(ctx.db, row);
  const terms = noticeTerms(today, row.yearEndMonthDay);
  return {
    ...summaryById(ctx.sqlite, row.id, today),
    yearEndMonthDay: row.yearEndMonthDay,
    terminatedBy: row.terminatedBy,
    noticeReceivedOn: row.noticeReceivedOn,
    terminationReason: row.terminationReason,
    stickerDeadline: stickerDeadlineOf(row.terminationDate),
    notes: row.notes,
    noticeTerms: { earliestEndDate: terms.earliestEndDate, currentYearEnd: terms.currentYearEnd, noticeDeadline: terms.noticeDeadline },
    contributions: contributionsOf(ctx.db, row.id, today),
    reviews: reviewsOf(ctx.db, row.id),
    advices: advicesOf(ctx.db, row.id),
    complaints: complaintsAbout(ctx.db, row.providerId),
    findings: findingsOf(ctx.db, row.id),
    decisions: decisionsOf(ctx.db, row.id),
    violations: violationsOf(ctx.db, row.id, blacklist),
    blacklist,
  };
}
