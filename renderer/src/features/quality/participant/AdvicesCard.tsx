import { Anchor, Badge, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconScale } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate, type Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { PATHS } from '../../../app/paths';
import { useQualityAccess } from '../access';
import { AdviceOutcomeBadge } from '../badges';
import { AdviceForm } from './AdviceForm';
import { EntriesCard, RemoveEntryButton } from './EntriesCard';
import { countedRowStyle, useEvidenceHighlight } from './highlight';

/** Q2: binding advices by independent experts; the negative ones a finding counted are marked (Q3 rules 2-3). */
export function AdvicesCard({ participant: p }: { participant: Participant }) {
  return (
    <EntriesCard
      title="Bindende adviezen"
      rules="Q2 · Q3 regels 2, 3"
      icon={<IconScale size={20} />}
      empty="Nog geen bindende adviezen."
      addLabel="Advies toevoegen"
      open={p.status !== 'beeindigd'}
      table={p.advices.length > 0 ? <AdvicesTable participant={p} /> : null}
      form={(onDone) => <AdviceForm participant={p} onDone={onDone} />}
    />
  );
}

function AdvicesTable({ participant: p }: { participant: Participant }) {
  const { canRemove } = useQualityAccess();
  const { advices: counted, findingId } = useEvidenceHighlight();
  const remove = useProcedureMutation('quality.removeAdvice', {
    onSuccess: () => notifications.show({ color: 'green', message: 'Het bindend advies is verwijderd.' }),
    onError: (error) => notifications.show({ color: 'red', title: 'Niet verwijderd', message: error.message }),
  });
  const advices = [...p.advices].sort((a, b) => b.advisedOn.localeCompare(a.advisedOn));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" aria-label="Bindende adviezen">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Datum</Table.Th>
            <Table.Th>Deskundige</Table.Th>
            <Table.Th>Uitkomst</Table.Th>
            <Table.Th>Geschil</Table.Th>
            <Table.Th>Klacht</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {advices.map((a) => {
            const isCounted = counted.has(a.id);
            return (
              <Table.Tr key={a.id} style={countedRowStyle(isCounted, isCounted)} data-counted={isCounted || undefined} data-testid="advice-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatDate(a.advisedOn)}</Text>
                  {findingId && isCounted && (
                    <Badge miw="max-content" size="xs" variant="light" color="red" tt="none">
                      geteld
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.expert}</Text>
                </Table.Td>
                <Table.Td>
                  <AdviceOutcomeBadge outcome={a.outcome} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={3}>
                    {a.dispute}
                  </Text>
                  {a.notes && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {a.notes}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {a.complaint ? (
                    <Anchor component={Link} to={`${PATHS.complaints}/${a.complaint.id}`} size="sm">
                      {a.complaint.dossierNumber}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {canRemove && (
                    <RemoveEntryButton label={`Advies van ${a.expert} op ${formatDate(a.advisedOn)} verwijderen`} pending={remove.isPending && remove.variables?.id === a.id} onRemove={() => remove.mutate({ id: a.id })} />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
