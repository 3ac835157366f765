import { Avatar, Group, Menu, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconKey } from '@tabler/icons-react';
import { ROLE_LABELS } from '../../../core/contracts';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useCurrentUser } from './session';

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1]![0] : '')).toUpperCase();
}

/** Who is signed in (a shared desktop: this must always be visible) and their own settings. */
export function UserMenu() {
  const user = useCurrentUser();
  const [passwordOpen, password] = useDisclosure(false);
  const roles = user.roles.map((r) => ROLE_LABELS[r]).join(', ');

  return (
    <>
      <Menu position="bottom-end" width={220}>
        <Menu.Target>
          <UnstyledButton aria-label={`Gebruikersmenu van ${user.name}`} px="xs" py={4} style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
            <Group gap="xs" wrap="nowrap">
              <Avatar size={34} radius="xl" color="servicedesk">
                {initials(user.name)}
              </Avatar>
              <Stack gap={0} visibleFrom="xs">
                <Text size="sm" fw={600} lh={1.2} data-testid="user-name">
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2} data-testid="user-roles">
                  {roles}
                </Text>
              </Stack>
              <IconChevronDown size={14} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Aangemeld als {user.username}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={password.open}>
            Wachtwoord wijzigen
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={passwordOpen} onClose={password.close} title="Wachtwoord wijzigen" centered>
        <ChangePasswordForm
          currentLabel="Huidig wachtwoord"
          submitLabel="Wachtwoord opslaan"
          onCancel={password.close}
          onChanged={() => {
            password.close();
            notifications.show({ color: 'green', message: 'Uw wachtwoord is gewijzigd.' });
          }}
        />
      </Modal>
    </>
  );
}
