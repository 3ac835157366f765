import { amsterdamDay } from '../contracts/format';
import { qualityContracts } from '../contracts/quality';
import type { HandlerContext } from '../context';
import { documentSummary } from '../documents/queries';
import { defineHandlers } from '../handlers';
import { registerParticipant } from './participants';
import { participantDetail } from './queries';
import { listSummaries, summaryOfProvider } from './summaries';

const today = (ctx: HandlerContext) => amsterdamDay(ctx.clock.now());

// Placeholder while the area is built; replaced handler by handler.
function notBuilt(name: string): never {
  throw new Error(`${name} is not built yet`);
}

export const qualityHandlers = defineHandlers(qualityContracts, {
  'quality.list': (input, ctx) => listSummaries(ctx.sqlite, input, today(ctx)),
  'quality.get': (input, ctx) => participantDetail(ctx, input.id),
  'quality.ofProvider': (input, ctx) => summaryOfProvider(ctx.sqlite, input.providerId, today(ctx)),
  'quality.register': async (input, ctx) => {
    const { participantId, documentId } = await registerParticipant(ctx, input);
    return { participant: participantDetail(ctx, participantId), documents: [documentSummary(ctx.sqlite, documentId)] };
  },
  'quality.update': () => notBuilt('quality.update'),
  'quality.addReview': () => notBuilt('quality.addReview'),
  'quality.removeReview': () => notBuilt('quality.removeReview'),
  'quality.addAdvice': () => notBuilt('quality.addAdvice'),
  'quality.removeAdvice': () => notBuilt('quality.removeAdvice'),
  'quality.assessParticipant': () => notBuilt('quality.assessParticipant'),
  'quality.assessAll': () => notBuilt('quality.assessAll'),
  'quality.board': () => notBuilt('quality.board'),
  'quality.contributions': () => notBuilt('quality.contributions'),
  'quality.chargeContributions': () => notBuilt('quality.chargeContributions'),
  'quality.setContributionPaid': () => notBuilt('quality.setContributionPaid'),
  'quality.rates': () => notBuilt('quality.rates'),
  'quality.setRate': () => notBuilt('quality.setRate'),
  'quality.getSettings': () => notBuilt('quality.getSettings'),
  'quality.updateSettings': () => notBuilt('quality.updateSettings'),
});
