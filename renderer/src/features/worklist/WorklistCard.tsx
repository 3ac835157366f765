import { Anchor, Badge, Card, Group, Loader, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { Link } from 'react-router';
import { WORKLIST_GROUPS, type WorklistItem } from '../../../../core/contracts';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { EmptyWorklist } from './EmptyWorklist';
import { ScopeControl } from './ScopeControl';
import { useWorklist } from './useWorklist';
import { WorklistTable } from './WorklistTable';

/** On the start page the most pressing items; the whole list is one click away. */
const SHOWN = 10;

function pressingFirst(a: WorklistItem, b: WorklistItem): number {
  return WORKLIST_GROUPS.indexOf(a.group) - WORKLIST_GROUPS.indexOf(b.group) || Number(b.urgent) - Number(a.urgent) || a.dueOn.localeCompare(b.dueOn);
}

/** "Werkvoorraad" at the top of everyone's start page. */
export function WorklistCard() {
  const { scope, setScope, query } = useWorklist();
  const items = [...(query.data?.items ?? [])].sort(pressingFirst);
  const overdue = items.filter((i) => i.group === 'overdue').length;
  return (
    <Card withBorder padding="lg" component="section" aria-label="Werkvoorraad">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Group gap="xs">
          <IconChecklist size={20} />
          <Title order={2} size="h4">
            Werkvoorraad
          </Title>
          {overdue > 0 && (
            <Badge color="red" variant="filled" size="sm">
              {overdue} te laat
            </Badge>
          )}
        </Group>
        <Group gap="md">
          <ScopeControl value={scope} onChange={setScope} />
          <Anchor component={Link} to={PATHS.worklist} size="sm">
            Alles bekijken
          </Anchor>
        </Group>
      </Group>
      {query.isPending && <Loader size="sm" />}
      {query.isError && <ErrorAlert message={query.error.message} />}
      {query.data && items.length === 0 && <EmptyWorklist scope={scope} />}
      {items.length > 0 && <WorklistTable items={items.slice(0, SHOWN)} showAssignee={scope === 'team'} />}
      {items.length > SHOWN && (
        <Text size="sm" c="dimmed" mt="sm">
          En nog {items.length - SHOWN} meer.{' '}
          <Anchor component={Link} to={PATHS.worklist} size="sm">
            Bekijk de hele werkvoorraad
          </Anchor>
        </Text>
      )}
    </Card>
  );
}
