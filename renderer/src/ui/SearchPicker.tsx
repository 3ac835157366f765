import { Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type Ref } from 'react';

export interface SearchPickerProps<R extends { id: string }> extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange: (id: string | null, row: R | null) => void;
  /** The name to show for a value chosen before (the list only has what matches the typed text). */
  initialLabel?: string;
  ref?: Ref<HTMLInputElement>;
}

interface SearchSource<R> {
  /** The server's matches for the typed text; asked only once two characters are typed. */
  useRows: (text: string, enabled: boolean) => R[] | undefined;
  optionLabel: (row: R) => string;
  optionDetail: (row: R) => string;
  hint: string;
  nothingFound: string;
}

/** A select that searches on the server while typing, for choosing one record out of many. */
export function SearchPicker<R extends { id: string }>({
  value,
  onChange,
  initialLabel,
  ref,
  useRows,
  optionLabel,
  optionDetail,
  hint,
  nothingFound,
  ...props
}: SearchPickerProps<R> & SearchSource<R>) {
  const [search, setSearch] = useState(initialLabel ?? '');
  const [chosen, setChosen] = useState<R | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const enabled = debounced.length >= 2;
  const found = useRows(debounced, enabled);
  const rows = enabled ? (found ?? []) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (chosen) byId.set(chosen.id, chosen);
  const data = [...byId.values()].map((r) => ({ value: r.id, label: optionLabel(r) }));
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
        const row = id ? (byId.get(id) ?? null) : null;
        setChosen(row);
        onChange(id, row);
      }}
      data={data}
      // The server has filtered already; the typed text need not appear in the label (a phone number).
      filter={({ options }) => options}
      nothingFoundMessage={enabled ? nothingFound : hint}
      renderOption={({ option }) => {
        const row = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {row && (
              <Text size="xs" c="dimmed">
                {optionDetail(row)}
              </Text>
            )}
          </Stack>
        );
      }}
      {...props}
    />
  );
}
