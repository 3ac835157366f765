import { Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeadset } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';

/** The calm, centred card for the screens before the app proper: setup, sign-in, new password. */
export function AuthLayout({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} – Servicedesk`;
  }, [title]);
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={460} gap="md">
        <Group gap="sm" justify="center">
          <ThemeIcon size={40} radius="md" variant="filled">
            <IconHeadset size={24} />
          </ThemeIcon>
          <Text fw={600} size="xl">
            Servicedesk
          </Text>
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="md">
            <Title order={1} size="h3">
              {title}
            </Title>
            {intro && (
              <Text size="sm" c="dimmed">
                {intro}
              </Text>
            )}
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
