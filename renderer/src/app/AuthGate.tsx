import { Button, Center, Loader, Stack } from '@mantine/core';
import { useProcedure } from '../api/queries';
import { AuthLayout } from '../ui/AuthLayout';
import { ErrorAlert } from '../ui/form';
import { AppRoutes } from './AppRoutes';
import { ForcedPasswordChangePage } from './ForcedPasswordChangePage';
import { useSessionErrors, UserProvider } from './session';
import { SetupPage } from './SetupPage';
import { SignInPage } from './SignInPage';

/** Decides what a person may see: first-run setup, sign-in, a forced new password, or the app. */
export function AuthGate() {
  useSessionErrors();
  const status = useProcedure('auth.status', {}, { staleTime: Infinity });

  if (status.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Laden" />
      </Center>
    );
  }
  if (status.isError) {
    return (
      <AuthLayout title="Servicedesk niet bereikbaar">
        <Stack>
          <ErrorAlert message={status.error.message} />
          <Button onClick={() => void status.refetch()}>Opnieuw proberen</Button>
        </Stack>
      </AuthLayout>
    );
  }
  const { needsSetup, user } = status.data;
  if (needsSetup) return <SetupPage />;
  if (!user) return <SignInPage />;
  if (user.mustChangePassword) return <ForcedPasswordChangePage user={user} />;
  return (
    <UserProvider user={user}>
      <AppRoutes />
    </UserProvider>
  );
}
