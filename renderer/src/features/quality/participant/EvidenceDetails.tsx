import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, type Participant } from '../../../../../core/contracts';
import { PATHS } from '../../../app/paths';
import { JudgementBadge } from '../badges';

type Evidence = Participant['findings'][number]['evidence'];

/** Q3: what a rule counted, as it was stored with the finding: the window and each review, advice, complaint or year. */
export function EvidenceDetails({ evidence: e, participant: p }: { evidence: Evidence; participant: Participant }) {
  const reviews = p.reviews.filter((r) => e.reviewIds.includes(r.id) || e.insufficientReviewIds.includes(r.id)).sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn));
  const advices = p.advices.filter((a) => e.adviceIds.includes(a.id));
  const complaints = p.complaints.filter((c) => e.complaintIds.includes(c.id));
  // A review or advice removed after the finding was made is no longer in the dossier; the count says so.
  const missing = e.reviewIds.length + e.adviceIds.length - reviews.length - advices.length;
  return (
    <Stack gap={6} data-testid="finding-evidence">
      <Text size="sm" fw={600}>
        {e.summary}
      </Text>
      <Group gap="lg">
        <Text size="xs" c="dimmed">
          Periode {formatDate(e.window.from)} t/m {formatDate(e.window.to)}
        </Text>
        {e.needed !== null && (
          <Text size="xs" c="dimmed">
            Staffel: {e.needed} onvoldoende nodig bij {e.reviewIds.length} beoordelingen
          </Text>
        )}
      </Group>
      {reviews.length > 0 && (
        <List size="sm" spacing={2} aria-label="Getelde klantbeoordelingen">
          {reviews.map((r) => (
            <List.Item key={r.id}>
              <Group gap={6} wrap="nowrap">
                <Text size="sm">
                  Beoordeling {formatDate(r.reviewedOn)} · {r.customer.name}
                </Text>
                <JudgementBadge sufficient={r.sufficient} size="xs" />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {advices.length > 0 && (
        <List size="sm" spacing={2} aria-label="Getelde bindende adviezen">
          {advices.map((a) => (
            <List.Item key={a.id}>
              Negatief bindend advies {formatDate(a.advisedOn)} · {a.expert}
            </List.Item>
          ))}
        </List>
      )}
      {complaints.length > 0 && (
        <List size="sm" spacing={2} aria-label="Klachten">
          {complaints.map((c) => (
            <List.Item key={c.id}>
              Klacht{' '}
              <Anchor component={Link} to={`${PATHS.complaints}/${c.id}`} size="sm">
                {c.dossierNumber}
              </Anchor>{' '}
              ontvangen {formatDate(c.receivedOn)}
            </List.Item>
          ))}
        </List>
      )}
      {e.unpaidYears.length > 0 && (
        <Group gap={6}>
          <Text size="sm">Onbetaalde contributie:</Text>
          {e.unpaidYears.map((y) => (
            <Badge miw="max-content" key={y} color="red" variant="light" tt="none">
              {y}
            </Badge>
          ))}
        </Group>
      )}
      {missing > 0 && (
        <Text size="xs" c="orange.8">
          {missing === 1 ? 'Eén getelde beoordeling of advies is' : `${missing} getelde beoordelingen of adviezen zijn`} later verwijderd.
        </Text>
      )}
    </Stack>
  );
}
