import { Alert, Button, Group, SimpleGrid, Text } from '@mantine/core';
import { IconAlertOctagon, IconCheck, IconSticker } from '@tabler/icons-react';
import { useState } from 'react';
import { amsterdamDay, formatDate, STICKER_PERIOD_DAYS, type Participant } from '../../../../../core/contracts';
import { Fact, StepCard } from '../../complaints/dossier/shared';
import { useQualityAccess } from '../access';
import { CheckForm } from './CheckForm';
import { ViolationForm } from './ViolationForm';
import { ViolationsList } from './ViolationsList';

/** Q5 h-j: after the termination: stickers and promotional material gone within 10 days, a check, violations, the blacklist. */
export function AfterTerminationCard({ participant: p, onLetter }: { participant: Participant; onLetter: (documentId: string) => void }) {
  const { canEdit } = useQualityAccess();
  const [form, setForm] = useState<'check' | 'violation' | null>(null);
  const today = amsterdamDay(new Date());
  const deadline = p.stickerDeadline;
  const ended = p.status === 'beeindigd';
  const periodOver = !!deadline && today > deadline;
  const mayRecord = ended && periodOver;
  const waitText = !ended
    ? `Het deelnemerschap loopt nog tot ${p.terminationDate ? formatDate(p.terminationDate) : '—'}; controleren kan na de termijn van ${STICKER_PERIOD_DAYS} dagen.`
    : `Controleren kan vanaf de dag na ${deadline ? formatDate(deadline) : '—'}.`;

  return (
    <StepCard title="Na beëindiging" rules="Q5 h–j · Q6" icon={<IconSticker size={20} />} current={mayRecord && p.violations.length === 0}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <Fact label="Einddatum">{p.terminationDate ? formatDate(p.terminationDate) : '—'}</Fact>
        <Fact label="Stickers en promotiemateriaal weg uiterlijk">
          <Text size="sm" fw={600} data-testid="sticker-deadline">
            {deadline ? formatDate(deadline) : '—'}
          </Text>
        </Fact>
        <Fact label="Termijn">{periodOver ? 'Voorbij: controleren' : `Loopt (${STICKER_PERIOD_DAYS} dagen na de einddatum)`}</Fact>
      </SimpleGrid>
      {canEdit && form === null && (
        <Group gap="sm">
          <Button variant="light" color="green" leftSection={<IconCheck size={16} />} disabled={!mayRecord} onClick={() => setForm('check')}>
            Controle gedaan, geen overtreding
          </Button>
          <Button variant="light" color="red" leftSection={<IconAlertOctagon size={16} />} disabled={!mayRecord} onClick={() => setForm('violation')}>
            Overtreding vastleggen
          </Button>
        </Group>
      )}
      {canEdit && !mayRecord && (
        <Text size="xs" c="dimmed">
          {waitText}
        </Text>
      )}
      {form === 'check' && <CheckForm participant={p} onDone={() => setForm(null)} />}
      {form === 'violation' && <ViolationForm participant={p} onDone={() => setForm(null)} />}
      {p.violations.length > 0 && <ViolationsList participant={p} onLetter={onLetter} />}
      {p.blacklist.some((b) => b.withdrawnOn) && (
        <Alert color="gray" variant="light" p="xs">
          {p.blacklist
            .filter((b) => b.withdrawnOn)
            .map((b) => `Van de zwarte lijst gehaald op ${formatDate(b.withdrawnOn!)}${b.withdrawnReason ? `: ${b.withdrawnReason}` : ''}`)
            .join(' · ')}
        </Alert>
      )}
    </StepCard>
  );
}
