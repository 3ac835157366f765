import { Anchor, Select, SimpleGrid, Text } from '@mantine/core';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { Link } from 'react-router';
import type { ImprovementList } from '../../../../../core/contracts';
import { useProcedure } from '../../../api/queries';
import { PATHS } from '../../../app/paths';
import { useHasRole } from '../../../app/session';

const FIELDS: Array<{ list: ImprovementList; name: 'categoryId' | 'causeId' | 'measureId'; label: string }> = [
  { list: 'categorie', name: 'categoryId', label: 'Categorie' },
  { list: 'oorzaak', name: 'causeId', label: 'Oorzaak' },
  { list: 'maatregel', name: 'measureId', label: 'Maatregel' },
];

interface ImprovementFieldsProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** Where the three ids sit in the form: 'improvement.' by default. */
  prefix?: string;
}

/** K15: category, cause and measure of a closed complaint, from the lists the administrator keeps. */
export function ImprovementFields<T extends FieldValues>({ form, prefix = 'improvement.' }: ImprovementFieldsProps<T>) {
  const options = useProcedure('improvement.list', {});
  const isAdmin = useHasRole('admin');
  const empty = options.data && FIELDS.some((f) => !options.data.some((o) => o.list === f.list && o.active));
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {FIELDS.map((f) => {
          const path = `${prefix}${f.name}` as Path<T>;
          return (
            <Controller
              key={f.name}
              control={form.control}
              name={path}
              render={({ field, fieldState }) => {
                const value = (field.value as string | null | undefined) || null;
                const data = (options.data ?? [])
                  .filter((o) => o.list === f.list && (o.active || o.id === value))
                  .map((o) => ({ value: o.id, label: o.active ? o.name : `${o.name} (niet meer in gebruik)` }));
                return (
                  <Select
                    label={f.label}
                    required
                    searchable
                    data={data}
                    value={value}
                    onChange={(v) => field.onChange(v)}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={fieldState.error?.message}
                    nothingFoundMessage="Niets gevonden"
                    placeholder={options.isPending ? 'Laden…' : 'Kies…'}
                  />
                );
              }}
            />
          );
        })}
      </SimpleGrid>
      {empty && (
        <Text size="xs" c="orange.8">
          Een van de lijsten is nog leeg.{' '}
          {isAdmin ? (
            <Anchor component={Link} to={PATHS.procedureSettings} size="xs">
              Vul de lijsten bij de instellingen van de klachtenprocedure.
            </Anchor>
          ) : (
            'Vraag een beheerder de lijsten te vullen.'
          )}
        </Text>
      )}
    </>
  );
}
