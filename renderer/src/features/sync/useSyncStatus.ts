import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { SyncStatusView } from '../../../../core/contracts';
import { refreshAll, useProcedure } from '../../api/queries';

const WHILE_RUNNING_MS = 1_000;
const AT_REST_MS = 10_000;

const isRunning = (view: SyncStatusView | undefined) => view !== undefined && (view.running || view.status === 'bezig');

/** One poll for every screen that shows the sync status: each second during a round, every ten seconds otherwise. */
export function useSyncStatus() {
  return useProcedure(
    'sync.status',
    {},
    { refetchInterval: (query) => (isRunning(query.state.data) ? WHILE_RUNNING_MS : AT_REST_MS), refetchIntervalInBackground: true, staleTime: 0 },
  );
}

/** Open conflicts are on the server: asked for less often than the local status. */
export function useOpenConflicts(enabled: boolean) {
  return useProcedure('sync.conflicts', {}, { enabled, refetchInterval: 60_000, retry: false });
}

/**
 * A finished round that brought colleagues' changes: every screen asks again, so a list or a
 * dossier shows them without the person reloading.
 */
export function useRefreshAfterPull(view: SyncStatusView | undefined): void {
  const queryClient = useQueryClient();
  const seen = useRef<string | null | undefined>(undefined);
  const lastSyncAt = view?.lastSyncAt;
  const pulled = view?.pulled ?? 0;
  useEffect(() => {
    if (lastSyncAt === undefined) return;
    const before = seen.current;
    seen.current = lastSyncAt;
    if (before !== undefined && lastSyncAt !== before && pulled > 0) void refreshAll(queryClient);
  }, [lastSyncAt, pulled, queryClient]);
}
