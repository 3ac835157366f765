import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { StepCard } from '../../complaints/dossier/shared';
import { FindingItem } from './FindingItem';
import { useEvidenceHighlight } from './highlight';

/** Q3: what the assessments found; open findings first, for the board to decide. */
export function FindingsCard({ participant: p, onLetter }: { participant: Participant; onLetter: (documentId: string) => void }) {
  const open = p.findings.filter((f) => f.status === 'open');
  const decided = p.findings.filter((f) => f.status === 'besloten').sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
  const { findingId } = useEvidenceHighlight();
  // A link to a decided finding (#bevinding-…) opens the earlier findings, so it can be seen.
  const [showDecided, setShowDecided] = useState(() => decided.some((f) => f.id === findingId));
  const assess = useProcedureMutation('quality.assessParticipant', {
    onSuccess: ({ newFindings }) =>
      notifications.show({ color: newFindings ? 'orange' : 'green', message: newFindings ? `${newFindings === 1 ? 'Eén nieuwe bevinding' : `${newFindings} nieuwe bevindingen`} voor het bestuur.` : 'Beoordeeld: geen nieuwe bevindingen.' }),
    onError: (error) => notifications.show({ color: 'red', title: 'Beoordelen niet gelukt', message: error.message }),
  });
  const live = p.status !== 'beeindigd';

  return (
    <StepCard title="Bevindingen" rules="Q3" icon={<IconAlertTriangle size={20} />} current={open.length > 0}>
      {open.length === 0 && (
        <Text size="sm" c="dimmed">
          Geen open bevindingen. Na elke beoordeling, elk advies, elke betaling en elke klacht (en dagelijks) wordt de deelnemer opnieuw beoordeeld.
        </Text>
      )}
      <Stack gap="md">
        {open.map((f) => (
          <FindingItem key={f.id} participant={p} finding={f} onLetter={onLetter} />
        ))}
      </Stack>
      <Group justify="space-between">
        {decided.length > 0 ? (
          <Button variant="subtle" size="xs" onClick={() => setShowDecided((s) => !s)}>
            {showDecided ? 'Eerdere bevindingen verbergen' : `Eerdere bevindingen tonen (${decided.length})`}
          </Button>
        ) : (
          <span />
        )}
        {live && (
          <Button variant="default" size="xs" leftSection={<IconRefresh size={14} />} loading={assess.isPending} onClick={() => assess.mutate({ id: p.id })}>
            Nu beoordelen
          </Button>
        )}
      </Group>
      {showDecided && (
        <Stack gap="md">
          {decided.map((f) => (
            <FindingItem key={f.id} participant={p} finding={f} onLetter={onLetter} />
          ))}
        </Stack>
      )}
    </StepCard>
  );
}
