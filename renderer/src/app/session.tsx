import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import type { CurrentUser, ProcedureOutput, Role } from '../../../core/contracts';
import { onApiError } from '../api/client';
import { STATUS_KEY } from '../api/queries';

type Status = ProcedureOutput<'auth.status'>;

const UserContext = createContext<CurrentUser | null>(null);

export function UserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return <UserContext.Provider value={user}>{children}</UserContext.Provider>;
}

/** The signed-in user; only used below the sign-in gate, where there always is one. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(UserContext);
  if (!user) throw new Error('useCurrentUser outside the signed-in part of the app');
  return user;
}

export function useHasRole(role: Role): boolean {
  return useCurrentUser().roles.includes(role);
}

/** Puts a new session state in place and drops everything the previous user had loaded. */
export function useSetSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (user: CurrentUser | null) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth.status' });
      // Messages about the previous person's work are not for the next one on this desktop.
      notifications.clean();
      // There is a user (now or just before), so the first-run setup is done either way.
      queryClient.setQueryData<Status>(STATUS_KEY, { needsSetup: false, user });
    },
    [queryClient],
  );
}

/**
 * Errors that concern the whole app, wherever they happen: a session that ended (signed out
 * elsewhere, deactivated) sends the user back to sign-in; a required password change shows that screen.
 */
export function useSessionErrors(): void {
  const queryClient = useQueryClient();
  const setSession = useSetSession();
  useEffect(
    () =>
      onApiError((error) => {
        if (error.kind === 'unauthenticated') {
          const wasSignedIn = !!queryClient.getQueryData<Status>(STATUS_KEY)?.user;
          if (!wasSignedIn) return;
          setSession(null);
          notifications.show({ color: 'orange', title: 'Afgemeld', message: error.message });
        } else if (error.code === 'auth.password_change_required') {
          void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
        }
      }),
    [queryClient, setSession],
  );
}
