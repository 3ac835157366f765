import { qualityContracts } from '../contracts/quality';
import { defineHandlers } from '../handlers';

// Placeholder while the area is built; replaced handler by handler.
function notBuilt(name: string): never {
  throw new Error(`${name} is not built yet`);
}

export const qualityHandlers = defineHandlers(qualityContracts, {
  'quality.list': () => notBuilt('quality.list'),
  'quality.get': () => notBuilt('quality.get'),
  'quality.ofProvider': () => notBuilt('quality.ofProvider'),
  'quality.register': () => notBuilt('quality.register'),
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
