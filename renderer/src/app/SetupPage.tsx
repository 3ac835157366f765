import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Divider, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { PasswordField } from '../ui/PasswordField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { setupInput } from '../../../core/contracts';
import { useProcedureMutation } from '../api/queries';
import { AuthLayout } from '../ui/AuthLayout';
import { FormAlert, FormShell, showServerError } from '../ui/form';
import { JoinOfficeForm } from './JoinOfficeForm';
import { useSetSession } from './session';

type SetupValues = z.input<typeof setupInput>;

/**
 * First start: the first administrator chooses their own password; there is no default one. A
 * further computer of an office that already works with Servicedesk links to its sync server instead.
 */
export function SetupPage() {
  const [joining, setJoining] = useState(false);
  if (joining) {
    return (
      <AuthLayout
        title="Koppelen aan het kantoor"
        intro="Werkt uw kantoor al met Servicedesk? Koppel deze computer aan de syncserver met de koppelcode van de beheerder. De gegevens en accounts van uw collega's worden dan opgehaald; daarna meldt u zich aan met uw eigen account."
      >
        <JoinOfficeForm onCancel={() => setJoining(false)} />
      </AuthLayout>
    );
  }
  return <FirstAdminForm onJoin={() => setJoining(true)} />;
}

function FirstAdminForm({ onJoin }: { onJoin: () => void }) {
  const setSession = useSetSession();
  const form = useForm<SetupValues, unknown, z.output<typeof setupInput>>({
    resolver: zodResolver(setupInput),
    defaultValues: { organisationName: '', name: '', username: '', password: '', passwordRepeat: '' },
  });
  const setup = useProcedureMutation('auth.setup', {
    onSuccess: (user) => setSession(user),
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;

  return (
    <AuthLayout
      title="Eerste start"
      intro="Welkom. Leg de naam van uw organisatie vast en maak het account van de eerste beheerder aan. Daarmee meldt u zich daarna aan en voegt u collega's toe."
    >
      <Alert variant="light" icon={<IconInfoCircle size={18} />}>
        Er bestaat geen standaardwachtwoord. U kiest hier zelf het wachtwoord van de beheerder: minstens 10 tekens. Bewaar het goed.
      </Alert>
      <FormShell onSubmit={form.handleSubmit((values) => setup.mutate(values))} aria-label="Eerste beheerder aanmaken">
        <Stack gap="sm">
          <FormAlert form={form} />
          <TextInput label="Naam van de organisatie" required data-autofocus autoFocus {...form.register('organisationName')} error={errors.organisationName?.message} />
          <TextInput label="Uw naam" required autoComplete="name" {...form.register('name')} error={errors.name?.message} />
          <TextInput
            label="Gebruikersnaam"
            description="Kleine letters, cijfers, punt of streepje"
            required
            autoComplete="username"
            {...form.register('username')}
            error={errors.username?.message}
          />
          <PasswordField label="Wachtwoord" required autoComplete="new-password" {...form.register('password')} error={errors.password?.message} />
          <PasswordField
            label="Wachtwoord herhalen"
            required
            autoComplete="new-password"
            {...form.register('passwordRepeat')}
            error={errors.passwordRepeat?.message}
          />
          <Button type="submit" loading={setup.isPending} mt="xs">
            Beheerder aanmaken en beginnen
          </Button>
        </Stack>
      </FormShell>
      <Divider my="md" />
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          Werkt uw kantoor al met Servicedesk op een andere computer?
        </Text>
        <Button variant="light" onClick={onJoin}>
          Deze computer koppelen aan het kantoor
        </Button>
      </Stack>
    </AuthLayout>
  );
}
