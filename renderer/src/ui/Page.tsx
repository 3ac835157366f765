import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';

interface PageProps {
  title: string;
  description?: ReactNode;
  /** Buttons at the right of the title. */
  actions?: ReactNode;
  back?: { to: string; label: string };
  children: ReactNode;
}

/** The frame of every screen in the shell: title, optional way back, actions, content. */
export function Page({ title, description, actions, back, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} – Servicedesk`;
  }, [title]);
  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        {back && (
          <Anchor component={Link} to={back.to} size="sm" w="fit-content">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              {back.label}
            </Group>
          </Anchor>
        )}
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Stack gap={2}>
            <Title order={1} size="h2">
              {title}
            </Title>
            {description && (
              <Text c="dimmed" size="sm">
                {description}
              </Text>
            )}
          </Stack>
          {actions && <Group gap="sm">{actions}</Group>}
        </Group>
      </Stack>
      {children}
    </Stack>
  );
}
