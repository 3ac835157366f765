import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate, type ScreeningStatus } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { useQualityAccess } from './access';
import { OverdueBadge, ParticipantStatusBadge } from './badges';
import { participantPath } from './paths';

/** Q1 on the provider's page: its (last) participation in the quality mark, or the way to register it. */
export function QualityParticipationCard({ providerId, screeningStatus }: { providerId: string; screeningStatus: ScreeningStatus }) {
  const { canEdit } = useQualityAccess();
  const participation = useProcedure('quality.ofProvider', { providerId });
  const p = participation.data;
  const mayRegister = canEdit && screeningStatus === 'goedgekeurd' && (!p || p.status === 'beeindigd');
  return (
    <Card withBorder padding="lg" component="section" aria-label="Keurmerk">
      <Group gap="xs" mb="sm">
        <IconCertificate size={18} />
        <Title order={2} size="h5">
          Keurmerk
        </Title>
      </Group>
      {participation.isPending && <Loader size="sm" />}
      {participation.isError && <ErrorAlert message={participation.error.message} />}
      {p && (
        <Stack gap={4}>
          <Group gap="xs">
            <Anchor component={Link} to={participantPath(p.id)} fw={600} size="sm">
              {p.registrationNumber}
            </Anchor>
            <ParticipantStatusBadge status={p.status} />
            {p.overdueContributions > 0 && <OverdueBadge />}
          </Group>
          <Text size="sm">
            Deelnemer sinds {formatDate(p.startDate)}
            {p.terminationDate ? `, ${p.status === 'opgezegd' ? 'eindigt' : 'beëindigd'} per ${formatDate(p.terminationDate)}` : ''}
          </Text>
          {p.openFindings > 0 && (
            <Text size="sm" c="orange.8" fw={500}>
              {p.openFindings === 1 ? '1 open bevinding' : `${p.openFindings} open bevindingen`} voor het bestuur
            </Text>
          )}
        </Stack>
      )}
      {participation.data === null && (
        <Text size="sm" c="dimmed">
          {screeningStatus === 'goedgekeurd' ? 'Geen deelnemer van het keurmerk.' : 'Geen deelnemer. Alleen een goedgekeurde dienstverlener kan deelnemer worden (Q1).'}
        </Text>
      )}
      {mayRegister && (
        <Button component={Link} to={`${PATHS.newParticipant}?dienstverlener=${encodeURIComponent(providerId)}`} variant="light" size="sm" mt="sm" leftSection={<IconCertificate size={16} />}>
          Registreren als keurmerkdeelnemer
        </Button>
      )}
    </Card>
  );
}
