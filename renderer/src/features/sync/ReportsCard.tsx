import { Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { formatDateTime, SYNC_REPORT_STATUS_LABELS, type SyncReport } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';
import { rowName } from './syncStatusText';

const REPORT_COLORS: Record<SyncReport['status'], string> = { rejected: 'red', conflict: 'orange', apply_failed: 'red' };

/** Changes the server refused, lost to a colleague's, or that could not be stored here: read once, then marked seen. */
export function ReportsCard() {
  const reports = useProcedure('sync.reports', { includeSeen: false });
  const markSeen = useProcedureMutation('sync.markReportsSeen');
  const all = reports.data ?? [];

  return (
    <Card withBorder padding="lg" component="section" aria-label="Meldingen">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Meldingen
          </Title>
          {all.length > 1 && (
            <Button size="xs" variant="subtle" loading={markSeen.isPending} onClick={() => markSeen.mutate({ mutationIds: all.map((r) => r.mutationId) })}>
              Alles gezien
            </Button>
          )}
        </Group>
        {reports.isPending && <Loader size="sm" />}
        {reports.isError && <ErrorAlert message={reports.error.message} />}
        {reports.data && all.length === 0 && (
          <Text size="sm" c="dimmed">
            Geen nieuwe meldingen.
          </Text>
        )}
        {all.length > 0 && (
          <Table verticalSpacing="xs" aria-label="Nieuwe meldingen">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Wanneer</Table.Th>
                <Table.Th>Wat</Table.Th>
                <Table.Th>Melding</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {all.map((report) => (
                <Table.Tr key={report.mutationId}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(report.reportedAt)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {rowName(report)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {report.tableLabel}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Badge color={REPORT_COLORS[report.status]} variant="light" tt="none" w="fit-content">
                        {SYNC_REPORT_STATUS_LABELS[report.status]}
                      </Badge>
                      {report.reason && <Text size="sm">{report.reason}</Text>}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" color="gray" onClick={() => markSeen.mutate({ mutationIds: [report.mutationId] })}>
                      Gezien
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
