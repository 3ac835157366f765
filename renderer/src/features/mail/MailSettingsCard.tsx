import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Checkbox, Group, Loader, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailCog, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { mailContracts, mailSettingsInput, type ProcedureOutput } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../ui/form';
import { PasswordField } from '../../ui/PasswordField';

type Settings = ProcedureOutput<'mail.getSettings'>;
type Values = z.input<typeof mailSettingsInput>;
type Output = z.output<typeof mailSettingsInput>;

const SECURITY_OPTIONS: { value: Values['security']; label: string }[] = [
  { value: 'starttls', label: 'STARTTLS (meestal poort 587)' },
  { value: 'tls', label: 'SSL/TLS (meestal poort 465)' },
  { value: 'none', label: 'Geen versleuteling (alleen binnen het eigen netwerk)' },
];

/** The mail server (SMTP) the outbox sends through; for administrators. */
export function MailSettingsCard() {
  const settings = useProcedure('mail.getSettings', {});
  return (
    <Card withBorder padding="lg" component="section" aria-label="Mailserver">
      <Stack gap="md">
        <Group gap="xs">
          <IconMailCog size={20} />
          <Title order={2} size="h4">
            Mailserver (uitgaande e-mail)
          </Title>
        </Group>
        {settings.isPending && <Loader size="sm" />}
        {settings.isError && <ErrorAlert message={settings.error.message} />}
        {settings.data && (
          <>
            <MailSettingsForm key={settings.data.version} settings={settings.data} />
            <TestMessageForm settings={settings.data} />
          </>
        )}
      </Stack>
    </Card>
  );
}

function toValues(s: Settings): Values {
  return {
    enabled: s.enabled,
    host: s.host ?? '',
    port: s.port,
    security: s.security,
    username: s.username ?? '',
    password: '',
    fromAddress: s.fromAddress ?? '',
    fromName: s.fromName ?? '',
  };
}

function MailSettingsForm({ settings }: { settings: Settings }) {
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(mailSettingsInput), defaultValues: toValues(settings) });
  const [removePassword, setRemovePassword] = useState(false);
  const save = useProcedureMutation('mail.updateSettings', {
    onSuccess: () => notifications.show({ color: 'green', message: 'De instellingen van de mailserver zijn opgeslagen.' }),
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;

  function submit(values: Output) {
    // The stored password is never sent to the screen: an empty field keeps it, unless it is to be removed.
    const password = removePassword ? '' : values.password ? values.password : undefined;
    save.mutate({ ...values, password });
  }

  return (
    <FormShell onSubmit={form.handleSubmit(submit)} aria-label="Instellingen van de mailserver">
      <Stack gap="sm">
        <FormAlert form={form} />
        <Controller
          control={form.control}
          name="enabled"
          render={({ field }) => (
            <Switch
              label="E-mail verzenden"
              description="Uit: berichten blijven in de wachtrij staan tot verzenden aan staat."
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              onBlur={field.onBlur}
              ref={field.ref}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Mailserver" placeholder="bijv. smtp.voorbeeld.nl" {...form.register('host')} error={errors.host?.message} />
          <Group grow align="flex-start">
            <Controller
              control={form.control}
              name="port"
              render={({ field }) => (
                <NumberInput
                  label="Poort"
                  placeholder="587"
                  min={1}
                  max={65535}
                  allowDecimal={false}
                  hideControls
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errors.port?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="security"
              render={({ field }) => (
                <Select
                  label="Beveiliging"
                  data={SECURITY_OPTIONS}
                  allowDeselect={false}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errors.security?.message}
                />
              )}
            />
          </Group>
          <TextInput label="Gebruikersnaam" autoComplete="off" {...form.register('username')} error={errors.username?.message} />
          <Stack gap={4}>
            <PasswordField
              label="Wachtwoord"
              autoComplete="new-password"
              placeholder={settings.hasPassword && !removePassword ? 'ongewijzigd' : undefined}
              disabled={removePassword}
              {...form.register('password')}
              error={errors.password?.message}
            />
            {settings.hasPassword && (
              <Checkbox size="xs" label="Opgeslagen wachtwoord verwijderen" checked={removePassword} onChange={(event) => setRemovePassword(event.currentTarget.checked)} />
            )}
          </Stack>
          <TextInput label="Afzenderadres" placeholder="bijv. post@voorbeeld.nl" {...form.register('fromAddress')} error={errors.fromAddress?.message} />
          <TextInput label="Naam afzender" placeholder="bijv. Servicedesk Woerden" {...form.register('fromName')} error={errors.fromName?.message} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => (form.reset(), setRemovePassword(false))} disabled={!form.formState.isDirty && !removePassword}>
            Wijzigingen terugdraaien
          </Button>
          <Button type="submit" loading={save.isPending}>
            Opslaan
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}

const testInput = mailContracts['mail.sendTest'].input;
type TestValues = z.input<typeof testInput>;

/** Queues a test message; only with saved, switched-on settings, since that is what the sender uses. */
function TestMessageForm({ settings }: { settings: Settings }) {
  const form = useForm<TestValues, unknown, z.output<typeof testInput>>({ resolver: zodResolver(testInput), defaultValues: { to: settings.fromAddress ?? '' } });
  const sendTest = useProcedureMutation('mail.sendTest', {
    onSuccess: (message) =>
      notifications.show({ color: 'green', message: `Het testbericht aan ${message.toAddress} staat in de wachtrij. Bij Uitgaande e-mail ziet u of het is verzonden.` }),
    onError: (error) => showServerError(error, form),
  });
  const ready = settings.enabled && settings.version > 0;

  return (
    <FormShell onSubmit={form.handleSubmit((values) => sendTest.mutate(values))} aria-label="Testbericht">
      <Stack gap="xs">
        <FormAlert form={form} />
        {!ready && (
          <Alert variant="light" color="gray" p="xs">
            <Text size="sm">Sla de instellingen op met &ldquo;E-mail verzenden&rdquo; aan; daarna kunt u een testbericht sturen.</Text>
          </Alert>
        )}
        <Group align="flex-end">
          <TextInput label="Testbericht aan" placeholder="bijv. uw eigen e-mailadres" {...form.register('to')} error={form.formState.errors.to?.message} disabled={!ready} style={{ flex: 1 }} />
          <Button type="submit" variant="light" leftSection={<IconSend size={16} />} loading={sendTest.isPending} disabled={!ready}>
            Testbericht sturen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
