import type { ProcedureInput } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';

/**
 * The outbox as a list. While a message waits or is being sent, it is asked again every few
 * seconds: in the browser host no event tells the screen that the background sender moved on.
 */
export function useMailList(input: ProcedureInput<'mail.list'>) {
  return useProcedure('mail.list', input, {
    refetchInterval: (query) => (query.state.data?.some((m) => m.status === 'queued' || m.status === 'sending') ? 5_000 : false),
  });
}
