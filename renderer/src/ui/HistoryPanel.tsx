import { Badge, Button, Card, Group, Loader, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { IconHistory } from '@tabler/icons-react';
import { formatDateTime, type AuditEntry } from '../../../core/contracts';
import { useProcedure } from '../api/queries';
import { actorName, groupChanges, OP_COLORS, OP_LABELS, useNameLookup } from './auditFormat';
import { ChangeList } from './ChangeList';
import { ErrorAlert } from './form';

/** Lines per step: a long-lived dossier's history stays quick to open. */
const PAGE = 200;

/** S3: who changed what and when, for one record. Read-only: there is nothing to edit here. */
export function HistoryPanel({ tableName, rowId }: { tableName: string; rowId: string }) {
  const [limit, setLimit] = useState(PAGE);
  const history = useProcedure('audit.history', { tableName, rowId, limit });
  const entries = history.data?.entries;
  const lookup = useNameLookup();
  return (
    <Card withBorder padding="lg" component="section" aria-label="Geschiedenis">
      <Group gap="xs" mb="md">
        <IconHistory size={20} />
        <Title order={2} size="h4">
          Geschiedenis
        </Title>
      </Group>
      {history.isPending && <Loader size="sm" />}
      {history.isError && <ErrorAlert message={history.error.message} />}
      {entries?.length === 0 && (
        <Text c="dimmed" size="sm">
          Nog geen wijzigingen vastgelegd.
        </Text>
      )}
      {entries && entries.length > 0 && (
        <Timeline bulletSize={14} lineWidth={2}>
          {groupChanges(entries).map((group) => (
            <Timeline.Item key={group[0]!.txId} title={<ChangeTitle entry={group[0]!} />}>
              <ChangeList entries={group} lookup={lookup} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {history.data?.hasMore && (
        <Button variant="subtle" mt="md" onClick={() => setLimit((n) => n + PAGE)} loading={history.isFetching}>
          Oudere wijzigingen tonen
        </Button>
      )}
    </Card>
  );
}

function ChangeTitle({ entry }: { entry: AuditEntry }) {
  return (
    <Group gap="xs" mb={4}>
      <Text size="sm" fw={600}>
        {formatDateTime(entry.at)}
      </Text>
      <Text size="sm">{actorName(entry)}</Text>
      <Badge size="sm" variant="light" color={OP_COLORS[entry.op]} tt="none">
        {OP_LABELS[entry.op]}
      </Badge>
    </Group>
  );
}
