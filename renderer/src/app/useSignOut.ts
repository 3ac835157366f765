import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { call, errorMessage } from '../api/client';
import { useSetSession } from './session';

/** Signs out and starts the next person at the start page, not at the previous person's screen. */
export function useSignOut() {
  const setSession = useSetSession();
  const navigate = useNavigate();
  return async () => {
    try {
      await call('auth.signOut', {});
      navigate('/', { replace: true });
      setSession(null);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Afmelden mislukt', message: errorMessage(error) });
    }
  };
}
