import { Badge, Button, Card, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime, type SyncDevice } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';

export const DEVICE_STATUS_LABELS: Record<SyncDevice['status'], string> = {
  pending: 'Wacht op goedkeuring',
  approved: 'Toegelaten',
  revoked: 'Ingetrokken',
};
const DEVICE_STATUS_COLORS: Record<SyncDevice['status'], string> = { pending: 'orange', approved: 'green', revoked: 'gray' };

type Decision = { device: SyncDevice; action: 'approve' | 'revoke' };

/** The computers of this office on the server: a new one waits until an administrator lets it in. */
export function DevicesCard() {
  const devices = useProcedure('sync.devices', {});
  const [decision, setDecision] = useState<Decision | null>(null);
  const onError = (error: Error) => {
    setDecision(null);
    notifications.show({ color: 'red', title: 'Niet gelukt', message: error.message });
  };
  const approve = useProcedureMutation('sync.approveDevice', {
    onSuccess: (d) => (setDecision(null), notifications.show({ color: 'green', message: `${d.name} is toegelaten en kan nu synchroniseren.` })),
    onError,
  });
  const revoke = useProcedureMutation('sync.revokeDevice', {
    onSuccess: (d) => (setDecision(null), notifications.show({ color: 'green', message: `De toegang van ${d.name} is ingetrokken.` })),
    onError,
  });
  const pending = approve.isPending || revoke.isPending;

  return (
    <Card withBorder padding="lg" component="section" aria-label="Computers">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Computers
        </Title>
        {devices.isPending && <Loader size="sm" />}
        {devices.isError && <ErrorAlert message={devices.error.message} />}
        {devices.data && (
          <Table verticalSpacing="xs" striped aria-label="Gekoppelde computers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Naam</Table.Th>
                <Table.Th>Nummerprefix</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Aangemeld op</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {devices.data.map((device) => (
                <Table.Tr key={device.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        {device.name}
                      </Text>
                      {device.thisDesktop && (
                        <Badge size="sm" variant="outline" tt="none">
                          deze computer
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{device.numberPrefix}</Table.Td>
                  <Table.Td>
                    <Badge color={DEVICE_STATUS_COLORS[device.status]} variant="light" tt="none">
                      {DEVICE_STATUS_LABELS[device.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(device.registeredAt)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {device.status === 'pending' && (
                        <Button size="xs" color="green" variant="light" leftSection={<IconUserCheck size={14} />} onClick={() => setDecision({ device, action: 'approve' })}>
                          Toelaten
                        </Button>
                      )}
                      {device.status !== 'revoked' && !device.thisDesktop && (
                        <Button size="xs" color="red" variant="subtle" leftSection={<IconUserOff size={14} />} onClick={() => setDecision({ device, action: 'revoke' })}>
                          Intrekken
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>

      <Modal
        opened={decision !== null}
        onClose={() => setDecision(null)}
        title={decision?.action === 'approve' ? 'Computer toelaten' : 'Toegang intrekken'}
        centered
      >
        {decision && (
          <Stack>
            <Text size="sm">
              {decision.action === 'approve'
                ? `${decision.device.name} gaat daarna gegevens uitwisselen met de server: alle dossiers van het kantoor komen op die computer. Laat alleen een computer toe die u kent.`
                : `${decision.device.name} kan daarna niet meer synchroniseren. Wat op die computer staat blijft daar; nieuwe wijzigingen van die computer komen niet meer op de server.`}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDecision(null)}>
                Annuleren
              </Button>
              <Button
                color={decision.action === 'approve' ? 'green' : 'red'}
                loading={pending}
                data-autofocus
                onClick={() => (decision.action === 'approve' ? approve : revoke).mutate({ id: decision.device.id })}
              >
                {decision.action === 'approve' ? 'Toelaten' : 'Intrekken'}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
