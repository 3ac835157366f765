import { ActionIcon, Button, Grid, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { HOUSEHOLD_RELATION_LABELS, HOUSEHOLD_RELATIONS } from '../../../../core/contracts';
import { PersonPicker } from '../persons/PersonPicker';
import { emptyHouseholdEntry, type Mode, type RegisterValues } from './registerForm';

const RELATION_OPTIONS = HOUSEHOLD_RELATIONS.map((r) => ({ value: r, label: HOUSEHOLD_RELATION_LABELS[r] }));

/** L1: the huisgenoten registered with the member; a new one lives at the member's address. */
export function HouseholdEntries({ form }: { form: UseFormReturn<RegisterValues> }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'household' });
  const entries = useWatch({ control: form.control, name: 'household' });
  const error = (path: string) => form.getFieldState(path as `household.${number}.relation`, form.formState).error?.message;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={3} size="h5">
            Huisgenoten
          </Title>
          <Text size="xs" c="dimmed">
            Het lidmaatschap geldt voor het hele huishouden. Een nieuwe huisgenoot krijgt het adres van het lid.
          </Text>
        </Stack>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => append(emptyHouseholdEntry())}>
          Huisgenoot toevoegen
        </Button>
      </Group>
      {fields.map((f, index) => {
        const mode = entries?.[index]?.mode ?? 'nieuw';
        const base = `household.${index}` as const;
        return (
          <Paper key={f.id} withBorder p="sm" component="fieldset" aria-label={`Huisgenoot ${index + 1}`} style={{ margin: 0 }}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Group gap="sm">
                  <Controller
                    control={form.control}
                    name={`${base}.relation`}
                    render={({ field }) => (
                      <Select
                        aria-label={`Relatie huisgenoot ${index + 1}`}
                        placeholder="Relatie"
                        data={RELATION_OPTIONS}
                        value={field.value}
                        onChange={(v) => field.onChange(v)}
                        ref={field.ref}
                        error={error(`${base}.relation`)}
                        w={160}
                        size="xs"
                      />
                    )}
                  />
                  <SegmentedControl
                    size="xs"
                    value={mode}
                    onChange={(v) => form.setValue(`${base}.mode`, v as Mode)}
                    data={[
                      { value: 'nieuw', label: 'Nieuw' },
                      { value: 'bestaand', label: 'Bestaande persoon' },
                    ]}
                  />
                </Group>
                <ActionIcon variant="subtle" color="red" onClick={() => remove(index)} aria-label={`Huisgenoot ${index + 1} verwijderen`}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              {mode === 'nieuw' ? (
                <Grid gap="sm">
                  <Grid.Col span={{ base: 12, sm: 4 }}>
                    <TextInput label="Voornaam" size="sm" {...form.register(`${base}.newPerson.firstName`)} error={error(`${base}.newPerson.firstName`)} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 4, sm: 2 }}>
                    <TextInput label="Tussenvoegsel" size="sm" {...form.register(`${base}.newPerson.infix`)} error={error(`${base}.newPerson.infix`)} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 8, sm: 3 }}>
                    <TextInput label="Achternaam" required size="sm" {...form.register(`${base}.newPerson.lastName`)} error={error(`${base}.newPerson.lastName`)} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 3 }}>
                    <TextInput label="Telefoon" type="tel" size="sm" {...form.register(`${base}.newPerson.phone`)} error={error(`${base}.newPerson.phone`)} />
                  </Grid.Col>
                </Grid>
              ) : (
                <Controller
                  control={form.control}
                  name={`${base}.personId`}
                  render={({ field }) => (
                    <PersonPicker
                      aria-label={`Persoon huisgenoot ${index + 1}`}
                      placeholder="Zoek op naam, telefoon of postcode"
                      kind="persoon"
                      value={field.value}
                      onChange={(id) => field.onChange(id)}
                      ref={field.ref}
                      error={error(`${base}.personId`)}
                      maw={480}
                    />
                  )}
                />
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
