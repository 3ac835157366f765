import { Anchor, Badge, Card, Group, Loader, Table, Text, Title } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { COMPLAINT_KIND_LABELS, COMPLAINT_STATUS_LABELS, formatDate } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';

/** The complaints of a person (as complainant) or about a provider, on their detail page. */
export function RelatedComplaintsCard({ complainantId, providerId, title }: { complainantId?: string; providerId?: string; title: string }) {
  const list = useProcedure('complaints.list', { complainantId: complainantId ?? null, providerId: providerId ?? null, limit: 20 });
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Group gap="xs" mb="sm">
        <IconMessageReport size={18} />
        <Title order={2} size="h5">
          {title}
        </Title>
        {!!list.data?.total && (
          <Badge variant="light" size="sm">
            {list.data.total}
          </Badge>
        )}
      </Group>
      {list.isPending && <Loader size="sm" />}
      {list.isError && <ErrorAlert message={list.error.message} />}
      {list.data?.total === 0 && (
        <Text size="sm" c="dimmed">
          Geen klachten.
        </Text>
      )}
      {!!list.data?.rows.length && (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Tbody>
            {list.data.rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Anchor component={Link} to={`${PATHS.complaints}/${row.id}`}>
                    {row.dossierNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td>{COMPLAINT_KIND_LABELS[row.kind]}</Table.Td>
                <Table.Td>{formatDate(row.receivedOn)}</Table.Td>
                <Table.Td>{COMPLAINT_STATUS_LABELS[row.status]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
