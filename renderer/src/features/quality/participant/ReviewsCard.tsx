import { Anchor, Badge, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconStars } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate, type Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { PATHS } from '../../../app/paths';
import { useQualityAccess } from '../access';
import { JudgementBadge } from '../badges';
import { EntriesCard, RemoveEntryButton } from './EntriesCard';
import { countedRowStyle, useEvidenceHighlight } from './highlight';
import { ReviewForm } from './ReviewForm';

/** Q2: customer reviews; the ones the shown finding counted are marked (Q3). */
export function ReviewsCard({ participant: p }: { participant: Participant }) {
  return (
    <EntriesCard
      title="Klantbeoordelingen"
      rules="Q2 · Q3 regels 1, 3, 4"
      icon={<IconStars size={20} />}
      empty="Nog geen klantbeoordelingen."
      addLabel="Beoordeling toevoegen"
      open={p.status !== 'beeindigd'}
      table={p.reviews.length > 0 ? <ReviewsTable participant={p} /> : null}
      form={(onDone) => <ReviewForm participant={p} onDone={onDone} />}
    />
  );
}

function ReviewsTable({ participant: p }: { participant: Participant }) {
  const { canRemove } = useQualityAccess();
  const { counted, insufficient, findingId } = useEvidenceHighlight();
  const remove = useProcedureMutation('quality.removeReview', {
    onSuccess: () => notifications.show({ color: 'green', message: 'De klantbeoordeling is verwijderd.' }),
    onError: (error) => notifications.show({ color: 'red', title: 'Niet verwijderd', message: error.message }),
  });
  const reviews = [...p.reviews].sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="xs" aria-label="Klantbeoordelingen">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Datum</Table.Th>
            <Table.Th>Klant</Table.Th>
            <Table.Th>Garantie</Table.Th>
            <Table.Th>Service</Table.Th>
            <Table.Th>Vakmanschap</Table.Th>
            <Table.Th>Eindoordeel</Table.Th>
            <Table.Th>Klacht / opdracht</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.map((r) => {
            const isCounted = counted.has(r.id);
            const decisive = insufficient.has(r.id);
            return (
              <Table.Tr key={r.id} style={countedRowStyle(isCounted, decisive)} data-counted={isCounted || undefined} data-testid="review-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatDate(r.reviewedOn)}</Text>
                  {findingId && isCounted && (
                    <Badge miw="max-content" size="xs" variant="light" color={decisive ? 'red' : 'yellow'} tt="none">
                      {decisive ? 'telt onvoldoende' : 'geteld'}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.customer.name}</Text>
                  {r.notes && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {r.notes}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <JudgementBadge sufficient={r.guaranteeSufficient} />
                </Table.Td>
                <Table.Td>
                  <JudgementBadge sufficient={r.serviceSufficient} />
                </Table.Td>
                <Table.Td>
                  <JudgementBadge sufficient={r.craftsmanshipSufficient} />
                </Table.Td>
                <Table.Td>
                  <JudgementBadge sufficient={r.sufficient} size="md" />
                </Table.Td>
                <Table.Td>
                  {r.complaint && (
                    <Anchor component={Link} to={`${PATHS.complaints}/${r.complaint.id}`} size="sm">
                      {r.complaint.dossierNumber}
                    </Anchor>
                  )}
                  {r.jobReference && <Text size="sm">{r.jobReference}</Text>}
                  {!r.complaint && !r.jobReference && '—'}
                </Table.Td>
                <Table.Td ta="right">
                  {canRemove && (
                    <RemoveEntryButton label={`Beoordeling van ${r.customer.name} op ${formatDate(r.reviewedOn)} verwijderen`} pending={remove.isPending && remove.variables?.id === r.id} onRemove={() => remove.mutate({ id: r.id })} />
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
