import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Divider, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { amsterdamDay, PROVIDER_CONTRACT_NOTE, providerRegisterInput, type ProviderType } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { DateField } from '../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { Page } from '../../ui/Page';
import { DuplicateWarning, useDuplicateCheck } from '../persons/DuplicateWarning';
import { NewPersonModal } from '../persons/NewPersonModal';
import { emptyPerson, PersonFields } from '../persons/PersonFields';
import { PersonPicker } from '../persons/PersonPicker';
import { providerPath } from '../search/paths';
import { ProviderFields } from './ProviderFields';

type Values = z.input<typeof providerRegisterInput>;
type Mode = 'nieuw' | 'bestaand';

const kindFor = (type: ProviderType) => (type === 'bedrijf' ? 'organisatie' : 'persoon');

/** D1/D2: a provider signs up; the screening starts at "aangemeld". */
export function ProviderRegisterPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const existingId = params.get('persoon');
  const existing = useProcedure('persons.get', { id: existingId ?? '' }, { enabled: !!existingId });
  const initialType: ProviderType = existing.data?.kind === 'organisatie' ? 'bedrijf' : 'particulier';
  if (existingId && existing.isPending) return null;
  return (
    <ProviderRegisterForm
      key={existing.data?.id ?? 'new'}
      initialType={initialType}
      existing={existing.data ? { id: existing.data.id, name: existing.data.displayName } : null}
      onDone={(id) => navigate(providerPath(id))}
      onCancel={() => navigate(PATHS.providers)}
    />
  );
}

interface FormProps {
  initialType: ProviderType;
  existing: { id: string; name: string } | null;
  onDone: (id: string) => void;
  onCancel: () => void;
}

function ProviderRegisterForm({ initialType, existing, onDone, onCancel }: FormProps) {
  const [mode, setMode] = useState<Mode>(existing ? 'bestaand' : 'nieuw');
  const [personLabel, setPersonLabel] = useState(existing?.name);
  const [contactLabel, setContactLabel] = useState<string>();
  const [newContact, setNewContact] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof providerRegisterInput>>({
    resolver: zodResolver(providerRegisterInput),
    defaultValues: {
      providerType: initialType,
      personId: existing?.id ?? null,
      newPerson: existing ? null : emptyPerson(kindFor(initialType)),
      contactPersonId: null,
      kvkNumber: '',
      branchOrganisation: '',
      vogReceivedOn: null,
      insurer: '',
      policyNumber: '',
      insuredUntil: null,
      services: [],
      regions: [],
      notes: '',
      registeredOn: amsterdamDay(new Date()),
    },
  });
  const type = useWatch({ control: form.control, name: 'providerType' });
  const candidates = useDuplicateCheck(form, 'newPerson.');
  const register = useProcedureMutation('providers.register', {
    onSuccess: (provider) => {
      notifications.show({ color: 'green', message: `${provider.person.name} is aangemeld als dienstverlener.` });
      onDone(provider.id);
    },
    onError: (error) => showServerError(error, form),
  });

  function switchType(next: ProviderType) {
    form.setValue('providerType', next);
    // D1: a private provider is a person, a business an organisation; details of the other kind go.
    if (mode === 'nieuw') form.setValue('newPerson.kind', kindFor(next));
    else {
      form.setValue('personId', null);
      setPersonLabel(undefined);
    }
    if (next === 'particulier') {
      form.setValue('kvkNumber', '');
      form.setValue('branchOrganisation', '');
      form.setValue('contactPersonId', null);
    } else form.setValue('vogReceivedOn', null);
  }

  function switchMode(next: Mode) {
    if (next === 'bestaand') form.setValue('newPerson', null);
    else {
      form.setValue('personId', null);
      form.setValue('newPerson', emptyPerson(kindFor(type)));
    }
    form.clearErrors();
    setMode(next);
  }

  const who = type === 'bedrijf' ? 'bedrijf' : 'persoon';
  return (
    <Page title="Dienstverlener aanmelden" back={{ to: PATHS.providers, label: 'Terug naar dienstverleners' }}>
      <Card withBorder padding="lg" maw={980}>
        <FormShell onSubmit={form.handleSubmit((values) => register.mutate(values))} aria-label="Dienstverlener aanmelden">
          <Stack gap="lg">
            <FormAlert form={form} />
            <Group gap="md">
              <Text fw={500} size="sm" id="provider-type-label">
                Soort dienstverlener
              </Text>
              <SegmentedControl
                aria-labelledby="provider-type-label"
                value={type}
                onChange={(v) => switchType(v as ProviderType)}
                data={[
                  { value: 'particulier', label: 'Particulier' },
                  { value: 'bedrijf', label: 'Bedrijf' },
                ]}
              />
            </Group>
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={3} size="h5">
                  {type === 'bedrijf' ? 'Het bedrijf' : 'De persoon'}
                </Title>
                <SegmentedControl
                  size="xs"
                  value={mode}
                  onChange={(v) => switchMode(v as Mode)}
                  aria-label={`Nieuw of bestaand ${who}`}
                  data={[
                    { value: 'nieuw', label: `Nieuw ${who}` },
                    { value: 'bestaand', label: `Bestaand ${who}` },
                  ]}
                />
              </Group>
              {mode === 'nieuw' ? (
                <>
                  <PersonFields form={form} prefix="newPerson." fixedKind={kindFor(type)} full={false} autoFocus />
                  <DuplicateWarning
                    candidates={candidates}
                    onUse={(c) => {
                      switchMode('bestaand');
                      form.setValue('personId', c.personId);
                      setPersonLabel(c.displayName);
                    }}
                  />
                </>
              ) : (
                <Controller
                  control={form.control}
                  name="personId"
                  render={({ field }) => (
                    <PersonPicker
                      label={type === 'bedrijf' ? 'Organisatie' : 'Persoon'}
                      placeholder="Zoek op naam, telefoon of postcode"
                      kind={kindFor(type)}
                      value={field.value ?? null}
                      onChange={(id, p) => {
                        field.onChange(id);
                        setPersonLabel(p?.displayName);
                      }}
                      initialLabel={personLabel}
                      error={form.formState.errors.personId?.message}
                      ref={field.ref}
                      maw={480}
                    />
                  )}
                />
              )}
            </Stack>
            <Divider />
            <ProviderFields form={form} contactLabel={contactLabel} onNewContact={() => setNewContact(true)} />
            <Controller
              control={form.control}
              name="registeredOn"
              render={({ field }) => (
                <DateField label="Aangemeld op" value={field.value ?? null} onChange={field.onChange} error={form.formState.errors.registeredOn?.message} maw={220} />
              )}
            />
            <Text size="xs" c="dimmed">
              {PROVIDER_CONTRACT_NOTE}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                Annuleren
              </Button>
              <Button type="submit" loading={register.isPending}>
                Dienstverlener aanmelden
              </Button>
            </Group>
          </Stack>
        </FormShell>
      </Card>
      {newContact && (
        <NewPersonModal
          title="Nieuwe contactpersoon"
          fixedKind="persoon"
          onClose={() => setNewContact(false)}
          onCreated={(person) => {
            form.setValue('contactPersonId', person.id);
            setContactLabel(person.displayName);
            setNewContact(false);
          }}
        />
      )}
    </Page>
  );
}
