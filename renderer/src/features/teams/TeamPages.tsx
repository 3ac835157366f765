import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Grid, Group, Loader, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { idField, teamInput, type Team } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../ui/form';
import { HistoryPanel } from '../../ui/HistoryPanel';
import { Page } from '../../ui/Page';
import { TeamMembers } from './TeamMembers';

const teamFormSchema = teamInput.extend({ id: idField.optional() });
type Values = z.input<typeof teamFormSchema>;
type Output = z.output<typeof teamFormSchema>;

export function TeamCreatePage() {
  const navigate = useNavigate();
  const create = useProcedureMutation('teams.create', {
    onSuccess: (team) => {
      notifications.show({ color: 'green', message: `Team ${team.name} is toegevoegd.` });
      navigate(PATHS.teams);
    },
  });
  return (
    <Page title="Team toevoegen" back={{ to: PATHS.teams, label: 'Terug naar teams' }}>
      <TeamForm submitLabel="Team toevoegen" pending={create.isPending} onSubmit={(values) => create.mutateAsync(values)} />
    </Page>
  );
}

export function TeamDetailPage() {
  const { id = '' } = useParams();
  // There is no teams.get: the list is small and already loaded for the team pickers.
  const teams = useProcedure('teams.list', {});
  const team = teams.data?.find((t) => t.id === id);
  const update = useProcedureMutation('teams.update', {
    onSuccess: (saved) => notifications.show({ color: 'green', message: `Team ${saved.name} is opgeslagen.` }),
  });

  return (
    <Page title={team ? `Team ${team.name}` : 'Team'} description={team?.description} back={{ to: PATHS.teams, label: 'Terug naar teams' }}>
      {teams.isPending && <Loader />}
      {teams.isError && <ErrorAlert message={teams.error.message} />}
      {teams.data && !team && <ErrorAlert message="Dit team bestaat niet (meer)." />}
      {team && (
        <>
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <TeamForm
                key={`${team.id}-${team.version}`}
                team={team}
                submitLabel="Opslaan"
                pending={update.isPending}
                onSubmit={(values) => update.mutateAsync({ ...values, id: team.id })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <TeamMembers teamId={team.id} />
            </Grid.Col>
          </Grid>
          <HistoryPanel tableName="teams" rowId={team.id} />
        </>
      )}
    </Page>
  );
}

interface TeamFormProps {
  team?: Team;
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: Output) => Promise<unknown>;
}

function TeamForm({ team, submitLabel, pending, onSubmit }: TeamFormProps) {
  const navigate = useNavigate();
  const staff = useProcedure('staff.options', {});
  // Only active staff can manage a team; a current manager stays visible so the field is not blank.
  const managers = (staff.data ?? [])
    .filter((s) => s.active || s.id === team?.managerId)
    .map((s) => ({ value: s.id, label: s.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(teamFormSchema),
    defaultValues: { name: team?.name ?? '', description: team?.description ?? '', managerId: team?.managerId ?? null },
  });
  const { errors } = form.formState;

  async function submit(values: Output) {
    try {
      await onSubmit(values);
    } catch (error) {
      showServerError(error, form);
    }
  }

  return (
    <Card withBorder padding="lg" maw={team ? undefined : 720}>
      <FormShell onSubmit={form.handleSubmit(submit)} aria-label="Team">
        <Stack gap="sm">
          <FormAlert form={form} />
          <TextInput label="Naam" required autoFocus={!team} {...form.register('name')} error={errors.name?.message} />
          <Textarea label="Omschrijving" autosize minRows={2} maxRows={6} {...form.register('description')} error={errors.description?.message} />
          <Controller
            control={form.control}
            name="managerId"
            render={({ field }) => (
              <Select
                label="Manager"
                required
                placeholder="Kies de manager"
                data={managers}
                value={field.value ?? null}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                searchable
                nothingFoundMessage="Geen actieve medewerker gevonden"
                error={errors.managerId?.message}
              />
            )}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={() => navigate(PATHS.teams)}>
              {team ? 'Terug' : 'Annuleren'}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </FormShell>
    </Card>
  );
}
