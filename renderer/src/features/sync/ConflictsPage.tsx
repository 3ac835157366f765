import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconCircleCheck } from '@tabler/icons-react';
import { formatDateTime, type SyncConflict } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { formatAuditValue, useNameLookup, type NameLookup } from '../../ui/auditFormat';
import { Page } from '../../ui/Page';
import { ReportsCard } from './ReportsCard';
import { rowName } from './syncStatusText';
import { useOpenConflicts } from './useSyncStatus';

/**
 * Two computers changed the same field at the same time: the later change stands, the other is
 * kept here, and a person decides which value is right.
 */
export function ConflictsPage() {
  const conflicts = useOpenConflicts(true);
  const lookup = useNameLookup();
  return (
    <Page title="Conflicten" description="Twee computers wijzigden tegelijk hetzelfde gegeven. De laatste wijziging staat er nu; kies per geval welke waarde klopt.">
      <Stack gap="sm" component="section" aria-label="Open conflicten">
        {conflicts.isPending && <Loader />}
        {conflicts.isError && (
          <Alert color="gray" variant="light" title="De conflicten zijn nu niet op te halen">
            {conflicts.error.message}
          </Alert>
        )}
        {!conflicts.isError && conflicts.data?.length === 0 && (
          <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />}>
            Er zijn geen open conflicten.
          </Alert>
        )}
        {/* After a failed refresh the last list may be outdated, and choosing would fail the same way. */}
        {!conflicts.isError && conflicts.data?.map((conflict) => <ConflictCard key={conflict.id} conflict={conflict} lookup={lookup} />)}
      </Stack>
      <ReportsCard />
    </Page>
  );
}

function ConflictCard({ conflict, lookup }: { conflict: SyncConflict; lookup: NameLookup }) {
  const resolve = useProcedureMutation('sync.resolveConflict', {
    onSuccess: (_result, input) =>
      notifications.show({
        color: 'green',
        message: input.keep === 'losing' ? `De andere waarde van ${conflict.fieldLabel} is teruggezet.` : `De huidige waarde van ${conflict.fieldLabel} blijft staan.`,
      }),
    onError: (error) => notifications.show({ color: 'red', title: 'Niet gelukt', message: error.message }),
  });
  const value = (v: unknown) => formatAuditValue(conflict.field, v, lookup);

  return (
    <Card withBorder padding="md" component="article" aria-label={`Conflict: ${rowName(conflict)}, ${conflict.fieldLabel}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <Text fw={600}>{rowName(conflict)}</Text>
            <Text size="sm" c="dimmed">
              Veld: {conflict.fieldLabel}
            </Text>
          </Stack>
          <Badge variant="light" color="gray" tt="none">
            {conflict.tableLabel}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <ValueBox
            title="Huidige waarde"
            value={value(conflict.winningValue)}
            origin={`van ${conflict.winningDevice}, ${formatDateTime(conflict.winningAt)}`}
            color="blue"
          />
          <ValueBox title="Andere waarde" value={value(conflict.losingValue)} origin={`van ${conflict.losingDevice}, ${formatDateTime(conflict.losingAt)}`} color="orange" />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            variant="light"
            leftSection={<IconCheck size={16} />}
            loading={resolve.isPending && resolve.variables?.keep === 'winning'}
            disabled={resolve.isPending}
            onClick={() => resolve.mutate({ id: conflict.id, keep: 'winning' })}
          >
            Huidige waarde houden
          </Button>
          <Button
            variant="light"
            color="orange"
            leftSection={<IconArrowBackUp size={16} />}
            loading={resolve.isPending && resolve.variables?.keep === 'losing'}
            disabled={resolve.isPending}
            onClick={() => resolve.mutate({ id: conflict.id, keep: 'losing' })}
          >
            Andere waarde terugzetten
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ValueBox({ title, value, origin, color }: { title: string; value: string; origin: string; color: string }) {
  return (
    <Card padding="sm" radius="sm" bg={`var(--mantine-color-${color}-light)`} aria-label={title}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {title}
      </Text>
      <Text size="lg" fw={500} style={{ wordBreak: 'break-word' }}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {origin}
      </Text>
    </Card>
  );
}
