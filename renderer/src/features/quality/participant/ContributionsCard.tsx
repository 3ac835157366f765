import { Table, Text } from '@mantine/core';
import { IconCoins } from '@tabler/icons-react';
import { formatDate, formatMoney, type Participant } from '../../../../../core/contracts';
import { StepCard } from '../../complaints/dossier/shared';
import { useQualityAccess } from '../access';
import { OverdueBadge } from '../badges';
import { PaidToggle } from './PaidToggle';

/** Q7: the yearly contribution, per year, and whether it was paid (Q3 rule 5 when it is overdue). */
export function ContributionsCard({ participant: p }: { participant: Participant }) {
  const { canEdit } = useQualityAccess();
  const years = [...p.contributions].sort((a, b) => b.year - a.year);
  return (
    <StepCard title="Contributie" rules="Q7 · Q3 regel 5" icon={<IconCoins size={20} />}>
      {years.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nog geen contributie in rekening gebracht.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" aria-label="Contributie per jaar">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Jaar</Table.Th>
                <Table.Th ta="right">Contributie</Table.Th>
                <Table.Th ta="right">Korting</Table.Th>
                <Table.Th ta="right">BTW</Table.Th>
                <Table.Th ta="right">Totaal</Table.Th>
                <Table.Th>In rekening</Table.Th>
                <Table.Th>Uiterlijk</Table.Th>
                <Table.Th>Betaald</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {years.map((c) => (
                <Table.Tr key={c.id} data-testid={`contribution-${c.year}`}>
                  <Table.Td fw={600}>{c.year}</Table.Td>
                  <Table.Td ta="right">{formatMoney(c.amountCents)}</Table.Td>
                  <Table.Td ta="right">{c.discountCents ? `− ${formatMoney(c.discountCents)}` : '—'}</Table.Td>
                  <Table.Td ta="right">{formatMoney(c.vatCents)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatMoney(c.totalCents)}
                  </Table.Td>
                  <Table.Td>{formatDate(c.chargedOn)}</Table.Td>
                  <Table.Td>
                    {formatDate(c.dueOn)} {c.overdue && <OverdueBadge />}
                  </Table.Td>
                  <Table.Td>
                    <PaidToggle contribution={c} disabled={!canEdit} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </StepCard>
  );
}
