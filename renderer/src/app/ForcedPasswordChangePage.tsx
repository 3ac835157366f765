import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CurrentUser } from '../../../core/contracts';
import { AuthLayout } from '../ui/AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSetSession } from './session';
import { useSignOut } from './useSignOut';

/**
 * A beheerder chose this person's password, so nobody but them may know the one they work with:
 * until they choose their own the back end refuses everything else.
 */
export function ForcedPasswordChangePage({ user }: { user: CurrentUser }) {
  const setSession = useSetSession();
  const signOut = useSignOut();
  return (
    <AuthLayout
      title="Nieuw wachtwoord kiezen"
      intro={`Welkom, ${user.name}. U bent aangemeld met een tijdelijk wachtwoord dat een beheerder voor u heeft ingesteld. Kies nu uw eigen wachtwoord; pas daarna kunt u verder.`}
    >
      <ChangePasswordForm
        currentLabel="Tijdelijk wachtwoord"
        submitLabel="Wachtwoord opslaan en verder"
        onChanged={(updated) => {
          setSession(updated);
          notifications.show({ color: 'green', message: 'Uw nieuwe wachtwoord is opgeslagen.' });
        }}
      />
      <Text size="sm" c="dimmed" ta="center">
        Niet uw account?{' '}
        <Anchor component="button" type="button" size="sm" onClick={() => signOut()}>
          Afmelden
        </Anchor>
      </Text>
    </AuthLayout>
  );
}
