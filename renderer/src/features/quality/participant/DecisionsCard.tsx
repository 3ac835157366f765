import { Badge, Table, Text } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { DECISION_OUTCOME_LABELS, formatDate, type Participant } from '../../../../../core/contracts';
import { StepCard } from '../../complaints/dossier/shared';
import { TerminationRuleBadge } from '../badges';

/** Q3-Q4: every decision of the board on this participant, newest first. */
export function DecisionsCard({ participant: p }: { participant: Participant }) {
  const decisions = [...p.decisions].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn));
  return (
    <StepCard title="Besluiten" rules="Q3 · Q4" icon={<IconGavel size={20} />}>
      {decisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          Het bestuur heeft nog geen besluit over deze deelnemer genomen.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" aria-label="Besluiten van het bestuur">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Datum</Table.Th>
                <Table.Th>Regel</Table.Th>
                <Table.Th>Besluit</Table.Th>
                <Table.Th>Motivering</Table.Th>
                <Table.Th>Einddatum</Table.Th>
                <Table.Th>Door</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {decisions.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.decidedOn)}</Table.Td>
                  <Table.Td>
                    <TerminationRuleBadge rule={d.rule} />
                  </Table.Td>
                  <Table.Td>
                    <Badge miw="max-content" color={d.outcome === 'beeindigen' ? 'red' : 'green'} variant="light" tt="none" fw={500}>
                      {DECISION_OUTCOME_LABELS[d.outcome]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {d.reasons}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.terminationDate ? formatDate(d.terminationDate) : '—'}</Table.Td>
                  <Table.Td>{d.decidedBy.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </StepCard>
  );
}
