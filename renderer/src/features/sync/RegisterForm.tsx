import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlugConnected } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { syncRegisterInput } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { FormAlert, FormShell, showServerError } from '../../ui/form';

type Values = z.input<typeof syncRegisterInput>;
type Output = z.output<typeof syncRegisterInput>;

/** Links this computer to the office's sync server with a one-time code from the server's administrator. */
export function RegisterForm() {
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(syncRegisterInput), defaultValues: { serverUrl: '', code: '', name: '' } });
  const register = useProcedureMutation('sync.register', {
    onSuccess: (view) =>
      notifications.show({
        color: view.status === 'bijgewerkt' ? 'green' : 'orange',
        message: view.status === 'bijgewerkt' ? 'Deze computer is gekoppeld en bijgewerkt.' : `Deze computer is gekoppeld. ${view.lastError ?? ''}`.trim(),
      }),
    // The server's refusal lands at the field it concerns: an unreachable address at "Adres", a wrong code at "Koppelcode".
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;

  return (
    <Card withBorder padding="lg" component="section" aria-label="Koppelen">
      <FormShell onSubmit={form.handleSubmit((values) => register.mutate(values))} aria-label="Deze computer koppelen">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Deze computer koppelen
          </Title>
          <Text size="sm" c="dimmed">
            Werkt uw kantoor met meer computers, koppel ze dan aan dezelfde syncserver. De beheerder van de server (of een collega op een al gekoppelde
            computer) geeft u een koppelcode. Wat u hier al heeft ingevoerd blijft bewaard en gaat mee naar de server.
          </Text>
          <FormAlert form={form} />
          <TextInput label="Adres van de syncserver" placeholder="bijv. https://sync.servicedesk.nl" required {...form.register('serverUrl')} error={errors.serverUrl?.message} />
          <Group grow align="flex-start">
            <TextInput label="Koppelcode" placeholder="bijv. ABCD-EFGH-JKLM-…" required autoComplete="off" {...form.register('code')} error={errors.code?.message} />
            <TextInput label="Naam van deze computer" placeholder='bijv. "Balie 1"' required {...form.register('name')} error={errors.name?.message} />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconPlugConnected size={16} />} loading={register.isPending}>
              Koppelen
            </Button>
          </Group>
        </Stack>
      </FormShell>
    </Card>
  );
}
