import { Group, Radio, Select, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { CONCERNS_KIND_LABELS, CONCERNS_KINDS, type ConcernsKind } from '../../../../../core/contracts';
import { useProcedure } from '../../../api/queries';
import { PersonPicker } from '../../persons/PersonPicker';
import type { IntakeValues } from './intakeForm';
import { ProviderPicker } from './ProviderPicker';
import { QualityWindowNotice } from './QualityWindowNotice';

const SUBJECT_FIELDS = ['concernsTeamId', 'concernsStaffId', 'concernsProviderId', 'concernsPersonId'] as const;

/** K3 (and B5): what the complaint is about — our own service, a team, an employee, a provider, or a customer. */
export function ConcernsSection({ form }: { form: UseFormReturn<IntakeValues> }) {
  const kind = useWatch({ control: form.control, name: 'concernsKind' }) as ConcernsKind | undefined;
  const teams = useProcedure('teams.list', {});
  const staff = useProcedure('staff.options', {}, { enabled: kind === 'medewerker' });
  const [providerLabel, setProviderLabel] = useState<string>();
  const [personLabel, setPersonLabel] = useState<string>();
  const providerId = useWatch({ control: form.control, name: 'concernsProviderId' });
  const receivedAt = useWatch({ control: form.control, name: 'receivedAt' });

  function chooseKind(next: ConcernsKind) {
    // The subject of another kind would be sent along and refused: it goes.
    for (const name of SUBJECT_FIELDS) form.setValue(name, null);
    // Q5 d's execution date belongs to a complaint about a provider only.
    form.setValue('agreementExecutedOn', null);
    form.clearErrors([...SUBJECT_FIELDS]);
    setProviderLabel(undefined);
    setPersonLabel(undefined);
    form.setValue('concernsKind', next, { shouldValidate: form.formState.isSubmitted });
  }

  return (
    <Stack gap="sm">
      <Controller
        control={form.control}
        name="concernsKind"
        render={({ field, fieldState }) => (
          <Radio.Group label="De klacht gaat over" required value={field.value ?? null} onChange={(v) => chooseKind(v as ConcernsKind)} error={fieldState.error?.message}>
            <Group gap="lg" mt={6}>
              {CONCERNS_KINDS.map((k, i) => (
                <Radio key={k} value={k} label={CONCERNS_KIND_LABELS[k]} ref={i === 0 ? field.ref : undefined} onBlur={field.onBlur} />
              ))}
            </Group>
          </Radio.Group>
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {kind === 'team' && (
          <Controller
            control={form.control}
            name="concernsTeamId"
            render={({ field, fieldState }) => (
              <Select
                label="Team"
                required
                searchable
                data={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
                value={field.value ?? null}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
                nothingFoundMessage="Geen team gevonden"
              />
            )}
          />
        )}
        {kind === 'medewerker' && (
          <Controller
            control={form.control}
            name="concernsStaffId"
            render={({ field, fieldState }) => (
              <Select
                label="Medewerker"
                required
                searchable
                data={(staff.data ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
                value={field.value ?? null}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
                nothingFoundMessage="Geen medewerker gevonden"
              />
            )}
          />
        )}
        {kind === 'klant' && (
          <Controller
            control={form.control}
            name="concernsPersonId"
            render={({ field, fieldState }) => (
              <PersonPicker
                label="Klant"
                required
                placeholder="Zoek op naam, telefoon of postcode"
                value={field.value ?? null}
                onChange={(id, p) => {
                  field.onChange(id);
                  setPersonLabel(p?.displayName);
                }}
                initialLabel={personLabel}
                error={fieldState.error?.message}
                ref={field.ref}
              />
            )}
          />
        )}
        {(kind === 'dienstverlener' || kind === 'klant') && (
          <Controller
            control={form.control}
            name="concernsProviderId"
            render={({ field, fieldState }) => (
              <ProviderPicker
                label={kind === 'klant' ? 'Dienstverlener die klaagt' : 'Dienstverlener'}
                required
                placeholder="Zoek op naam, KvK-nummer of plaats"
                value={field.value ?? null}
                onChange={(id, p) => {
                  field.onChange(id);
                  setProviderLabel(p?.name);
                }}
                initialLabel={providerLabel}
                error={fieldState.error?.message}
                ref={field.ref}
              />
            )}
          />
        )}
      </SimpleGrid>
      {kind === 'dienstverlener' && providerId && (
        <Controller
          control={form.control}
          name="agreementExecutedOn"
          render={({ field, fieldState }) => (
            <QualityWindowNotice
              providerId={providerId}
              receivedOn={receivedAt ? receivedAt.slice(0, 10) : null}
              executedOn={field.value ?? null}
              onExecutedOnChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
      )}
    </Stack>
  );
}
