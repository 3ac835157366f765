import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { HashRouter } from 'react-router';
import { createQueryClient, refreshAll } from '../api/queries';
import { AuthGate } from './AuthGate';
import { theme } from './theme';

/**
 * Providers and router. A hash router works in both hosts: Electron loads index.html from a file
 * and the loopback host serves it at "/".
 */
export function App() {
  const [queryClient] = useState(createQueryClient);

  // In the desktop app the core announces changed tables (another window, a sync): refresh then.
  useEffect(() => window.api?.on('changed', () => void refreshAll(queryClient)), [queryClient]);

  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'nl', firstDayOfWeek: 1 }}>
        <Notifications position="top-center" autoClose={4000} />
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <AuthGate />
          </HashRouter>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
