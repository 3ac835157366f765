import { Button, Group, Stack, Text } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { DuplicateWarning, useDuplicateCheck } from '../../persons/DuplicateWarning';
import { emptyPerson, PersonFields } from '../../persons/PersonFields';
import { PersonPicker } from '../../persons/PersonPicker';
import { prefillFromSearch } from '../../persons/prefill';
import type { IntakeValues } from './intakeForm';

/**
 * Who is calling: found in the registry by name, phone or postcode + number, or added here and now
 * (sent with the complaint as `newComplainant`, saved in the same step).
 */
export function ComplainantSection({ form }: { form: UseFormReturn<IntakeValues> }) {
  const [mode, setMode] = useState<'zoeken' | 'nieuw'>('zoeken');
  const [typed, setTyped] = useState('');
  const [label, setLabel] = useState<string>();
  const candidates = useDuplicateCheck(form, 'newComplainant.');

  function addNew() {
    // What was searched for (a phone number, a name) goes into the right field: nobody types it twice.
    form.setValue('complainantId', null);
    form.setValue('newComplainant', { ...emptyPerson('persoon'), ...prefillFromSearch(typed) });
    form.clearErrors('complainantId');
    setMode('nieuw');
  }

  function chooseExisting(id: string | null, name?: string) {
    form.setValue('newComplainant', null);
    form.setValue('complainantId', id);
    form.clearErrors(['complainantId', 'newComplainant']);
    setLabel(name);
    setMode('zoeken');
  }

  if (mode === 'nieuw') {
    return (
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Nieuwe persoon: wordt samen met de klacht opgeslagen.
          </Text>
          <Button variant="subtle" size="compact-sm" leftSection={<IconSearch size={14} />} onClick={() => chooseExisting(null)}>
            Toch een bestaande persoon zoeken
          </Button>
        </Group>
        <PersonFields form={form} prefix="newComplainant." full={false} autoFocus />
        <DuplicateWarning candidates={candidates} onUse={(c) => chooseExisting(c.personId, c.displayName)} />
      </Stack>
    );
  }

  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <Controller
        control={form.control}
        name="complainantId"
        render={({ field, fieldState }) => (
          <PersonPicker
            label="Melder"
            description="Zoek op naam, telefoonnummer of postcode + huisnummer"
            placeholder="bijv. 06 12345678 of 3441 AB 12"
            required
            value={field.value ?? null}
            onChange={(id, person) => {
              field.onChange(id);
              setLabel(person?.displayName);
            }}
            onInput={(event) => setTyped(event.currentTarget.value)}
            initialLabel={label}
            error={fieldState.error?.message}
            ref={field.ref}
            autoFocus
            style={{ flex: 1 }}
            maw={520}
          />
        )}
      />
      <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={addNew} mt={46}>
        Nieuwe persoon
      </Button>
    </Group>
  );
}
