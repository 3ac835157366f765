import { Badge, Stack, Table, Text } from '@mantine/core';
import { formatDateTime, tableLabel, type AuditEntry } from '../../../../core/contracts';
import { actorName, describeRow, groupChanges, OP_COLORS, OP_LABELS, type NameLookup } from '../../ui/auditFormat';
import { ChangeList } from '../../ui/ChangeList';

/** One row per save of one record, with the fields it changed. */
export function AuditTable({ entries, lookup }: { entries: AuditEntry[]; lookup: NameLookup }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" fz="sm" bg="white" withTableBorder aria-label="Audittrail" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>Wanneer</Table.Th>
            <Table.Th w={190}>Wie</Table.Th>
            <Table.Th w={210}>Gegeven</Table.Th>
            <Table.Th w={120}>Actie</Table.Th>
            <Table.Th>Wijzigingen</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupChanges(entries).map((group) => {
            const first = group[0]!;
            return (
              <Table.Tr key={first.seq} style={{ verticalAlign: 'top' }}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(first.at)}</Table.Td>
                <Table.Td>{actorName(first)}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{describeRow(first, lookup)}</Text>
                    <Text size="xs" c="dimmed">
                      {tableLabel(first.tableName)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={OP_COLORS[first.op]} tt="none" style={{ overflow: 'visible' }}>
                    {OP_LABELS[first.op]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <ChangeList entries={group} lookup={lookup} />
                </Table.Td>
              </Table.Tr>
            );
          })}
          {entries.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" ta="center" py="md">
                  Geen wijzigingen gevonden met deze filters.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
