import { Select, SimpleGrid, Text } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { ImprovementList } from '../../../../../core/contracts';
import { useProcedure } from '../../../api/queries';

const FIELDS: { key: 'categoryId' | 'causeId' | 'measureId'; list: ImprovementList; label: string }[] = [
  { key: 'categoryId', list: 'categorie', label: 'Categorie' },
  { key: 'causeId', list: 'oorzaak', label: 'Oorzaak' },
  { key: 'measureId', list: 'maatregel', label: 'Maatregel' },
];

/**
 * K15: category, cause and measure of a closed complaint, from the lists the managers keep
 * (Instellingen › Klachtenprocedure). `name` is where the three sit in the form ("improvement").
 */
export function ImprovementSelects<T extends FieldValues>({ control, name }: { control: Control<T>; name: string }) {
  const options = useProcedure('improvement.list', {});
  const empty = options.data !== undefined && FIELDS.some((f) => !options.data.some((o) => o.list === f.list && o.active));
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {FIELDS.map((f) => (
          <Controller
            key={f.key}
            control={control}
            name={`${name}.${f.key}` as Path<T>}
            render={({ field, fieldState }) => (
              <Select
                label={f.label}
                placeholder={`Kies een ${f.label.toLowerCase()}`}
                data={(options.data ?? []).filter((o) => o.list === f.list && o.active).map((o) => ({ value: o.id, label: o.name }))}
                value={(field.value as string | null | undefined) || null}
                onChange={(v) => field.onChange(v ?? '')}
                ref={field.ref}
                searchable
                required
                error={fieldState.error?.message}
              />
            )}
          />
        ))}
      </SimpleGrid>
      {empty && (
        <Text size="xs" c="orange.8">
          Een van de lijsten is nog leeg. Een manager of beheerder vult ze bij Instellingen › Klachtenprocedure.
        </Text>
      )}
    </>
  );
}
