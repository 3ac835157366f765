import { Card, SimpleGrid, Text, ThemeIcon, Title, Group, Stack } from '@mantine/core';
import { IconAddressBook, IconBuildingStore, IconId, IconListDetails, IconMailForward, IconMailOpened, IconSettings, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ROLE_LABELS, formatLongDate } from '../../../core/contracts';
import { useProcedure } from '../api/queries';
import { InsuranceExpiringCard } from '../features/providers/InsuranceExpiringCard';
import { WorklistCard } from '../features/worklist/WorklistCard';
import { Page } from '../ui/Page';
import { PATHS } from './paths';
import { useCurrentUser } from './session';

function greeting(now: Date): string {
  const hour = Number(new Intl.DateTimeFormat('nl-NL', { hour: 'numeric', hour12: false, timeZone: 'Europe/Amsterdam' }).format(now));
  if (hour < 12) return 'Goedemorgen';
  if (hour < 18) return 'Goedemiddag';
  return 'Goedenavond';
}

export function StartPage() {
  const user = useCurrentUser();
  const isAdmin = user.roles.includes('admin');
  // The work lists are for the people who act on them: servicedesk staff and their managers.
  const seesWorkLists = user.roles.includes('servicedesk') || user.roles.includes('manager');
  const teams = useProcedure('teams.list', {});
  const team = teams.data?.find((t) => t.id === user.teamId);
  const now = new Date();

  return (
    <Page title={`${greeting(now)}, ${user.name.split(' ')[0]}`} description={`Vandaag is het ${formatLongDate(now)}.`}>
      <WorklistCard />
      <Card withBorder padding="lg">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            U bent aangemeld als
          </Text>
          <Text fw={600}>{user.name}</Text>
          <Text size="sm">
            {user.roles.map((r) => ROLE_LABELS[r]).join(', ')}
            {team ? ` · team ${team.name}` : ''}
          </Text>
        </Stack>
      </Card>
      {seesWorkLists && <InsuranceExpiringCard />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Shortcut to={PATHS.persons} icon={<IconAddressBook />} title="Personen" text="Iedereen in de dossiers; dubbelen samenvoegen" />
        <Shortcut to={PATHS.members} icon={<IconId />} title="Leden" text="Inschrijven, huisgenoten, machtigingen en contributie" />
        <Shortcut to={PATHS.providers} icon={<IconBuildingStore />} title="Dienstverleners" text="Aanmelden, screenen en verzekeringen" />
        <Shortcut to={PATHS.correspondence} icon={<IconMailOpened />} title="Correspondentie" text="Brieven schrijven, afdrukken en versturen" />
        <Shortcut to={PATHS.outbox} icon={<IconMailForward />} title="Uitgaande e-mail" text="Wat er is verstuurd en wat nog wacht" />
        {isAdmin && (
          <>
            <Shortcut to={PATHS.staff} icon={<IconUsers />} title="Medewerkers" text="Accounts, rollen en teams van collega's" />
            <Shortcut to={PATHS.teams} icon={<IconUsersGroup />} title="Teams" text="Teams en hun managers" />
            <Shortcut to={PATHS.settings} icon={<IconSettings />} title="Instellingen" text="Gegevens van de organisatie" />
            <Shortcut to={PATHS.audit} icon={<IconListDetails />} title="Audittrail" text="Wie heeft wat wanneer gewijzigd" />
          </>
        )}
      </SimpleGrid>
    </Page>
  );
}

function Shortcut({ to, icon, title, text }: { to: string; icon: ReactNode; title: string; text: string }) {
  return (
    <Card withBorder padding="lg" component={Link} to={to} style={{ textDecoration: 'none' }}>
      <Group gap="sm" mb="xs">
        <ThemeIcon variant="light" size={36}>
          {icon}
        </ThemeIcon>
        <Title order={2} size="h4">
          {title}
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    </Card>
  );
}
