import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Card, Grid, Group, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGitMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { formatDate, personUpdateSchema, type DuplicateCandidate, type Person } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../ui/form';
import { HistoryPanel } from '../../ui/HistoryPanel';
import { Page } from '../../ui/Page';
import { RelatedComplaintsCard } from '../complaints/RelatedComplaintsCard';
import { DossierDocuments } from '../documents/DossierDocuments';
import { DossierMail } from '../mail/DossierMail';
import { personPath } from '../search/paths';
import { DuplicateWarning, useDuplicates } from './DuplicateWarning';
import { addresseeOf } from './format';
import { MergeDialog } from './MergeDialog';
import { PersonFields } from './PersonFields';
import { RolesCard } from './RolesCard';

export function PersonDetailPage() {
  const { id = '' } = useParams();
  const person = useProcedure('persons.get', { id });
  const p = person.data;

  return (
    <Page title={p?.displayName ?? 'Persoon'} description={p?.addressLine ?? undefined} back={{ to: PATHS.persons, label: 'Terug naar personen' }}>
      {person.isPending && <Loader />}
      {person.isError && <ErrorAlert message={person.error.kind === 'invalid_input' ? 'Deze persoon bestaat niet (meer).' : person.error.message} />}
      {p?.mergedIntoId && (
        <Alert color="gray" title="Samengevoegd">
          Deze persoon is samengevoegd met een andere.{' '}
          <Anchor component={Link} to={personPath(p.mergedIntoId)}>
            Open de bewaarde persoon
          </Anchor>
          .
        </Alert>
      )}
      {p && !p.mergedIntoId && <PersonDossier person={p} />}
    </Page>
  );
}

function PersonDossier({ person }: { person: Person }) {
  const [mergeWith, setMergeWith] = useState<DuplicateCandidate | null>(null);
  const candidates = useDuplicates({
    excludeId: person.id,
    postcode: person.postcode,
    houseNumber: person.houseNumber,
    houseNumberAddition: person.houseNumberAddition,
    phone: person.phone,
    phoneAlt: person.phoneAlt,
    email: person.email,
  });

  return (
    <>
      <DuplicateWarning candidates={candidates} title="Mogelijk dubbel in het bestand" onMerge={setMergeWith} />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {/* A fresh form after every save, so it always shows what is stored. */}
          <PersonEditForm key={`${person.id}-${person.version}`} person={person} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <RolesCard person={person} />
            <RelatedComplaintsCard complainantId={person.id} title="Klachten" />
            {person.mergedFrom.length > 0 && (
              <Card withBorder padding="lg" component="section" aria-label="Samengevoegd">
                <Group gap="xs" mb="xs">
                  <IconGitMerge size={18} />
                  <Title order={2} size="h5">
                    Samengevoegd
                  </Title>
                </Group>
                <Stack gap={4}>
                  {person.mergedFrom.map((m) => (
                    <Anchor key={m.id} component={Link} to={personPath(m.id)} size="sm">
                      {m.sortName} ({formatDate(m.mergedAt)})
                    </Anchor>
                  ))}
                </Stack>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <DossierDocuments dossierKind="person" dossierId={person.id} defaultAddressee={addresseeOf(person)} backLabel={`Terug naar ${person.displayName}`} />
      <DossierMail dossierKind="person" dossierId={person.id} />
      <HistoryPanel tableName="persons" rowId={person.id} />
      {mergeWith && <MergeDialog person={person} otherId={mergeWith.personId} onClose={() => setMergeWith(null)} />}
    </>
  );
}

type Values = z.input<typeof personUpdateSchema>;

function PersonEditForm({ person }: { person: Person }) {
  const form = useForm<Values, unknown, z.output<typeof personUpdateSchema>>({
    resolver: zodResolver(personUpdateSchema),
    defaultValues: {
      id: person.id,
      version: person.version,
      kind: person.kind,
      salutation: person.salutation,
      initials: person.initials ?? '',
      firstName: person.firstName ?? '',
      infix: person.infix ?? '',
      lastName: person.lastName ?? '',
      organisationName: person.organisationName ?? '',
      street: person.street ?? '',
      houseNumber: person.houseNumber ?? '',
      houseNumberAddition: person.houseNumberAddition ?? '',
      postcode: person.postcode ?? '',
      city: person.city ?? '',
      country: person.country ?? '',
      phone: person.phone ?? '',
      phoneAlt: person.phoneAlt ?? '',
      email: person.email ?? '',
      preferredChannel: person.preferredChannel,
      notes: person.notes ?? '',
    },
  });
  const update = useProcedureMutation('persons.update', {
    onSuccess: (saved) => notifications.show({ color: 'green', message: `De gegevens van ${saved.displayName} zijn opgeslagen.` }),
    onError: (error) => showServerError(error, form),
  });

  return (
    <Card withBorder padding="lg">
      <FormShell onSubmit={form.handleSubmit((values) => update.mutate(values))} aria-label="Gegevens van de persoon">
        <Stack gap="md">
          <Title order={2} size="h4">
            Gegevens
          </Title>
          <FormAlert form={form} />
          <PersonFields form={form} />
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
