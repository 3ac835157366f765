import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconId, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { SCREENING_STATUS_LABELS, type Person, type ScreeningStatus } from '../../../../core/contracts';
import { PATHS } from '../../app/paths';
import { memberPath, providerPath } from '../search/paths';

const RELATION_LABELS: Record<string, string> = { partner: 'Partner', kind: 'Kind', huisgenoot: 'Huisgenoot' };

/** What this person is to the organisation: member, household member, provider or contact. */
export function RolesCard({ person }: { person: Person }) {
  const { memberships, households, providers } = person.roles;
  const none = memberships.length + households.length + providers.length === 0;
  const isMember = memberships.some((m) => m.status === 'actief');
  const isProvider = providers.some((p) => p.role === 'dienstverlener');

  return (
    <Card withBorder padding="lg" component="section" aria-label="Rollen">
      <Title order={2} size="h4" mb="sm">
        Rollen
      </Title>
      <Stack gap="xs">
        {none && (
          <Text size="sm" c="dimmed">
            Nog geen lid, huisgenoot of dienstverlener.
          </Text>
        )}
        {memberships.map((m) => (
          <Group key={m.id} gap="xs" wrap="nowrap">
            <IconId size={16} />
            <Anchor component={Link} to={memberPath(m.id)} size="sm" fw={500}>
              Lid {m.membershipNumber}
            </Anchor>
            <Badge size="sm" variant="light" tt="none" color={m.status === 'actief' ? 'green' : 'gray'}>
              {capitalise(m.status)}
            </Badge>
          </Group>
        ))}
        {households.map((h) => (
          <Group key={h.id} gap="xs" wrap="nowrap">
            <IconUsers size={16} />
            <Text size="sm">
              {RELATION_LABELS[h.relation] ?? capitalise(h.relation)} van{' '}
              <Anchor component={Link} to={memberPath(h.memberId)} size="sm" fw={500}>
                {h.memberName} ({h.membershipNumber})
              </Anchor>
            </Text>
          </Group>
        ))}
        {providers.map((p) => (
          <Group key={`${p.id}-${p.role}`} gap="xs" wrap="nowrap">
            <IconBuildingStore size={16} />
            <Text size="sm">
              {p.role === 'dienstverlener' ? 'Dienstverlener' : 'Contactpersoon van'}{' '}
              <Anchor component={Link} to={providerPath(p.id)} size="sm" fw={500}>
                {p.name}
              </Anchor>
            </Text>
            <Badge size="sm" variant="light" tt="none" color={p.screeningStatus === 'goedgekeurd' ? 'green' : 'gray'}>
              {SCREENING_STATUS_LABELS[p.screeningStatus as ScreeningStatus] ?? p.screeningStatus}
            </Badge>
          </Group>
        ))}
      </Stack>
      <Group gap="xs" mt="md">
        {!isMember && person.kind === 'persoon' && (
          <Button size="xs" variant="light" component={Link} to={`${PATHS.members}/nieuw?persoon=${person.id}`}>
            Lid inschrijven
          </Button>
        )}
        {!isProvider && (
          <Button size="xs" variant="light" component={Link} to={`${PATHS.providers}/nieuw?persoon=${person.id}`}>
            Aanmelden als dienstverlener
          </Button>
        )}
      </Group>
    </Card>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
