import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconMoodSmile } from '@tabler/icons-react';
import type { WorklistScope } from './useWorklist';

export function EmptyWorklist({ scope }: { scope: WorklistScope }) {
  return (
    <Group gap="sm" wrap="nowrap" py="xs" data-testid="worklist-empty">
      <ThemeIcon variant="light" color="green" radius="xl" size={36}>
        <IconMoodSmile size={20} />
      </ThemeIcon>
      <Text size="sm">
        {scope === 'mine' ? 'Niets op uw lijst' : 'Niets op de lijst van uw team'}: geen termijnen die verlopen zijn, vandaag verlopen of binnen vijf werkdagen. Lekker bij!
      </Text>
    </Group>
  );
}
