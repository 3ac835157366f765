import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, WORKLIST_GROUP_LABELS, WORKLIST_GROUPS, type WorklistGroup, type WorklistItem } from '../../../../core/contracts';
import { PATHS } from '../../app/paths';
import { RuleBadge, UrgentBadge } from '../complaints/badges';

/** Where each kind of dossier opens; a kind without a page here falls back to the complaints. */
const DOSSIER_PATHS: Record<string, string> = { complaint: PATHS.complaints, quality: PATHS.quality };

export function dossierPath(item: Pick<WorklistItem, 'dossierKind' | 'dossierId'>): string {
  return `${DOSSIER_PATHS[item.dossierKind] ?? PATHS.complaints}/${item.dossierId}`;
}

const GROUP_COLORS: Record<WorklistGroup, string> = { overdue: 'red', today: 'orange', soon: 'gray' };

/** "1 werkdag te laat", "3 werkdagen te laat" */
export function overdueText(days: number): string {
  return days === 1 ? '1 werkdag te laat' : `${days} werkdagen te laat`;
}

/** Urgent first, then the earliest day. */
function byUrgencyThenDay(a: WorklistItem, b: WorklistItem): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  return a.dueOn.localeCompare(b.dueOn) || a.dossierNumber.localeCompare(b.dossierNumber);
}

interface WorklistTableProps {
  items: WorklistItem[];
  /** Who holds each item: left out for "Mijn werk", where it is always oneself. */
  showAssignee?: boolean;
}

/** The work list in its three groups: te laat, vandaag, binnen vijf werkdagen. */
export function WorklistTable({ items, showAssignee = true }: WorklistTableProps) {
  return (
    <Stack gap="lg">
      {WORKLIST_GROUPS.map((group) => {
        const rows = items.filter((i) => i.group === group).sort(byUrgencyThenDay);
        if (rows.length === 0) return null;
        const label = WORKLIST_GROUP_LABELS[group];
        return (
          <Stack key={group} gap={6} component="section" aria-label={label}>
            <Group gap="xs">
              <Title order={3} size="h5">
                {label}
              </Title>
              <Badge color={GROUP_COLORS[group]} variant={group === 'soon' ? 'light' : 'filled'} size="sm" circle={rows.length < 10}>
                {rows.length}
              </Badge>
            </Group>
            <Table.ScrollContainer minWidth={showAssignee ? 760 : 560}>
              <Table verticalSpacing={6} highlightOnHover aria-label={label} bg="white">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={150}>Termijn</Table.Th>
                    <Table.Th>Wat</Table.Th>
                    <Table.Th w={70}>Regel</Table.Th>
                    <Table.Th>Dossier</Table.Th>
                    {showAssignee && <Table.Th>Bij</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((item) => (
                    <WorkRow key={item.id} item={item} showAssignee={showAssignee} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      })}
    </Stack>
  );
}

function WorkRow({ item, showAssignee }: { item: WorklistItem; showAssignee: boolean }) {
  const overdue = item.group === 'overdue';
  return (
    <Table.Tr data-testid="worklist-item">
      <Table.Td>
        <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
          {formatDate(item.dueOn)}
        </Text>
        {overdue && item.workingDaysOverdue > 0 && (
          <Text size="xs" c="red">
            {overdueText(item.workingDaysOverdue)}
          </Text>
        )}
        {item.group === 'today' && (
          <Text size="xs" c="orange.8">
            vandaag
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{item.label}</Text>
          {item.urgent && <UrgentBadge />}
        </Group>
      </Table.Td>
      <Table.Td>
        <RuleBadge rule={item.rule} />
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={dossierPath(item)} size="sm" fw={500}>
          {item.dossierNumber}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {item.dossierTitle}
        </Text>
      </Table.Td>
      {showAssignee && (
        <Table.Td>
          <Text size="sm">{item.assignee?.name ?? (item.assigneeRole ? roleText(item.assigneeRole) : '—')}</Text>
          {item.team && (
            <Text size="xs" c="dimmed">
              Team {item.team.name}
            </Text>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function roleText(role: string): string {
  return { manager: 'De manager', director: 'De directeur', servicedesk: 'De servicedesk', admin: 'Beheer', board: 'Het bestuur keurmerk' }[role] ?? role;
}
