import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { syncRegisterInput, type SyncStatusView } from '../../../core/contracts';
import { useProcedureMutation } from '../api/queries';
import { FormAlert, FormShell, showServerError } from '../ui/form';

type JoinValues = z.input<typeof syncRegisterInput>;

const RECHECK_MS = 10_000;

/**
 * First start of a further computer in an office that already works with Servicedesk: instead of a
 * first administrator of its own, it links to the office's sync server with a code from the admin
 * and fetches the colleagues' accounts. Once they are here, the sign-in screen takes over.
 */
export function JoinOfficeForm({ onCancel }: { onCancel: () => void }) {
  const form = useForm<JoinValues, unknown, z.output<typeof syncRegisterInput>>({
    resolver: zodResolver(syncRegisterInput),
    defaultValues: { serverUrl: '', code: '', name: '' },
  });
  const join = useProcedureMutation('sync.join', { onError: (error) => showServerError(error, form) });
  const progress = useProcedureMutation('sync.joinProgress');
  const status: SyncStatusView | undefined = progress.data ?? join.data;
  const waiting = status !== undefined && status.status !== 'bijgewerkt';

  // While an admin has not yet admitted this computer, look again now and then.
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => progress.mutate({}), RECHECK_MS);
    return () => clearInterval(timer);
  }, [waiting, progress.mutate]);

  if (status && waiting) {
    const pending = status.status === 'wacht_op_goedkeuring';
    return (
      <Stack gap="sm" aria-label="Koppelen aan het kantoor">
        <Alert color={pending ? 'blue' : 'orange'} icon={pending ? <IconClock size={18} /> : <IconAlertTriangle size={18} />} title={pending ? 'Wacht op goedkeuring' : 'Nog niet opgehaald'}>
          {pending
            ? `Deze computer ("${status.deviceName ?? ''}") is aangemeld bij de syncserver. Vraag een beheerder hem toe te laten bij Instellingen › Synchronisatie. Daarna worden de gegevens van het kantoor opgehaald en kunt u zich aanmelden.`
            : (status.lastError ?? 'De gegevens van het kantoor konden nog niet worden opgehaald.')}
        </Alert>
        <Group>
          <Button onClick={() => progress.mutate({})} loading={progress.isPending}>
            Opnieuw controleren
          </Button>
          <Text size="sm" c="dimmed">
            Dit scherm controleert het ook zelf elke 10 seconden.
          </Text>
        </Group>
      </Stack>
    );
  }

  const { errors } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit((values) => join.mutate(values))} aria-label="Koppelen aan het kantoor">
      <Stack gap="sm">
        <FormAlert form={form} />
        <TextInput
          label="Adres van de syncserver"
          placeholder="https://sync.servicedesk.nl"
          required
          data-autofocus
          autoFocus
          {...form.register('serverUrl')}
          error={errors.serverUrl?.message}
        />
        <TextInput label="Koppelcode" description="Krijgt u van de beheerder" required {...form.register('code')} error={errors.code?.message} />
        <TextInput label="Naam van deze computer" placeholder="Balie 2" required {...form.register('name')} error={errors.name?.message} />
        <Group>
          <Button type="submit" loading={join.isPending}>
            Koppelen en gegevens ophalen
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Terug
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
