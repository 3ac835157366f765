import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlarm, IconPhone, IconMail } from '@tabler/icons-react';
import { Link } from 'react-router';
import {
  amsterdamDay,
  CHANNEL_LABELS,
  CONCERNS_KIND_LABELS,
  formatDate,
  formatDateTime,
  REPORTER_TYPE_LABELS,
  ROLE_LABELS,
  type Complaint,
  type Role,
} from '../../../../../core/contracts';
import { personPath, providerPath } from '../../search/paths';
import { RuleBadge } from '../badges';
import { Fact } from './shared';

/** Who complains, about what, since when, and who handles it: what anyone opening the dossier needs first. */
export function DossierHeader({ complaint }: { complaint: Complaint }) {
  const c = complaint;
  return (
    <Card withBorder padding="lg" component="section" aria-label="Melding">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
        <Fact label="Klager">
          <Stack gap={2}>
            <Anchor component={Link} to={personPath(c.complainant.id)} fw={600} size="sm">
              {c.complainant.name}
            </Anchor>
            {c.complainant.phone && (
              <Group gap={4}>
                <IconPhone size={14} />
                <Anchor href={`tel:${c.complainant.phone.replace(/\s/g, '')}`} size="sm">
                  {c.complainant.phone}
                </Anchor>
              </Group>
            )}
            {c.complainant.email && (
              <Group gap={4}>
                <IconMail size={14} />
                <Text size="sm">{c.complainant.email}</Text>
              </Group>
            )}
            <Text size="xs" c="dimmed">
              {REPORTER_TYPE_LABELS[c.reporterType]} · wil post {c.complainant.preferredChannel === 'email' ? 'per e-mail' : 'per post'}
            </Text>
          </Stack>
        </Fact>
        <Fact label="Over">
          <Stack gap={2}>
            {c.concernsProvider ? (
              <Anchor component={Link} to={providerPath(c.concernsProvider.id)} size="sm" fw={600}>
                {c.concernsLabel}
              </Anchor>
            ) : (
              <Text size="sm" fw={600}>
                {c.concernsLabel}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {CONCERNS_KIND_LABELS[c.concernsKind]}
            </Text>
          </Stack>
        </Fact>
        <Fact label="Ontvangen">
          <Stack gap={2}>
            <Text size="sm">{formatDateTime(c.receivedAt)}</Text>
            <Text size="xs" c="dimmed">
              via {CHANNEL_LABELS[c.channel]}
            </Text>
          </Stack>
        </Fact>
        <Fact label="Behandeling">
          <Stack gap={2}>
            <Text size="sm">
              Dossierverantwoordelijke: <b>{c.owner?.name ?? 'nog niet aangewezen'}</b>
            </Text>
            <Text size="sm">Manager: {c.manager?.name ?? '—'}</Text>
            {(c.forwardedTeam || c.forwardedStaff) && (
              <Text size="xs" c="dimmed">
                Doorgestuurd naar {[c.forwardedTeam ? `team ${c.forwardedTeam.name}` : null, c.forwardedStaff?.name].filter(Boolean).join(', ')}
              </Text>
            )}
          </Stack>
        </Fact>
      </SimpleGrid>
      <Stack gap={4} mt="lg">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          Omschrijving
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {c.description}
        </Text>
        {c.requestedRemedy && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            Gewenste oplossing: {c.requestedRemedy}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The open deadlines of this dossier, each with the rule that set it; a missed one in red. */
export function DeadlinesCard({ complaint }: { complaint: Complaint }) {
  const open = complaint.workItems.filter((w) => w.doneAt === null);
  if (open.length === 0) return null;
  const today = amsterdamDay(new Date());
  return (
    <Card withBorder padding="lg" component="section" aria-label="Termijnen">
      <Group gap="xs" mb="sm">
        <IconAlarm size={20} />
        <Title order={2} size="h4">
          Termijnen
        </Title>
      </Group>
      <Table verticalSpacing={6} aria-label="Openstaande termijnen">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Wat</Table.Th>
            <Table.Th>Uiterlijk</Table.Th>
            <Table.Th>Wie</Table.Th>
            <Table.Th>Regel</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {open.map((w) => {
            const overdue = w.dueOn < today;
            return (
              <Table.Tr key={w.id} data-overdue={overdue || undefined}>
                <Table.Td>
                  <Text size="sm" fw={500} c={overdue ? 'red.7' : undefined}>
                    {w.label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={overdue ? 'red.7' : undefined} fw={overdue ? 600 : undefined}>
                    {formatDate(w.dueOn)}
                    {overdue ? ' · te laat' : w.dueOn === today ? ' · vandaag' : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{w.assignee?.name ?? (w.team ? `Team ${w.team.name}` : w.assigneeRole && w.assigneeRole in ROLE_LABELS ? ROLE_LABELS[w.assigneeRole as Role] : '—')}</Text>
                </Table.Td>
                <Table.Td>
                  <RuleBadge rule={w.rule} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
