import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock, IconMapQuestion } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { ROLE_LABELS, type Role } from '../../../core/contracts';
import { useHasRole } from './session';

/**
 * Hides screens a person has no role for. The back end refuses their procedures anyway; this
 * gives a clear page instead of a screen full of errors.
 */
export function RequireRole({ role }: { role: Role }) {
  return useHasRole(role) ? <Outlet /> : <NoAccessPage role={role} />;
}

export function NoAccessPage({ role }: { role: Role }) {
  return (
    <Notice
      icon={<IconLock size={28} />}
      color="red"
      title="Geen toegang"
      text={`Deze pagina is alleen voor medewerkers met de rol ${ROLE_LABELS[role]}. Heeft u deze toegang nodig, vraag het dan aan een beheerder.`}
    />
  );
}

export function NotFoundPage() {
  return <Notice icon={<IconMapQuestion size={28} />} color="gray" title="Pagina niet gevonden" text="Deze pagina bestaat niet (meer)." />;
}

function Notice({ icon, color, title, text }: { icon: ReactNode; color: string; title: string; text: string }) {
  useEffect(() => {
    document.title = `${title} – Servicedesk`;
  }, [title]);
  return (
    <Stack align="center" gap="md" py={80} maw={520} mx="auto" ta="center">
      <ThemeIcon size={56} radius="xl" variant="light" color={color}>
        {icon}
      </ThemeIcon>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text c="dimmed">{text}</Text>
      <Button component={Link} to="/start" variant="light">
        Naar de startpagina
      </Button>
    </Stack>
  );
}
