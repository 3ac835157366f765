import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { numberOrUndefined, type SettingsValues } from './values';

const COLUMNS = [
  ['from', 'Van', 'beoordelingen'],
  ['to', 'Tot en met', 'beoordelingen'],
  ['needed', 'Onvoldoende nodig', 'onvoldoende'],
] as const;

/** Q3 rule 1: the staffel, one row per range of reviews, with the number of insufficient ones that ends a participation. */
export function StaffelTable({ form }: { form: UseFormReturn<SettingsValues> }) {
  const rows = useFieldArray({ control: form.control, name: 'staffel' });
  const errors = form.formState.errors.staffel;
  const arrayError = errors?.message ?? errors?.root?.message;

  function addRow() {
    const last = form.getValues('staffel').at(-1);
    const from = (last?.to ?? 2) + 1;
    rows.append({ from, to: from + 3, needed: (last?.needed ?? 1) + 1 });
  }

  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={600}>
          Regel 1: staffel
        </Text>
        <Text size="xs" c="dimmed">
          Bij minder beoordelingen dan de eerste regel geldt regel 1 niet. Boven de laatste regel zegt de staffel niets: dan beoordeelt het bestuur.
        </Text>
      </div>
      <Table verticalSpacing={4} maw={560} aria-label="Staffel">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map(([, label]) => (
              <Table.Th key={label}>{label}</Table.Th>
            ))}
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.fields.map((row, i) => (
            <Table.Tr key={row.id}>
              {COLUMNS.map(([name, label]) => (
                <Table.Td key={name} style={{ verticalAlign: 'top' }}>
                  <Controller
                    control={form.control}
                    name={`staffel.${i}.${name}`}
                    render={({ field, fieldState }) => (
                      <NumberInput
                        aria-label={`${label}, regel ${i + 1}`}
                        value={field.value ?? ''}
                        onChange={(v) => field.onChange(numberOrUndefined(v))}
                        onBlur={field.onBlur}
                        ref={field.ref}
                        error={fieldState.error?.message}
                        allowDecimal={false}
                        min={1}
                        w={150}
                        size="sm"
                      />
                    )}
                  />
                </Table.Td>
              ))}
              <Table.Td style={{ verticalAlign: 'top' }}>
                <ActionIcon variant="subtle" color="red" mt={6} aria-label={`Regel ${i + 1} van de staffel verwijderen`} onClick={() => rows.remove(i)} disabled={rows.fields.length === 1}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {arrayError && (
        <Text size="xs" c="red" role="alert">
          {arrayError}
        </Text>
      )}
      <Group>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={addRow}>
          Regel toevoegen
        </Button>
      </Group>
    </Stack>
  );
}
