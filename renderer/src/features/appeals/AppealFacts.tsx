import { Alert, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import {
  APPEAL_OUTCOME_LABELS,
  APPEAL_STATUS_LABELS,
  formatDate,
  formatDateTime,
  HEARING_KIND_LABELS,
  type Appeal,
  type AppealStatus,
} from '../../../../core/contracts';
import { Fact } from '../complaints/dossier/shared';

const STATUS_COLORS: Record<AppealStatus, string> = { ontvangen: 'blue', niet_ontvankelijk: 'gray', hoorzitting_gepland: 'cyan', gehoord: 'teal', beslist: 'green' };

export function AppealStatusBadge({ status }: { status: AppealStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" fw={500}>
      {APPEAL_STATUS_LABELS[status]}
    </Badge>
  );
}

/** K11: an appeal after the one-month window is recorded, marked, and waits for the director. */
export function LateBadge() {
  return (
    <Badge color="orange" variant="filled" tt="none" leftSection={<IconClockExclamation size={12} />} data-testid="late-appeal">
      Te laat ontvangen
    </Badge>
  );
}

/** Where an appeal stands: received, admitted or not, the hearing, the decision and its due date. */
export function AppealFacts({ appeal }: { appeal: Appeal }) {
  const a = appeal;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
        <Fact label="Bezwaar ontvangen">
          <Group gap={6}>
            {formatDate(a.receivedOn)}
            {a.late && <LateBadge />}
          </Group>
        </Fact>
        <Fact label="Stand">
          <AppealStatusBadge status={a.status} />
        </Fact>
        <Fact label="Gesprek">
          {a.hearingHeldOn
            ? `Gehouden op ${formatDate(a.hearingHeldOn)}${a.hearingKind ? ` (${HEARING_KIND_LABELS[a.hearingKind].toLowerCase()})` : ''}`
            : a.hearingAt
              ? `${a.hearingKind ? HEARING_KIND_LABELS[a.hearingKind] : 'Gepland'} op ${formatDateTime(a.hearingAt)}`
              : 'Nog niet gepland'}
        </Fact>
        <Fact label="Uitspraak uiterlijk (K13)">{formatDate(a.decisionDue)}</Fact>
      </SimpleGrid>
      <Stack gap={2}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          Gronden van het bezwaar
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {a.grounds}
        </Text>
      </Stack>
      {a.late && a.admitted === null && (
        <Alert color="orange" variant="light" title="Te laat bezwaar (K11)">
          Het bezwaar kwam na de termijn van een maand binnen. De directeur beslist of het toch in behandeling wordt genomen.
        </Alert>
      )}
      {a.late && a.admitted !== null && (
        <Text size="sm">
          {a.admitted ? 'Toch in behandeling genomen' : 'Niet ontvankelijk verklaard'} door {a.admissionDecidedBy?.name ?? 'de directeur'}: {a.admissionReason}
        </Text>
      )}
      {a.hearingReport && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Gespreksverslag {a.hearingParticipants ? `(aanwezig: ${a.hearingParticipants})` : ''}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.hearingReport}
          </Text>
        </Stack>
      )}
      {a.decision && (
        <Alert color={a.decision === 'ongegrond' ? 'gray' : 'green'} variant="light" title={`Uitspraak: ${APPEAL_OUTCOME_LABELS[a.decision]}`} data-testid="appeal-decision">
          <Text size="sm">
            Door {a.decidedBy?.name ?? 'de directeur'} op {a.decidedOn ? formatDate(a.decidedOn) : '—'}.
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.decisionReasons}
          </Text>
          {a.decisionMeasures && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              Maatregelen: {a.decisionMeasures}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}

/** K12: a hearing can be planned and recorded while the appeal is being treated (admitted, not decided). */
export function hearingOpen(appeal: Appeal): boolean {
  return (appeal.status === 'ontvangen' || appeal.status === 'hoorzitting_gepland') && (!appeal.late || appeal.admitted === true);
}
