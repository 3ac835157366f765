import { Button, Group, Text } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useState } from 'react';
import type { Participant } from '../../../../../core/contracts';
import { StepCard } from '../../complaints/dossier/shared';
import { DecideForm } from './DecideForm';

/** Q3 rule 6: the board may end a participation at any moment without giving a reason. */
export function BoardTerminationCard({ participant: p, onLetter }: { participant: Participant; onLetter: (documentId: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <StepCard title="Beëindigen zonder opgaaf van reden (regel 6)" label="Beëindigen door het bestuur" rules="Q3 regel 6 · Q4" icon={<IconGavel size={20} />}>
      <Text size="sm" c="dimmed">
        Het bestuur kan het deelnemerschap op elk moment beëindigen, zonder bevinding en zonder de reden te noemen. De motivering blijft intern.
      </Text>
      {!open ? (
        <Group>
          <Button variant="default" color="red" onClick={() => setOpen(true)}>
            Beëindigen zonder opgaaf van reden
          </Button>
        </Group>
      ) : (
        <DecideForm participant={p} finding={null} onLetter={onLetter} />
      )}
    </StepCard>
  );
}
