import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PasswordField } from '../../ui/PasswordField';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { staffCreateInput } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { Page } from '../../ui/Page';
import { StaffFields } from './StaffFields';

type Values = z.input<typeof staffCreateInput>;

export function StaffCreatePage() {
  const navigate = useNavigate();
  const form = useForm<Values, unknown, z.output<typeof staffCreateInput>>({
    resolver: zodResolver(staffCreateInput),
    defaultValues: { name: '', username: '', email: '', jobTitle: '', roles: ['servicedesk'], teamId: null, password: '', passwordRepeat: '' },
  });
  const create = useProcedureMutation('staff.create', {
    onSuccess: (member) => {
      notifications.show({ color: 'green', message: `${member.name} is toegevoegd.` });
      navigate(`${PATHS.staff}/${member.id}`);
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;

  return (
    <Page title="Medewerker toevoegen" back={{ to: PATHS.staff, label: 'Terug naar medewerkers' }}>
      <Card withBorder padding="lg" maw={820}>
        <FormShell onSubmit={form.handleSubmit((values) => create.mutate(values))} aria-label="Medewerker toevoegen">
          <Stack gap="md">
            <FormAlert form={form} />
            <StaffFields
              form={form}
              autoFocus
              username={
                <TextInput
                  label="Gebruikersnaam"
                  placeholder="bijvoorbeeld s.jansen"
                  required
                  autoComplete="off"
                  {...form.register('username')}
                  error={errors.username?.message}
                />
              }
            />
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                Eerste wachtwoord
              </Text>
              <Text size="xs" c="dimmed">
                Geef dit wachtwoord persoonlijk door. Bij de eerste aanmelding kiest de medewerker zelf een nieuw wachtwoord.
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <PasswordField label="Wachtwoord" required autoComplete="new-password" {...form.register('password')} error={errors.password?.message} />
                <PasswordField
                  label="Wachtwoord herhalen"
                  required
                  autoComplete="new-password"
                  {...form.register('passwordRepeat')}
                  error={errors.passwordRepeat?.message}
                />
              </SimpleGrid>
            </Stack>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => navigate(PATHS.staff)}>
                Annuleren
              </Button>
              <Button type="submit" loading={create.isPending}>
                Medewerker toevoegen
              </Button>
            </Group>
          </Stack>
        </FormShell>
      </Card>
    </Page>
  );
}
