import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Fieldset, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarCog, IconCloudComputing } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { organisationInput, type Organisation } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { useHasRole } from '../../app/session';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../ui/form';
import { HistoryPanel } from '../../ui/HistoryPanel';
import { Page } from '../../ui/Page';
import { MailSettingsCard } from '../mail/MailSettingsCard';
import { LogoCard } from './LogoCard';
import { SettingsField } from './SettingsField';

type Values = z.input<typeof organisationInput>;

const LEGEND = { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-md)', marginBottom: 'var(--mantine-spacing-xs)' } };
type Output = z.output<typeof organisationInput>;

export function SettingsPage() {
  const organisation = useProcedure('settings.getOrganisation', {});
  return (
    <Page title="Instellingen" description="Gegevens van de organisatie: ze staan in het briefhoofd, in e-mails en in incasso-bestanden.">
      {organisation.isPending && <Loader />}
      {organisation.isError && <ErrorAlert message={organisation.error.message} />}
      {organisation.data && (
        <>
          <OrganisationForm key={organisation.data.version} organisation={organisation.data} />
          <LogoCard organisation={organisation.data} />
          <MailSettingsCard />
          <SettingsLink
            title="Klachtenprocedure"
            text="Kantooruren, vrije dagen en sluitingsdagen, termijnkeuzes en de lijsten categorie, oorzaak en maatregel (K15)."
            to={PATHS.procedureSettings}
            icon={<IconCalendarCog size={16} />}
            label="Instellingen klachtenprocedure"
          />
          <SettingsLink
            title="Synchronisatie"
            text="Deze computer koppelen aan de syncserver van het kantoor, koppelcodes maken en computers toelaten."
            to={PATHS.syncSettings}
            icon={<IconCloudComputing size={16} />}
            label="Synchronisatie"
          />
          <HistoryPanel tableName="organisation" rowId={organisation.data.id} />
        </>
      )}
    </Page>
  );
}

/** A card leading to a settings page of its own. */
function SettingsLink({ title, text, to, icon, label }: { title: string; text: string; to: string; icon: ReactNode; label: string }) {
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </Stack>
        <Button component={Link} to={to} variant="light" leftSection={icon}>
          {label}
        </Button>
      </Group>
    </Card>
  );
}

function toValues(o: Organisation): Values {
  // The logo has its own card; leaving it out of this form keeps it as it is when the form is saved.
  const { id: _id, version: _version, logoDataUrl: _logo, ...fields } = o;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? ''])) as Values;
}

function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const canEdit = useHasRole('admin');
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(organisationInput), defaultValues: toValues(organisation) });
  const save = useProcedureMutation('settings.updateOrganisation', {
    onSuccess: () => notifications.show({ color: 'green', message: 'De gegevens van de organisatie zijn opgeslagen.' }),
    onError: (error) => showServerError(error, form),
  });
  const field = { form, disabled: !canEdit };

  return (
    <Card withBorder padding="lg">
      <FormShell onSubmit={form.handleSubmit((values) => save.mutate(values))} aria-label="Gegevens van de organisatie">
        <Stack gap="lg">
          <FormAlert form={form} />
          <Fieldset styles={LEGEND} legend="Organisatie" variant="unstyled">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <SettingsField {...field} name="name" label="Naam" required autoFocus />
              <SettingsField {...field} name="phone" label="Telefoon" placeholder="bijv. 0348 123 456" />
              <SettingsField {...field} name="email" label="E-mail" placeholder="bijv. info@voorbeeld.nl" />
              <SettingsField {...field} name="website" label="Website" placeholder="bijv. www.voorbeeld.nl" />
            </SimpleGrid>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <Fieldset styles={LEGEND} legend="Bezoekadres" variant="unstyled">
              <Stack gap="sm">
                <SettingsField {...field} name="visitingStreet" label="Straat en huisnummer" />
                <Group grow align="flex-start">
                  <SettingsField {...field} name="visitingPostcode" label="Postcode" placeholder="bijv. 1234 AB" />
                  <SettingsField {...field} name="visitingCity" label="Plaats" />
                </Group>
              </Stack>
            </Fieldset>
            <Fieldset styles={LEGEND} legend="Postadres" variant="unstyled">
              <Stack gap="sm">
                <SettingsField {...field} name="postalStreet" label="Straat en huisnummer of postbus" />
                <Group grow align="flex-start">
                  <SettingsField {...field} name="postalPostcode" label="Postcode" placeholder="bijv. 1234 AB" />
                  <SettingsField {...field} name="postalCity" label="Plaats" />
                </Group>
              </Stack>
            </Fieldset>
          </SimpleGrid>
          <Fieldset styles={LEGEND} legend="Bank, KvK en belasting" variant="unstyled">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <SettingsField {...field} name="iban" label="IBAN" placeholder="bijv. NL91 ABNA 0417 1643 00" />
              <SettingsField {...field} name="bic" label="BIC" placeholder="bijv. ABNANL2A" />
              <SettingsField {...field} name="sepaCreditorId" label="SEPA incassant-ID" placeholder="bijv. NL98ZZZ999999999999" />
              <SettingsField {...field} name="kvkNumber" label="KvK-nummer" placeholder="8 cijfers" />
              <SettingsField {...field} name="vatNumber" label="Btw-nummer" placeholder="bijv. NL123456789B01" />
            </SimpleGrid>
          </Fieldset>
          {canEdit && (
            <Group justify="flex-end">
              <Button variant="default" onClick={() => form.reset()} disabled={!form.formState.isDirty}>
                Wijzigingen terugdraaien
              </Button>
              <Button type="submit" loading={save.isPending}>
                Opslaan
              </Button>
            </Group>
          )}
        </Stack>
      </FormShell>
    </Card>
  );
}
