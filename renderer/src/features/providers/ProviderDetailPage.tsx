import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Card, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { formatDate, PROVIDER_TYPE_LABELS, providerUpdateInput, type ProviderDetail, type ProviderPerson } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../ui/form';
import { HistoryPanel } from '../../ui/HistoryPanel';
import { Page } from '../../ui/Page';
import { RelatedComplaintsCard } from '../complaints/RelatedComplaintsCard';
import { QualityParticipationCard } from '../quality/QualityParticipationCard';
import { DossierDocuments } from '../documents/DossierDocuments';
import { DossierMail } from '../mail/DossierMail';
import { addressLine } from '../persons/format';
import { NewPersonModal } from '../persons/NewPersonModal';
import { personPath } from '../search/paths';
import { daysLeftText, InsuranceBadge, ScreeningBadge } from './badges';
import { ProviderFields } from './ProviderFields';
import { ScreeningCard } from './ScreeningCard';

export function ProviderDetailPage() {
  const { id = '' } = useParams();
  const provider = useProcedure('providers.get', { id });
  const p = provider.data;
  return (
    <Page
      title={p?.person.name ?? 'Dienstverlener'}
      description={p ? [PROVIDER_TYPE_LABELS[p.providerType], p.kvkNumber ? `KvK ${p.kvkNumber}` : null].filter(Boolean).join(' · ') : undefined}
      back={{ to: PATHS.providers, label: 'Terug naar dienstverleners' }}
      actions={p && <ScreeningBadge status={p.screeningStatus} size="lg" />}
    >
      {provider.isPending && <Loader />}
      {provider.isError && <ErrorAlert message={provider.error.kind === 'invalid_input' ? 'Deze dienstverlener bestaat niet (meer).' : provider.error.message} />}
      {p && <ProviderDossier provider={p} />}
    </Page>
  );
}

function ProviderDossier({ provider }: { provider: ProviderDetail }) {
  const { insurance } = provider;
  return (
    <>
      {(insurance.status === 'verlopen' || insurance.status === 'verloopt_binnenkort') && (
        <Alert color={insurance.status === 'verlopen' ? 'red' : 'orange'} icon={<IconShieldExclamation size={18} />} title="Aansprakelijkheidsverzekering" role="alert">
          {insurance.status === 'verlopen' ? 'De verzekering is verlopen' : 'De verzekering verloopt binnenkort'}: geldig tot en met {formatDate(provider.insuredUntil!)} (
          {daysLeftText(insurance.daysLeft)}). Vraag een nieuw polisblad op.
        </Alert>
      )}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <ScreeningCard provider={provider} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <ContactCard provider={provider} />
            <QualityParticipationCard providerId={provider.id} screeningStatus={provider.screeningStatus} />
            <RelatedComplaintsCard providerId={provider.id} title="Klachten over deze dienstverlener" />
            <Text size="xs" c="dimmed">
              {provider.contractNote}
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
      <ProviderEditForm key={`${provider.id}-${provider.version}`} provider={provider} />
      <DossierDocuments
        dossierKind="provider"
        dossierId={provider.id}
        defaultAddressee={addresseeOfProvider(provider)}
        backLabel={`Terug naar ${provider.person.name}`}
      />
      <DossierMail dossierKind="provider" dossierId={provider.id} />
      <HistoryPanel tableName="providers" rowId={provider.id} />
    </>
  );
}

function addresseeOfProvider(p: ProviderDetail) {
  return {
    name: p.person.name,
    attention: p.contactPerson ? p.contactPerson.name : null,
    street: addressLine({ ...p.person, postcode: null, city: null }),
    postcode: p.person.postcode ?? '',
    city: p.person.city ?? '',
  };
}

function ContactCard({ provider }: { provider: ProviderDetail }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label="Contact">
      <Title order={2} size="h4" mb="sm">
        Contact
      </Title>
      <PersonLines person={provider.person} />
      {provider.contactPerson && (
        <Stack gap={2} mt="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Contactpersoon
          </Text>
          <PersonLines person={provider.contactPerson} />
        </Stack>
      )}
      <Group gap="xs" mt="md">
        <Text size="sm">Verzekering:</Text>
        <InsuranceBadge status={provider.insurance.status} />
        {provider.insuredUntil && <Text size="sm">t/m {formatDate(provider.insuredUntil)}</Text>}
      </Group>
    </Card>
  );
}

function PersonLines({ person }: { person: ProviderPerson }) {
  return (
    <Stack gap={2}>
      <Anchor component={Link} to={personPath(person.id)} fw={600} size="sm">
        {person.name}
      </Anchor>
      <Text size="sm">{addressLine(person) || 'Geen adres bekend'}</Text>
      {person.phone && <Text size="sm">{person.phone}</Text>}
      {person.email && <Text size="sm">{person.email}</Text>}
    </Stack>
  );
}

type Values = z.input<typeof providerUpdateInput>;

function ProviderEditForm({ provider }: { provider: ProviderDetail }) {
  const [newContact, setNewContact] = useState(false);
  const [contactLabel, setContactLabel] = useState(provider.contactPerson?.name);
  const form = useForm<Values, unknown, z.output<typeof providerUpdateInput>>({
    resolver: zodResolver(providerUpdateInput),
    defaultValues: {
      id: provider.id,
      personId: provider.person.id,
      version: provider.version,
      providerType: provider.providerType,
      contactPersonId: provider.contactPerson?.id ?? null,
      kvkNumber: provider.kvkNumber ?? '',
      branchOrganisation: provider.branchOrganisation ?? '',
      vogReceivedOn: provider.vogReceivedOn,
      insurer: provider.insurer ?? '',
      policyNumber: provider.policyNumber ?? '',
      insuredUntil: provider.insuredUntil,
      services: provider.services.map((s) => ({ categoryId: s.categoryId, experience: s.experience ?? '' })),
      regions: provider.regions,
      notes: provider.notes ?? '',
    },
  });
  const update = useProcedureMutation('providers.update', {
    onSuccess: (saved) => notifications.show({ color: 'green', message: `De gegevens van ${saved.person.name} zijn opgeslagen.` }),
    onError: (error) => showServerError(error, form),
  });

  return (
    <Card withBorder padding="lg">
      <FormShell onSubmit={form.handleSubmit((values) => update.mutate(values))} aria-label="Gegevens van de dienstverlener">
        <Stack gap="md">
          <Title order={2} size="h4">
            Gegevens
          </Title>
          <FormAlert form={form} />
          <ProviderFields form={form} contactLabel={contactLabel} onNewContact={() => setNewContact(true)} />
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
      {newContact && (
        <NewPersonModal
          title="Nieuwe contactpersoon"
          fixedKind="persoon"
          onClose={() => setNewContact(false)}
          onCreated={(person) => {
            form.setValue('contactPersonId', person.id, { shouldDirty: true });
            setContactLabel(person.displayName);
            setNewContact(false);
          }}
        />
      )}
    </Card>
  );
}
