import { qualityTerminationContracts } from '../contracts/quality-termination';
import { defineHandlers } from '../handlers';

// Placeholder while the area is built; replaced handler by handler.
function notBuilt(name: string): never {
  throw new Error(`${name} is not built yet`);
}

export const qualityTerminationHandlers = defineHandlers(qualityTerminationContracts, {
  'quality.decide': () => notBuilt('quality.decide'),
  'quality.invokeHardship': () => notBuilt('quality.invokeHardship'),
  'quality.decideHardship': () => notBuilt('quality.decideHardship'),
  'quality.noticeTerms': () => notBuilt('quality.noticeTerms'),
  'quality.terminateByParticipant': () => notBuilt('quality.terminateByParticipant'),
  'quality.recordViolation': () => notBuilt('quality.recordViolation'),
  'quality.recordCheck': () => notBuilt('quality.recordCheck'),
  'quality.evidenceFile': () => notBuilt('quality.evidenceFile'),
  'quality.publishBlacklist': () => notBuilt('quality.publishBlacklist'),
  'quality.withdrawBlacklist': () => notBuilt('quality.withdrawBlacklist'),
  'quality.blacklist': () => notBuilt('quality.blacklist'),
  'quality.blacklistExport': () => notBuilt('quality.blacklistExport'),
  'quality.complaintWindow': () => notBuilt('quality.complaintWindow'),
});
