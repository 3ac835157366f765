import { and, eq, isNull } from 'drizzle-orm';
import { persons, qualityAdvices, qualityReviews } from '../../db/schema';
import type { z } from 'zod';
import type { qualityContracts } from '../contracts/quality';
import { amsterdamDay } from '../contracts/format';
import type { HandlerContext } from '../context';
import { findComplaintRow } from '../complaints/queries';
import { DomainError } from '../errors';
import { assessOneParticipant } from './assess';
import { getParticipantRow } from './queries';

/**
 * Q2: customer reviews and binding advices. Each change is followed by an assessment of the
 * participant (Q3) in the same transaction, so a finding is never missing for facts that are saved.
 */

type Input<N extends keyof typeof qualityContracts> = z.output<(typeof qualityContracts)[N]['input']>;

const today = (ctx: HandlerContext) => amsterdamDay(ctx.clock.now());

function assertNotFuture(ctx: HandlerContext, day: string, field: string): void {
  if (day > today(ctx)) throw new DomainError('quality.date_in_future', {}, [field]);
}

function assertComplaint(ctx: HandlerContext, complaintId: string | null | undefined): void {
  if (complaintId && !findComplaintRow(ctx.db, complaintId)) throw new DomainError('quality.complaint_unknown', {}, ['complaintId']);
}

export function addReview(ctx: HandlerContext, input: Input<'quality.addReview'>): string {
  const participant = getParticipantRow(ctx.db, input.participantId);
  assertNotFuture(ctx, input.reviewedOn, 'reviewedOn');
  const customer = ctx.db.select({ id: persons.id }).from(persons).where(and(eq(persons.id, input.customerId), isNull(persons.deletedAt), isNull(persons.mergedIntoId))).get();
  if (!customer) throw new DomainError('quality.customer_unknown', {}, ['customerId']);
  assertComplaint(ctx, input.complaintId);
  ctx.write((w) => {
    w.insert(qualityReviews, {
      participantId: participant.id,
      reviewedOn: input.reviewedOn,
      customerId: customer.id,
      guaranteeSufficient: input.guaranteeSufficient,
      serviceSufficient: input.serviceSufficient,
      craftsmanshipSufficient: input.craftsmanshipSufficient,
      sufficient: input.sufficient,
      complaintId: input.complaintId ?? null,
      jobReference: input.jobReference ?? null,
      notes: input.notes ?? null,
    });
    assessOneParticipant(w, ctx, participant.id, today(ctx)); // Q3
  });
  return participant.id;
}

export function removeReview(ctx: HandlerContext, id: string): string {
  const review = ctx.db.select().from(qualityReviews).where(and(eq(qualityReviews.id, id), isNull(qualityReviews.deletedAt))).get();
  if (!review) throw new DomainError('record.not_found');
  ctx.write((w) => {
    w.remove(qualityReviews, review.id);
    assessOneParticipant(w, ctx, review.participantId, today(ctx)); // Q3
  });
  return review.participantId;
}

export function addAdvice(ctx: HandlerContext, input: Input<'quality.addAdvice'>): string {
  const participant = getParticipantRow(ctx.db, input.participantId);
  assertNotFuture(ctx, input.advisedOn, 'advisedOn');
  assertComplaint(ctx, input.complaintId);
  ctx.write((w) => {
    w.insert(qualityAdvices, {
      participantId: participant.id,
      advisedOn: input.advisedOn,
      expert: input.expert,
      outcome: input.outcome,
      dispute: input.dispute,
      complaintId: input.complaintId ?? null,
      notes: input.notes ?? null,
    });
    assessOneParticipant(w, ctx, participant.id, today(ctx)); // Q3
  });
  return participant.id;
}

export function removeAdvice(ctx: HandlerContext, id: string): string {
  const advice = ctx.db.select().from(qualityAdvices).where(and(eq(qualityAdvices.id, id), isNull(qualityAdvices.deletedAt))).get();
  if (!advice) throw new DomainError('record.not_found');
  ctx.write((w) => {
    w.remove(qualityAdvices, advice.id);
    assessOneParticipant(w, ctx, advice.participantId, today(ctx)); // Q3
  });
  return advice.participantId;
}
