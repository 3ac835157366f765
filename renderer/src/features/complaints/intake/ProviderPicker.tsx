import { Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { PROVIDER_TYPE_LABELS, SCREENING_STATUS_LABELS, type ProviderRow } from '../../../../../core/contracts';
import { useProcedure } from '../../../api/queries';

interface ProviderPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange: (id: string | null, provider: ProviderRow | null) => void;
  initialLabel?: string;
  ref?: Ref<HTMLInputElement>;
}

/** K3: any registered provider or quality-mark participant, found by name, KvK number or place. */
export function ProviderPicker({ value, onChange, initialLabel, ref, ...props }: ProviderPickerProps) {
  const [search, setSearch] = useState(initialLabel ?? '');
  const [chosen, setChosen] = useState<ProviderRow | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const list = useProcedure('providers.list', { text: debounced, limit: 10 }, { enabled: debounced.length >= 2, placeholderData: keepPreviousData });
  const rows = debounced.length >= 2 ? (list.data?.rows ?? []) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (chosen) byId.set(chosen.id, chosen);
  const data = [...byId.values()].map((r) => ({ value: r.id, label: r.name }));
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
        const provider = id ? (byId.get(id) ?? null) : null;
        setChosen(provider);
        onChange(id, provider);
      }}
      data={data}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.length >= 2 ? 'Geen dienstverlener gevonden' : 'Typ een naam, KvK-nummer of plaats'}
      renderOption={({ option }) => {
        const row = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {row && (
              <Text size="xs" c="dimmed">
                {[PROVIDER_TYPE_LABELS[row.providerType], row.city, SCREENING_STATUS_LABELS[row.screeningStatus]].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Stack>
        );
      }}
      {...props}
    />
  );
}
