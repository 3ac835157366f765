import { Anchor, Badge, Card, Group, Loader, Table, Text, Title } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate, PROVIDER_TYPE_LABELS } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';
import { providerPath } from '../search/paths';
import { daysLeftText } from './badges';

/** Work list "Verzekering verloopt": liability insurances that end within a month or have ended (D2). */
export function InsuranceExpiringCard() {
  const list = useProcedure('providers.insuranceExpiring', { withinDays: 30 });
  return (
    <Card withBorder padding="lg" component="section" aria-label="Verzekering verloopt">
      <Group gap="xs" mb="sm">
        <IconShieldExclamation size={20} />
        <Title order={2} size="h4">
          Verzekering verloopt
        </Title>
        {list.data && list.data.length > 0 && (
          <Badge color="orange" variant="filled" size="sm">
            {list.data.length}
          </Badge>
        )}
      </Group>
      {list.isPending && <Loader size="sm" />}
      {list.isError && <ErrorAlert message={list.error.message} />}
      {list.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          Geen verzekeringen die binnen 30 dagen verlopen.
        </Text>
      )}
      {list.data && list.data.length > 0 && (
        <Table verticalSpacing={6} aria-label="Verzekeringen die verlopen">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Dienstverlener</Table.Th>
              <Table.Th>Telefoon</Table.Th>
              <Table.Th>Verzekeraar en polis</Table.Th>
              <Table.Th>Geldig t/m</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={providerPath(p.id)} size="sm" fw={500}>
                    {p.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {PROVIDER_TYPE_LABELS[p.providerType]}
                  </Text>
                </Table.Td>
                <Table.Td>{p.phone ?? '—'}</Table.Td>
                <Table.Td>{[p.insurer, p.policyNumber].filter(Boolean).join(' · ') || '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(p.insuredUntil)}</Text>
                  <Text size="xs" c={p.expired ? 'red' : 'orange'} fw={500}>
                    {daysLeftText(p.daysLeft)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
