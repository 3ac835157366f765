import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../core/contracts';
import { ApiError, call } from './client';

/** Query keys are `[procedure, input]`, so one procedure's queries can be found by name. */
export function procedureKey<N extends ProcedureName>(name: N, input?: ProcedureInput<N>): readonly unknown[] {
  return input === undefined ? [name] : [name, input];
}

export const STATUS_KEY = procedureKey('auth.status', {});

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A refusal from the back end will not change by asking again; a lost connection might.
        retry: (count, error) => !(error instanceof ApiError && error.kind !== 'internal') && count < 1,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

export function useProcedure<N extends ProcedureName>(
  name: N,
  input: ProcedureInput<N>,
  options: Omit<UseQueryOptions<ProcedureOutput<N>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ProcedureOutput<N>, ApiError>({
    queryKey: procedureKey(name, input),
    queryFn: () => call(name, input),
    ...options,
  });
}

/**
 * A mutation through a procedure. Afterwards every query is refreshed: the screens are small and a
 * change can show up anywhere (names in lists, history panels, the audit trail, one's own roles).
 */
export function useProcedureMutation<N extends ProcedureName>(
  name: N,
  options: Omit<UseMutationOptions<ProcedureOutput<N>, ApiError, ProcedureInput<N>>, 'mutationFn'> = {},
) {
  const queryClient = useQueryClient();
  return useMutation<ProcedureOutput<N>, ApiError, ProcedureInput<N>>({
    mutationFn: (input) => call(name, input),
    ...options,
    onSuccess: async (...args) => {
      await options.onSuccess?.(...args);
      await refreshAll(queryClient);
    },
  });
}

export function refreshAll(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries();
}
