import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { StepCard } from '../../complaints/dossier/shared';
import { useQualityAccess } from '../access';

/**
 * Q2: a card of entries staff type in (reviews, binding advices): the table, or a line when there
 * are none, and an "add" button that opens the form in place while the participation runs.
 */
export function EntriesCard(props: {
  title: string;
  rules: string;
  icon: ReactNode;
  empty: string;
  addLabel: string;
  open: boolean;
  table: ReactNode | null;
  form: (onDone: () => void) => ReactNode;
}) {
  const { canEdit } = useQualityAccess();
  const [adding, setAdding] = useState(false);
  return (
    <StepCard title={props.title} rules={props.rules} icon={props.icon}>
      {props.table ?? (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      )}
      {canEdit && props.open && !adding && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {props.addLabel}
          </Button>
        </Group>
      )}
      {adding && props.form(() => setAdding(false))}
    </StepCard>
  );
}

/** Removes an entry typed in by mistake (the audit trail keeps it). */
export function RemoveEntryButton({ label, pending, onRemove }: { label: string; pending: boolean; onRemove: () => void }) {
  return (
    <Tooltip label="Verkeerd ingevoerd: verwijderen">
      <ActionIcon variant="subtle" color="red" aria-label={label} loading={pending} onClick={onRemove}>
        <IconTrash size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
