import { ActionIcon, Group, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Controller, useFieldArray, useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { formatRegion, type Region } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { DateField } from '../../ui/DateField';
import { PersonPicker } from '../persons/PersonPicker';

interface ProviderFieldsProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** The contact person's name, for a business that already has one. */
  contactLabel?: string;
  /** Opens "Nieuwe contactpersoon" (a business). */
  onNewContact?: () => void;
}

/**
 * What a provider brings (D2, D4): for a business the KvK number, branch organisation and contact;
 * for a private person the VOG; for both the liability insurance, the services with experience,
 * and the region.
 */
export function ProviderFields<T extends FieldValues>({ form, contactLabel, onNewContact }: ProviderFieldsProps<T>) {
  const path = (name: string) => name as Path<T>;
  const error = (name: string) => form.getFieldState(path(name), form.formState).error?.message;
  const field = (name: string) => ({ ...form.register(path(name)), error: error(name) });
  const type = useWatch({ control: form.control, name: path('providerType') }) as string;
  const business = type === 'bedrijf';

  return (
    <Stack gap="lg">
      {business ? (
        <Section title="Bedrijf">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="KvK-nummer" description="8 cijfers" inputMode="numeric" {...field('kvkNumber')} />
            <TextInput label="Brancheorganisatie" description="Bij voorkeur lid van een brancheorganisatie" {...field('branchOrganisation')} />
          </SimpleGrid>
          <Group align="flex-end" gap="xs">
            <Controller
              control={form.control}
              name={path('contactPersonId')}
              render={({ field: f }) => (
                <PersonPicker
                  label="Contactpersoon"
                  placeholder="Zoek op naam of telefoon"
                  kind="persoon"
                  value={(f.value as string | null) ?? null}
                  onChange={(id) => f.onChange(id)}
                  initialLabel={contactLabel}
                  error={error('contactPersonId')}
                  ref={f.ref}
                  style={{ flex: 1 }}
                />
              )}
            />
            {onNewContact && (
              <Text component="button" type="button" size="sm" c="servicedesk" onClick={onNewContact} style={{ background: 'none', border: 0, cursor: 'pointer', padding: '8px 0' }}>
                Nieuwe contactpersoon…
              </Text>
            )}
          </Group>
        </Section>
      ) : (
        <Section title="Verklaring omtrent het gedrag">
          <Controller
            control={form.control}
            name={path('vogReceivedOn')}
            render={({ field: f }) => (
              <DateField label="VOG ontvangen op" value={(f.value as string | null) ?? null} onChange={f.onChange} error={error('vogReceivedOn')} maw={220} />
            )}
          />
        </Section>
      )}
      <Section title={business ? 'Bedrijfsaansprakelijkheidsverzekering' : 'Aansprakelijkheidsverzekering'}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Verzekeraar" {...field('insurer')} />
          <TextInput label="Polisnummer" {...field('policyNumber')} />
          <Controller
            control={form.control}
            name={path('insuredUntil')}
            render={({ field: f }) => <DateField label="Verzekerd tot en met" value={(f.value as string | null) ?? null} onChange={f.onChange} error={error('insuredUntil')} />}
          />
        </SimpleGrid>
      </Section>
      <ServicesFields form={form} business={business} />
      <Section title="Werkgebied">
        <Controller
          control={form.control}
          name={path('regions')}
          render={({ field: f }) => (
            <TagsInput
              label="Plaatsen en postcodegebieden"
              description="Bijvoorbeeld Woerden, 3440-3449 of 3441. Enter na elk."
              value={((f.value as Region[] | undefined) ?? []).map(formatRegion)}
              onChange={(tags) => f.onChange(tags.map(parseRegion))}
              ref={f.ref}
              error={regionError(form, error)}
              splitChars={[',', ';']}
              clearable
            />
          )}
        />
      </Section>
      <Textarea label="Notities" autosize minRows={2} maxRows={6} {...field('notes')} />
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} size="h5" component="legend" mb={4}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** "3440-3449" → a range, "3441" → one postcode area, anything else → a place. */
export function parseRegion(text: string): { from?: string; to?: string; place?: string } {
  const value = text.trim();
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(value);
  if (range) return { from: range[1], to: range[2] };
  if (/^\d{4}$/.test(value)) return { from: value, to: value };
  return { place: value };
}

/** The first message of any region, at the one field that shows them all. */
function regionError<T extends FieldValues>(form: UseFormReturn<T>, error: (name: string) => string | undefined): string | undefined {
  const regions = (form.formState.errors as Record<string, unknown>).regions as unknown;
  if (!regions) return undefined;
  if (Array.isArray(regions)) {
    for (const r of regions) {
      const e = r as Record<string, { message?: string }> | undefined;
      const message = e?.from?.message ?? e?.to?.message ?? e?.place?.message;
      if (message) return message;
    }
  }
  return error('regions');
}

function ServicesFields<T extends FieldValues>({ form, business }: { form: UseFormReturn<T>; business: boolean }) {
  const categories = useProcedure('providers.listCategories', { includeInactive: true });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'services' as never });
  const chosen = (useWatch({ control: form.control, name: 'services' as Path<T> }) as Array<{ categoryId: string }> | undefined) ?? [];
  const name = (id: string) => categories.data?.find((c) => c.id === id)?.name ?? 'Onbekende dienst';
  const options = (categories.data ?? []).filter((c) => c.active && !chosen.some((s) => s.categoryId === c.id)).map((c) => ({ value: c.id, label: c.name }));
  const listError = form.getFieldState('services' as Path<T>, form.formState).error?.message;

  return (
    <Section title="Diensten">
      {fields.map((f, index) => (
        <Group key={f.id} align="flex-start" gap="sm" wrap="nowrap">
          <Text size="sm" fw={500} w={200} pt={8}>
            {name(chosen[index]?.categoryId ?? '')}
          </Text>
          <TextInput
            aria-label={`Werkervaring ${name(chosen[index]?.categoryId ?? '')}`}
            placeholder={business ? 'Ervaring (optioneel)' : 'Werkervaring: hoe lang, waar, wat'}
            style={{ flex: 1 }}
            {...form.register(`services.${index}.experience` as Path<T>)}
            error={form.getFieldState(`services.${index}.experience` as Path<T>, form.formState).error?.message}
          />
          <ActionIcon variant="subtle" color="red" mt={4} onClick={() => remove(index)} aria-label={`${name(chosen[index]?.categoryId ?? '')} verwijderen`}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Select
        label="Dienst toevoegen"
        placeholder={categories.data?.length === 0 ? 'Er zijn nog geen diensten; zie "Diensten beheren"' : 'Kies een dienst'}
        data={options}
        value={null}
        onChange={(id) => id && append({ categoryId: id, experience: '' } as never)}
        searchable
        nothingFoundMessage="Geen dienst gevonden"
        maw={360}
        error={listError}
      />
    </Section>
  );
}
