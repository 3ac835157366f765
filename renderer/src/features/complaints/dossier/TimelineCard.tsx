import { Anchor, Card, Group, Loader, Modal, Text, Timeline, Title } from '@mantine/core';
import { IconFileText, IconFlag, IconMail, IconPencil, IconPhone, IconTimeline } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { formatDateTime, type TimelineEntry } from '../../../../../core/contracts';
import { useProcedure } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/form';
import { LetterPreview } from './shared';

const KIND: Record<TimelineEntry['kind'], { icon: ReactNode; color: string; label: string }> = {
  stap: { icon: <IconFlag size={12} />, color: 'blue', label: 'Stap' },
  document: { icon: <IconFileText size={12} />, color: 'teal', label: 'Brief' },
  gesprek: { icon: <IconPhone size={12} />, color: 'orange', label: 'Gesprek' },
  email: { icon: <IconMail size={12} />, color: 'grape', label: 'E-mail' },
  wijziging: { icon: <IconPencil size={12} />, color: 'gray', label: 'Wijziging' },
};

/** Everything that happened in the dossier, oldest first, so it reads as the story of the complaint. */
export function TimelineCard({ complaintId }: { complaintId: string }) {
  const timeline = useProcedure('complaints.timeline', { id: complaintId });
  const [letter, setLetter] = useState<{ id: string; text: string } | null>(null);
  const entries = timeline.data ? [...timeline.data].sort((a, b) => a.at.localeCompare(b.at)) : [];
  return (
    <Card withBorder padding="lg" component="section" aria-label="Tijdlijn">
      <Group gap="xs" mb="md">
        <IconTimeline size={20} />
        <Title order={2} size="h4">
          Tijdlijn
        </Title>
      </Group>
      {timeline.isPending && <Loader size="sm" />}
      {timeline.isError && <ErrorAlert message={timeline.error.message} />}
      {timeline.data && entries.length === 0 && (
        <Text size="sm" c="dimmed">
          Nog niets vastgelegd.
        </Text>
      )}
      {entries.length > 0 && (
        <Timeline bulletSize={22} lineWidth={2} active={entries.length - 1} aria-label="Tijdlijn van het dossier">
          {entries.map((e, i) => {
            const kind = KIND[e.kind];
            return (
              <Timeline.Item key={`${e.at}-${i}`} bullet={kind.icon} color={kind.color} title={<Text size="sm">{e.text}</Text>} data-kind={e.kind}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.at)} · {kind.label}
                  {e.by ? ` · ${e.by}` : ''}
                  {e.documentId && (
                    <>
                      {' · '}
                      <Anchor component="button" type="button" size="xs" onClick={() => setLetter({ id: e.documentId!, text: e.text })}>
                        Bekijken
                      </Anchor>
                    </>
                  )}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      <Modal opened={letter !== null} onClose={() => setLetter(null)} title={letter?.text ?? ''} size={880} centered>
        {letter && <LetterPreview documentId={letter.id} title={`Voorbeeld: ${letter.text}`} />}
      </Modal>
    </Card>
  );
}
