import { Button, Card, Group, Title } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useProcedure } from '../../../api/queries';
import { LetterPreview, sentViaText } from '../../complaints/dossier/shared';

/** The letter a step just produced (T14, T15, T16), shown once at the top so the person sees what went out. */
export function JustSentLetter({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const document = useProcedure('documents.get', { id: documentId });
  const d = document.data;
  return (
    <Card withBorder padding="lg" component="section" aria-label="Verzonden brief" style={{ borderColor: 'var(--mantine-color-green-5)', borderWidth: 2 }}>
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <IconMailCheck size={20} />
          <Title order={2} size="h4">
            {d ? `${d.typeName}: ${sentViaText(d)}` : 'Brief'}
          </Title>
        </Group>
        <Button variant="default" size="xs" onClick={onClose}>
          Sluiten
        </Button>
      </Group>
      <LetterPreview documentId={documentId} title="Voorbeeld van de verzonden brief" />
    </Card>
  );
}
