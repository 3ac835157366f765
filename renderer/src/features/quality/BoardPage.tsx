import { Anchor, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { Link } from 'react-router';
import { amsterdamDay, formatDate } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { useQualityAccess } from './access';
import { HardshipPendingBadge, ParticipantStatusBadge, ruleText, TerminationRuleBadge } from './badges';
import { findingPath, participantPath } from './paths';

/** Q3: the board's work: every open finding with its evidence, hardship requests first to decide. */
export function BoardPage() {
  const access = useQualityAccess();
  const board = useProcedure('quality.board', {});
  const today = amsterdamDay(new Date());
  const items = board.data ?? [];

  return (
    <Page
      title="Bestuur keurmerk"
      description="Open bevindingen van de beoordelingen (Q3) en beroepen op de hardheidsclausule: het bestuur besluit op de pagina van de deelnemer."
      actions={
        access.canSettings && (
          <Button component={Link} to={PATHS.qualitySettings} variant="default" leftSection={<IconSettings size={16} />}>
            Instellingen keurmerk
          </Button>
        )
      }
    >
      {board.isPending && <Loader />}
      {board.isError && <ErrorAlert message={board.error.message} />}
      {board.data && items.length === 0 && (
        <Text c="dimmed" data-testid="no-open-findings">
          Er zijn geen open bevindingen.
        </Text>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" highlightOnHover bg="white" withTableBorder aria-label="Open bevindingen">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Deelnemer</Table.Th>
                <Table.Th>Regel</Table.Th>
                <Table.Th>Bewijs</Table.Th>
                <Table.Th>Vastgesteld</Table.Th>
                <Table.Th>Termijn</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => {
                const { finding: f, participant: p } = item;
                const due = item.dueOn;
                const pending = !!f.hardship && f.hardship.outcome === null;
                return (
                  <Table.Tr key={f.id} data-testid="board-item">
                    <Table.Td>
                      <Anchor component={Link} to={participantPath(p.id)} size="sm" fw={600}>
                        {p.name}
                      </Anchor>
                      <Group gap={6}>
                        <Text size="xs" c="dimmed">
                          {p.registrationNumber}
                        </Text>
                        {p.status !== 'deelnemer' && <ParticipantStatusBadge status={p.status} size="xs" />}
                      </Group>
                    </Table.Td>
                    <Table.Td maw={260}>
                      <Stack gap={4}>
                        <Group gap={6}>
                          <TerminationRuleBadge rule={f.rule} />
                          {pending && <HardshipPendingBadge />}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {f.kind === 'staffel_zwijgt' ? 'Meer dan 15 beoordelingen: de staffel zegt niets' : ruleText(f.rule)}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{f.evidence.summary}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(f.assessedOn)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {due ? (
                        <Text size="sm" c={due < today ? 'red' : undefined} fw={due < today ? 600 : undefined}>
                          {formatDate(due)}
                          {due < today ? ' · te laat' : ''}
                        </Text>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button component={Link} to={findingPath(p.id, f.id)} size="xs" variant="light">
                        {pending ? 'Beroep beoordelen' : 'Beoordelen'}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
