import { Anchor, Button, Card, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconLink, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { COMPLAINT_STATUS_LABELS, formatDate, type Complaint } from '../../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../../api/queries';
import { PATHS } from '../../../app/paths';
import { ErrorAlert } from '../../../ui/form';

export function complaintPath(id: string): string {
  return `${PATHS.complaints}/${id}`;
}

/** A complaint reported twice is linked to its main dossier; both show the link. */
export function DuplicatesCard({ complaint }: { complaint: Complaint }) {
  const canLink = complaint.status !== 'afgesloten' && complaint.mainComplaint === null && complaint.duplicates.length === 0;
  if (!canLink && !complaint.mainComplaint && complaint.duplicates.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-label="Dubbele meldingen">
      <Group gap="xs" mb="sm">
        <IconCopy size={20} />
        <Title order={2} size="h4">
          Dubbele meldingen
        </Title>
      </Group>
      <Stack gap="sm">
        {complaint.mainComplaint && (
          <Text size="sm">
            Dit is een dubbele melding van hoofddossier{' '}
            <Anchor component={Link} to={complaintPath(complaint.mainComplaint.id)} fw={600}>
              {complaint.mainComplaint.dossierNumber}
            </Anchor>
            .
          </Text>
        )}
        {complaint.duplicates.length > 0 && (
          <Text size="sm">
            Dubbele meldingen van dit dossier:{' '}
            {complaint.duplicates.map((d, i) => (
              <span key={d.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={complaintPath(d.id)}>
                  {d.dossierNumber}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        {canLink && <LinkSearch complaint={complaint} />}
      </Stack>
    </Card>
  );
}

function LinkSearch({ complaint }: { complaint: Complaint }) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const results = useProcedure('complaints.list', { query: debounced, limit: 10 }, { enabled: debounced.length >= 2 });
  const link = useProcedureMutation('complaints.linkDuplicate', {
    onSuccess: (saved) => notifications.show({ color: 'green', message: `${saved.dossierNumber} is gekoppeld aan hoofddossier ${saved.mainComplaint?.dossierNumber ?? ''}.` }),
  });
  const rows = (results.data?.rows ?? []).filter((r) => r.id !== complaint.id);
  return (
    <Stack gap="xs">
      <TextInput
        label="Koppelen aan hoofddossier"
        description="Zoek op dossiernummer of naam van de klager"
        placeholder="K2026-…"
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={420}
      />
      {link.isError && <ErrorAlert message={link.error.message} />}
      {results.isFetching && <Loader size="xs" />}
      {debounced.length >= 2 && results.data && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          Geen ander dossier gevonden.
        </Text>
      )}
      {rows.length > 0 && (
        <Table verticalSpacing={4} aria-label="Gevonden dossiers">
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {r.dossierNumber}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.complainantName}</Text>
                  <Text size="xs" c="dimmed">
                    {r.concernsLabel} · {formatDate(r.receivedOn)} · {COMPLAINT_STATUS_LABELS[r.status]}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconLink size={14} />}
                    loading={link.isPending && link.variables?.mainId === r.id}
                    onClick={() => link.mutate({ id: complaint.id, version: complaint.version, mainId: r.id })}
                  >
                    Koppelen als dubbele melding
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
