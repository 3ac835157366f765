import { qualityContributionRates, qualityContributions, qualityParticipants } from '../../db/schema';
import { amsterdamDay } from '../contracts/format';
import { qualityContracts } from '../contracts/quality';
import type { HandlerContext } from '../context';
import { documentSummary } from '../documents/queries';
import { DomainError } from '../errors';
import { defineHandlers } from '../handlers';
import { assessOneParticipant } from './assess';
import { openFindingsForBoard } from './board';
import { chargeYear, contributionsOfYear, ensureRates, getContributionRow, hasMissingRates, storedRates, type RateRow } from './contributions';
import { runQualityAssessment } from './daily';
import { registerParticipant } from './participants';
import { getParticipantRow, participantDetail } from './queries';
import { addAdvice, addReview, removeAdvice, removeReview } from './reviews';
import { qualitySettingsOf, saveQualitySettings } from './settings';
import { listSummaries, summaryOfProvider } from './summaries';

const today = (ctx: HandlerContext) => amsterdamDay(ctx.clock.now());
const currentYear = (ctx: HandlerContext) => Number(today(ctx).slice(0, 4));

const rateView = (r: RateRow) => ({ id: r.id, year: r.year, amountCents: r.amountCents, vatBasisPoints: r.vatBasisPoints, discountBasisPoints: r.discountBasisPoints });

/** Q7: every year from 2016 up to this one has its rate; missing years are filled in first. */
function rates(ctx: HandlerContext) {
  if (hasMissingRates(ctx.db, currentYear(ctx))) ctx.write((w) => ensureRates(w, ctx.db, currentYear(ctx)));
  return storedRates(ctx.db).map(rateView);
}

export const qualityHandlers = defineHandlers(qualityContracts, {
  'quality.list': (input, ctx) => listSummaries(ctx.sqlite, input, today(ctx)),
  'quality.get': (input, ctx) => participantDetail(ctx, input.id),
  'quality.ofProvider': (input, ctx) => summaryOfProvider(ctx.sqlite, input.providerId, today(ctx)),

  // Q1, Q7
  'quality.register': async (input, ctx) => {
    const { participantId, documentId } = await registerParticipant(ctx, input);
    return { participant: participantDetail(ctx, participantId), documents: [documentSummary(ctx.sqlite, documentId)] };
  },

  'quality.update': (input, ctx) => {
    const row = getParticipantRow(ctx.db, input.id);
    ctx.write((w) =>
      w.update(qualityParticipants, row.id, { zelfstandigenBouw: input.zelfstandigenBouw, yearEndMonthDay: input.yearEndMonthDay, notes: input.notes ?? null }, { expectedVersion: input.version }),
    );
    return participantDetail(ctx, row.id);
  },

  // Q2, then Q3
  'quality.addReview': (input, ctx) => participantDetail(ctx, addReview(ctx, input)),
  'quality.removeReview': (input, ctx) => participantDetail(ctx, removeReview(ctx, input.id)),
  'quality.addAdvice': (input, ctx) => participantDetail(ctx, addAdvice(ctx, input)),
  'quality.removeAdvice': (input, ctx) => participantDetail(ctx, removeAdvice(ctx, input.id)),

  // Q3
  'quality.assessParticipant': (input, ctx) => {
    const row = getParticipantRow(ctx.db, input.id);
    const { newFindings } = ctx.write((w) => assessOneParticipant(w, ctx, row.id, today(ctx)));
    return { participant: participantDetail(ctx, row.id), newFindings };
  },
  'quality.assessAll': (_input, ctx) => {
    const result = ctx.write((w) => runQualityAssessment(w, ctx, today(ctx)));
    return { assessedOn: result.assessedOn, participants: result.participants, newFindings: result.newFindings };
  },
  'quality.board': (_input, ctx) => openFindingsForBoard(ctx.db),

  // Q7
  'quality.contributions': (input, ctx) => contributionsOfYear(ctx.sqlite, input.year, input.onlyUnpaid, today(ctx)),
  'quality.chargeContributions': (input, ctx) => ({ charged: ctx.write((w) => chargeYear(w, ctx.db, ctx.sqlite, input.year, qualitySettingsOf(ctx.db).paymentTermDays)) }),
  'quality.setContributionPaid': (input, ctx) => {
    const contribution = getContributionRow(ctx.db, input.id);
    if (!contribution) throw new DomainError('record.not_found');
    if (input.paidOn && input.paidOn > today(ctx)) throw new DomainError('quality.date_in_future', {}, ['paidOn']);
    ctx.write((w) => {
      w.update(qualityContributions, contribution.id, { paidOn: input.paidOn });
      assessOneParticipant(w, ctx, contribution.participantId, today(ctx)); // Q3 rule 5
    });
    return participantDetail(ctx, contribution.participantId);
  },
  'quality.rates': (_input, ctx) => rates(ctx),
  'quality.setRate': (input, ctx) => {
    ctx.write((w) => {
      const existing = ensureRates(w, ctx.db, Math.max(currentYear(ctx), input.year)).find((r) => r.year === input.year);
      const values = { amountCents: input.amountCents, vatBasisPoints: input.vatBasisPoints, discountBasisPoints: input.discountBasisPoints };
      if (existing) w.update(qualityContributionRates, existing.id, values);
      else w.insert(qualityContributionRates, { year: input.year, ...values });
    });
    return rates(ctx);
  },

  // Q3's ambiguous choices
  'quality.getSettings': (_input, ctx) => qualitySettingsOf(ctx.db),
  'quality.updateSettings': (input, ctx) => {
    ctx.write((w) => saveQualitySettings(w, ctx.db, input));
    return qualitySettingsOf(ctx.db);
  },
});
