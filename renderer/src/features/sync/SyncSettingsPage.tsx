import { Alert, Badge, Button, Card, Checkbox, Code, Group, Loader, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { formatDateTime, type ProcedureOutput, type SyncStatusView } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { DevicesCard } from './DevicesCard';
import { RegisterForm } from './RegisterForm';
import { statusHeadline, syncTone, TONE_COLORS, waitingText } from './syncStatusText';
import { useSyncStatus } from './useSyncStatus';

/** Instellingen › Synchronisatie: link this computer to the office's server and let other computers in. */
export function SyncSettingsPage() {
  const status = useSyncStatus();
  const view = status.data;
  return (
    <Page
      title="Synchronisatie"
      description="Meer computers in één kantoor werken met dezelfde gegevens via een syncserver. Zonder koppeling werkt deze computer alleen."
      back={{ to: PATHS.settings, label: 'Instellingen' }}
    >
      {status.isPending && <Loader />}
      {status.isError && <ErrorAlert message={status.error.message} />}
      {view && !view.available && (
        <Alert color="gray" variant="light">
          Synchroniseren is in dit programma niet beschikbaar.
        </Alert>
      )}
      {view?.available && (
        <>
          <StatusCard view={view} />
          {view.configured ? (
            <>
              <LinkedActions />
              <DevicesCard />
            </>
          ) : (
            <RegisterForm />
          )}
        </>
      )}
    </Page>
  );
}

function StatusCard({ view }: { view: SyncStatusView }) {
  const tone = syncTone(view);
  return (
    <Card withBorder padding="lg" component="section" aria-label="Stand van de synchronisatie">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Deze computer
          </Title>
          <Badge color={TONE_COLORS[tone]} variant="light" tt="none" size="lg">
            {view.configured ? statusHeadline(view) : 'Niet gekoppeld'}
          </Badge>
        </Group>
        {view.configured && view.lastError && view.status !== 'bijgewerkt' && (
          <Alert color={tone === 'problem' ? 'red' : 'gray'} variant="light">
            {view.lastError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          {view.configured && (
            <>
              <Fact label="Syncserver">{view.serverUrl ?? '—'}</Fact>
              <Fact label="Naam van deze computer">{view.deviceName ?? '—'}</Fact>
              <Fact label="Nummerprefix">{view.numberPrefix ?? '—'}</Fact>
              <Fact label="Laatst bijgewerkt">{view.lastSyncAt ? formatDateTime(view.lastSyncAt) : 'Nog niet'}</Fact>
            </>
          )}
          <Fact label="Wachtende wijzigingen">{view.unsent > 0 ? waitingText(view.unsent) : 'Geen'}</Fact>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} aria-label={label}>
        {children}
      </Text>
    </Stack>
  );
}

type CreatedCode = ProcedureOutput<'sync.createCode'>;

function LinkedActions() {
  const [confirmOpen, confirm] = useDisclosure(false);
  const [approveAtOnce, setApproveAtOnce] = useState(false);
  const onError = (error: Error) => notifications.show({ color: 'red', title: 'Niet gelukt', message: error.message });
  const syncNow = useProcedureMutation('sync.now', { onError });
  const createCode = useProcedureMutation('sync.createCode', { onError });
  const disconnect = useProcedureMutation('sync.disconnect', {
    onSuccess: () => (confirm.close(), notifications.show({ color: 'green', message: 'De koppeling is opgeheven. Deze computer werkt nu alleen.' })),
    onError: (error) => (confirm.close(), onError(error)),
  });

  return (
    <Card withBorder padding="lg" component="section" aria-label="Koppeling">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Koppeling
        </Title>
        <Group>
          <Button leftSection={<IconRefresh size={16} />} loading={syncNow.isPending} onClick={() => syncNow.mutate({})}>
            Nu synchroniseren
          </Button>
          <Button variant="light" leftSection={<IconKey size={16} />} loading={createCode.isPending} onClick={() => createCode.mutate({ approveAtOnce })}>
            Koppelcode maken
          </Button>
          <Checkbox
            label="Computer meteen toelaten"
            description="Anders laat u hem na het koppelen hieronder toe"
            checked={approveAtOnce}
            onChange={(event) => setApproveAtOnce(event.currentTarget.checked)}
          />
          <Button variant="subtle" color="red" leftSection={<IconPlugConnectedX size={16} />} onClick={confirm.open}>
            Koppeling opheffen
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Een nieuwe computer koppelt u met een koppelcode; daarna laat u hem hieronder toe.
        </Text>
      </Stack>

      <CodeModal code={createCode.data ?? null} approvedAtOnce={createCode.variables?.approveAtOnce ?? false} onClose={createCode.reset} />

      <Modal opened={confirmOpen} onClose={confirm.close} title="Koppeling opheffen" centered>
        <Stack>
          <Text size="sm">
            Deze computer synchroniseert daarna niet meer. Er gaat niets verloren: wijzigingen die nog wachten blijven bewaard en gaan mee als u de computer
            later opnieuw koppelt.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              Annuleren
            </Button>
            <Button color="red" loading={disconnect.isPending} onClick={() => disconnect.mutate({})} data-autofocus>
              Koppeling opheffen
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

/** The code is shown once: the server keeps only its fingerprint. */
function CodeModal({ code, approvedAtOnce, onClose }: { code: CreatedCode | null; approvedAtOnce: boolean; onClose: () => void }) {
  return (
    <Modal opened={code !== null} onClose={onClose} title="Koppelcode voor een nieuwe computer" centered size="lg">
      {code && (
        <Stack>
          <Code block fz="xl" ta="center" data-testid="registration-code">
            {code.code}
          </Code>
          <Text size="sm">
            Kies op de nieuwe computer bij de eerste start &ldquo;Deze computer koppelen aan het kantoor&rdquo; en typ daar deze code, met het adres van de
            syncserver. De code is één keer te gebruiken en geldig
            tot <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(code.expiresAt)}</span>.
          </Text>
          <Text size="sm" c="dimmed">
            Schrijf hem nu over: hij wordt niet nog eens getoond.{' '}
            {approvedAtOnce
              ? 'De computer die hem gebruikt, is meteen toegelaten.'
              : 'Daarna verschijnt de computer hieronder als \u201cWacht op goedkeuring\u201d.'}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              Overgenomen
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
