import { Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import type { PersonKind, PersonListRow } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { addressLine } from './format';

interface PersonPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange: (id: string | null, person: PersonListRow | null) => void;
  /** Only persons, or only organisations. */
  kind?: PersonKind;
  /** The name to show for a value chosen before (the list only has what matches the typed text). */
  initialLabel?: string;
  ref?: Ref<HTMLInputElement>;
}

/** Chooses an existing person or organisation by typing part of the name, phone or postcode. */
export function PersonPicker({ value, onChange, kind, initialLabel, ref, ...props }: PersonPickerProps) {
  const [search, setSearch] = useState(initialLabel ?? '');
  const [chosen, setChosen] = useState<PersonListRow | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const list = useProcedure('persons.list', { text: debounced, kind, limit: 10 }, { enabled: debounced.length >= 2, placeholderData: keepPreviousData });
  const rows = debounced.length >= 2 ? (list.data?.rows ?? []) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (chosen) byId.set(chosen.id, chosen);
  const data = [...byId.values()].map((r) => ({ value: r.id, label: r.displayName }));
  if (value && !byId.has(value) && initialLabel) data.push({ value, label: initialLabel });

  return (
    <Select
      ref={ref}
      searchable
      clearable
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        const person = id ? (byId.get(id) ?? null) : null;
        setChosen(person);
        onChange(id, person);
      }}
      data={data}
      // The server has filtered already; the typed text need not appear in the label (a phone number).
      filter={({ options }) => options}
      nothingFoundMessage={debounced.length >= 2 ? 'Niemand gevonden' : 'Typ een naam, telefoonnummer of postcode'}
      renderOption={({ option }) => {
        const row = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {row && (
              <Text size="xs" c="dimmed">
                {[addressLine(row), row.phone].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Stack>
        );
      }}
      {...props}
    />
  );
}
