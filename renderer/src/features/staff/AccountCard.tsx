import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconKey, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { PasswordField } from '../../ui/PasswordField';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatDateTime, resetPasswordInput, type StaffMember } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { StatusBadge } from '../../ui/badges';
import { FormAlert, FormShell, showServerError } from '../../ui/form';

/** The account, apart from the person's details: status, temporary password, (de)activation. */
export function AccountCard({ member }: { member: StaffMember }) {
  const [confirmOpen, confirm] = useDisclosure(false);
  const [resetOpen, reset] = useDisclosure(false);
  const onError = (error: Error) => {
    confirm.close();
    notifications.show({ color: 'red', title: 'Niet gelukt', message: error.message });
  };
  const deactivate = useProcedureMutation('staff.deactivate', {
    onSuccess: (m) => (confirm.close(), notifications.show({ color: 'green', message: `${m.name} is gedeactiveerd.` })),
    onError,
  });
  const reactivate = useProcedureMutation('staff.reactivate', {
    onSuccess: (m) => (confirm.close(), notifications.show({ color: 'green', message: `${m.name} is weer actief.` })),
    onError,
  });
  const toggle = member.active ? deactivate : reactivate;

  return (
    <Card withBorder padding="lg" component="section" aria-label="Account">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Account
        </Title>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Gebruikersnaam
          </Text>
          <Text size="sm" fw={500}>
            {member.username}
          </Text>
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Status
          </Text>
          <StatusBadge member={member} />
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Toegevoegd op
          </Text>
          <Text size="sm">{formatDateTime(member.createdAt)}</Text>
        </Group>
        {member.mustChangePassword && (
          <Alert variant="light" color="yellow" p="xs">
            <Text size="sm">Kiest bij de volgende aanmelding een eigen wachtwoord.</Text>
          </Alert>
        )}
        <Button variant="default" leftSection={<IconKey size={16} />} onClick={reset.open}>
          Wachtwoord opnieuw instellen
        </Button>
        <Button
          variant="light"
          color={member.active ? 'red' : 'green'}
          leftSection={member.active ? <IconUserOff size={16} /> : <IconUserCheck size={16} />}
          onClick={confirm.open}
        >
          {member.active ? 'Deactiveren' : 'Heractiveren'}
        </Button>
      </Stack>

      <Modal opened={confirmOpen} onClose={confirm.close} title={member.active ? 'Medewerker deactiveren' : 'Medewerker heractiveren'} centered>
        <Stack>
          <Text size="sm">
            {member.active
              ? `${member.name} kan zich daarna niet meer aanmelden. De gegevens en de geschiedenis blijven bewaard; u kunt het account later weer activeren.`
              : `${member.name} kan zich daarna weer aanmelden.`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              Annuleren
            </Button>
            <Button color={member.active ? 'red' : 'green'} loading={toggle.isPending} onClick={() => toggle.mutate({ id: member.id })} data-autofocus>
              {member.active ? 'Deactiveren' : 'Heractiveren'}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={resetOpen} onClose={reset.close} title="Wachtwoord opnieuw instellen" centered>
        <ResetPasswordForm member={member} onDone={reset.close} />
      </Modal>
    </Card>
  );
}

type ResetValues = z.input<typeof resetPasswordInput>;

function ResetPasswordForm({ member, onDone }: { member: StaffMember; onDone: () => void }) {
  const form = useForm<ResetValues, unknown, z.output<typeof resetPasswordInput>>({
    resolver: zodResolver(resetPasswordInput),
    defaultValues: { id: member.id, password: '', passwordRepeat: '' },
  });
  const resetPassword = useProcedureMutation('staff.resetPassword', {
    onSuccess: (m) => {
      onDone();
      notifications.show({ color: 'green', message: `Het tijdelijke wachtwoord van ${m.name} is ingesteld; een blokkade is opgeheven.` });
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit((values) => resetPassword.mutate(values))} aria-label="Wachtwoord opnieuw instellen">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Stel een tijdelijk wachtwoord in voor {member.name} en geef het persoonlijk door. Een blokkade na mislukte pogingen wordt opgeheven; bij de
          volgende aanmelding kiest {member.name} een eigen wachtwoord.
        </Text>
        <FormAlert form={form} />
        <PasswordField label="Tijdelijk wachtwoord" autoComplete="new-password" data-autofocus {...form.register('password')} error={errors.password?.message} />
        <PasswordField label="Tijdelijk wachtwoord herhalen" autoComplete="new-password" {...form.register('passwordRepeat')} error={errors.passwordRepeat?.message} />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={resetPassword.isPending}>
            Wachtwoord instellen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
