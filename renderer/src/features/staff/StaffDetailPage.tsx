import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Grid, Group, Loader, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useParams } from 'react-router';
import type { z } from 'zod';
import { staffUpdateInput, type StaffMember } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { DossierDocuments } from '../documents/DossierDocuments';
import { DossierMail } from '../mail/DossierMail';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../ui/form';
import { HistoryPanel } from '../../ui/HistoryPanel';
import { Page } from '../../ui/Page';
import { AccountCard } from './AccountCard';
import { StaffFields } from './StaffFields';

export function StaffDetailPage() {
  const { id = '' } = useParams();
  const member = useProcedure('staff.get', { id });

  return (
    <Page title={member.data?.name ?? 'Medewerker'} description={member.data?.jobTitle} back={{ to: PATHS.staff, label: 'Terug naar medewerkers' }}>
      {member.isPending && <Loader />}
      {member.isError && (
        // A mistyped address (no valid id) is, for a person, simply a colleague who is not there.
        <ErrorAlert message={member.error.kind === 'invalid_input' ? 'Deze medewerker bestaat niet (meer).' : member.error.message} />
      )}
      {member.data && (
        <>
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, md: 8 }}>
              {/* A fresh form after every save, so it always shows what is stored. */}
              <StaffEditForm key={`${member.data.id}-${member.data.version}`} member={member.data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <AccountCard member={member.data} />
            </Grid.Col>
          </Grid>
          {/* Letters about or to this colleague; the addressee is typed, since it need not be the colleague. */}
          <DossierDocuments dossierKind="staff" dossierId={member.data.id} backLabel={`Terug naar ${member.data.name}`} />
          <DossierMail dossierKind="staff" dossierId={member.data.id} />
          <HistoryPanel tableName="staff" rowId={member.data.id} />
        </>
      )}
    </Page>
  );
}

type Values = z.input<typeof staffUpdateInput>;

function StaffEditForm({ member }: { member: StaffMember }) {
  const form = useForm<Values, unknown, z.output<typeof staffUpdateInput>>({
    resolver: zodResolver(staffUpdateInput),
    defaultValues: {
      id: member.id,
      name: member.name,
      email: member.email ?? '',
      jobTitle: member.jobTitle ?? '',
      roles: member.roles,
      teamId: member.teamId,
    },
  });
  const update = useProcedureMutation('staff.update', {
    onSuccess: (saved) => notifications.show({ color: 'green', message: `De gegevens van ${saved.name} zijn opgeslagen.` }),
    onError: (error) => showServerError(error, form),
  });

  return (
    <Card withBorder padding="lg">
      <FormShell onSubmit={form.handleSubmit((values) => update.mutate(values))} aria-label="Gegevens van de medewerker">
        <Stack gap="md">
          <Title order={2} size="h4">
            Gegevens
          </Title>
          <FormAlert form={form} />
          <StaffFields
            form={form}
            username={<TextInput label="Gebruikersnaam" value={member.username} readOnly variant="filled" title="De gebruikersnaam ligt vast" />}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.formState.isDirty}>
              Wijzigingen terugdraaien
            </Button>
            <Button type="submit" loading={update.isPending}>
              Opslaan
            </Button>
          </Group>
        </Stack>
      </FormShell>
    </Card>
  );
}
