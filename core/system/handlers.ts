import { systemContracts } from '../contracts/system';
import { defineHandlers } from '../handlers';

export const systemHandlers = defineHandlers(systemContracts, {
  'system.ping': (_input, ctx) => ({ at: ctx.clock.now().toISOString() }),
});
