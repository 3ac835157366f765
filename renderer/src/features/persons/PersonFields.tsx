import { Grid, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Controller, useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { normalisePostcode, PREFERRED_CHANNEL_LABELS, PREFERRED_CHANNELS, SALUTATION_LABELS, SALUTATIONS } from '../../../../core/contracts';

interface PersonFieldsProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** Where the person's fields sit in the form: '' for a person form, 'newPerson.' inside a registration. */
  prefix?: string;
  autoFocus?: boolean;
  /** Notes and the second phone number: left out where a short form is wanted. */
  full?: boolean;
  /** Only one kind allowed (a business provider is an organisation). */
  fixedKind?: 'persoon' | 'organisatie';
}

/**
 * The fields of a person or organisation in the order people give them on the phone: name, then
 * postcode and house number, then how to reach them.
 */
export function PersonFields<T extends FieldValues>({ form, prefix = '', autoFocus = false, full = true, fixedKind }: PersonFieldsProps<T>) {
  const path = (name: string) => `${prefix}${name}` as Path<T>;
  const error = (name: string) => form.getFieldState(path(name), form.formState).error?.message;
  const kind = useWatch({ control: form.control, name: path('kind') }) as string;
  const field = (name: string) => ({ ...form.register(path(name)), error: error(name) });

  return (
    <Stack gap="sm">
      {!fixedKind && (
        <Controller
          control={form.control}
          name={path('kind')}
          render={({ field: f }) => (
            <Group gap="sm">
              <Text size="sm" fw={500} id={`${prefix}kind-label`}>
                Soort
              </Text>
              <SegmentedControl
                aria-labelledby={`${prefix}kind-label`}
                value={f.value as string}
                onChange={f.onChange}
                data={[
                  { value: 'persoon', label: 'Persoon' },
                  { value: 'organisatie', label: 'Organisatie' },
                ]}
              />
            </Group>
          )}
        />
      )}
      {kind === 'organisatie' ? (
        <TextInput label="Naam organisatie" required autoFocus={autoFocus} {...field('organisationName')} />
      ) : (
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, xs: 4 }}>
            <Controller
              control={form.control}
              name={path('salutation')}
              render={({ field: f }) => (
                <Select
                  label="Aanhef"
                  data={SALUTATIONS.map((s) => ({ value: s, label: SALUTATION_LABELS[s] }))}
                  value={(f.value as string | null) ?? null}
                  onChange={f.onChange}
                  onBlur={f.onBlur}
                  ref={f.ref}
                  clearable
                  error={error('salutation')}
                />
              )}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 4, xs: 3 }}>
            <TextInput label="Voorletters" autoFocus={autoFocus} {...field('initials')} />
          </Grid.Col>
          <Grid.Col span={{ base: 8, xs: 5 }}>
            <TextInput label="Voornaam" {...field('firstName')} />
          </Grid.Col>
          <Grid.Col span={{ base: 4, xs: 4 }}>
            <TextInput label="Tussenvoegsel" {...field('infix')} />
          </Grid.Col>
          <Grid.Col span={{ base: 8, xs: 8 }}>
            <TextInput label="Achternaam" required {...field('lastName')} />
          </Grid.Col>
        </Grid>
      )}
      <Grid gap="sm">
        <Grid.Col span={{ base: 6, xs: 3 }}>
          <TextInput
            label="Postcode"
            {...field('postcode')}
            onBlur={(e) => {
              // 3441ab → 3441 AB, as it is stored: the duplicate check and the letters see the same.
              const value = e.currentTarget.value;
              if (value.trim()) form.setValue(path('postcode'), normalisePostcode(value) as never);
              void form.register(path('postcode')).onBlur(e);
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 3, xs: 2 }}>
          <TextInput label="Huisnummer" inputMode="numeric" {...field('houseNumber')} />
        </Grid.Col>
        <Grid.Col span={{ base: 3, xs: 2 }}>
          <TextInput label="Toevoeging" {...field('houseNumberAddition')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 5 }}>
          <TextInput label="Straat" {...field('street')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: full ? 7 : 12 }}>
          <TextInput label="Plaats" {...field('city')} />
        </Grid.Col>
        {full && (
          <Grid.Col span={{ base: 12, xs: 5 }}>
            <TextInput label="Land" placeholder="Nederland" {...field('country')} />
          </Grid.Col>
        )}
      </Grid>
      <SimpleGrid cols={{ base: 1, sm: full ? 3 : 2 }}>
        <TextInput label="Telefoon" type="tel" {...field('phone')} />
        {full && <TextInput label="Tweede telefoon" type="tel" {...field('phoneAlt')} />}
        <TextInput label="E-mail" type="email" {...field('email')} />
      </SimpleGrid>
      {full && (
        <Controller
          control={form.control}
          name={path('preferredChannel')}
          render={({ field: f }) => (
            <Select
              label="Brieven bij voorkeur"
              data={PREFERRED_CHANNELS.map((c) => ({ value: c, label: PREFERRED_CHANNEL_LABELS[c] }))}
              value={(f.value as string | null) ?? 'post'}
              onChange={(v) => f.onChange(v ?? 'post')}
              onBlur={f.onBlur}
              ref={f.ref}
              allowDeselect={false}
              maw={220}
              error={error('preferredChannel')}
            />
          )}
        />
      )}
      {full && <Textarea label="Notities" autosize minRows={2} maxRows={6} {...field('notes')} />}
    </Stack>
  );
}

/** The empty form of a new person; `kind` decides which name fields show. */
export function emptyPerson(kind: 'persoon' | 'organisatie' = 'persoon') {
  return {
    kind,
    salutation: null,
    initials: '',
    firstName: '',
    infix: '',
    lastName: '',
    organisationName: '',
    street: '',
    houseNumber: '',
    houseNumberAddition: '',
    postcode: '',
    city: '',
    country: '',
    phone: '',
    phoneAlt: '',
    email: '',
    preferredChannel: 'post' as const,
    notes: '',
  };
}
