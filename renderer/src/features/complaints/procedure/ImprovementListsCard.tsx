import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contracts, IMPROVEMENT_LIST_LABELS, IMPROVEMENT_LISTS, type ImprovementList, type ImprovementOption } from '../../../../../core/contracts';
import { errorMessage } from '../../../api/client';
import { useProcedure, useProcedureMutation } from '../../../api/queries';
import { ErrorAlert, FormShell, showServerError } from '../../../ui/form';

const addSchema = contracts['improvement.add'].input;
const updateSchema = contracts['improvement.update'].input;

const NEW_LABELS: Record<ImprovementList, string> = { categorie: 'Nieuwe categorie', oorzaak: 'Nieuwe oorzaak', maatregel: 'Nieuwe maatregel' };

/** K15: the three lists every closed complaint is filed under. A retired choice stays on the dossiers that have it. */
export function ImprovementListsCard() {
  const options = useProcedure('improvement.list', {});
  return (
    <Card withBorder padding="lg" component="section" aria-label="Categorie, oorzaak en maatregel">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4">
            Categorie, oorzaak en maatregel (K15)
          </Title>
          <Text size="sm" c="dimmed">
            Bij het afsluiten kiest de medewerker uit deze lijsten; de rapportage telt ze. Zet een keuze die niet meer past uit in plaats van haar te verwijderen.
          </Text>
        </Stack>
        {options.isPending && <Loader size="sm" />}
        {options.isError && <ErrorAlert message={options.error.message} />}
        {options.data && (
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
            {IMPROVEMENT_LISTS.map((list) => (
              <OptionList key={list} list={list} options={options.data.filter((o) => o.list === list)} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}

function OptionList({ list, options }: { list: ImprovementList; options: ImprovementOption[] }) {
  const sorted = [...options].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'nl'));
  return (
    <Stack gap="xs" component="section" aria-label={IMPROVEMENT_LIST_LABELS[list]}>
      <Title order={3} size="h5">
        {IMPROVEMENT_LIST_LABELS[list]}
      </Title>
      <AddOption list={list} />
      {sorted.length === 0 && (
        <Text size="sm" c="dimmed">
          Nog leeg.
        </Text>
      )}
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {sorted.map((o) => (
          <OptionRow key={o.id} option={o} />
        ))}
      </Stack>
    </Stack>
  );
}

function AddOption({ list }: { list: ImprovementList }) {
  const form = useForm<z.input<typeof addSchema>, unknown, z.output<typeof addSchema>>({ resolver: zodResolver(addSchema), defaultValues: { list, name: '' } });
  const add = useProcedureMutation('improvement.add', {
    onSuccess: (_options, input) => {
      notifications.show({ color: 'green', message: `"${input.name.trim()}" is toegevoegd aan ${IMPROVEMENT_LIST_LABELS[list].toLowerCase()}.` });
      form.reset({ list, name: '' });
    },
    onError: (error) => showServerError(error, form),
  });
  return (
    <FormShell onSubmit={form.handleSubmit((values) => add.mutate(values))} aria-label={`${NEW_LABELS[list]} toevoegen`}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          aria-label={NEW_LABELS[list]}
          placeholder={NEW_LABELS[list]}
          {...form.register('name')}
          error={form.formState.errors.name?.message ?? form.formState.errors.root?.server?.message}
          style={{ flex: 1 }}
        />
        <Button type="submit" variant="light" loading={add.isPending}>
          Toevoegen
        </Button>
      </Group>
    </FormShell>
  );
}

function OptionRow({ option }: { option: ImprovementOption }) {
  const [editing, setEditing] = useState(false);
  const toggle = useProcedureMutation('improvement.update', {
    onError: (error) => notifications.show({ color: 'red', title: 'Wijzigen niet gelukt', message: errorMessage(error) }),
  });
  if (editing) return <RenameOption option={option} onDone={() => setEditing(false)} />;
  return (
    <Group component="li" gap="xs" justify="space-between" wrap="nowrap" data-testid="improvement-option">
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        <Text size="sm" c={option.active ? undefined : 'dimmed'} truncate>
          {option.name}
        </Text>
        {!option.active && (
          <Badge size="xs" color="gray" variant="light" tt="none">
            uit
          </Badge>
        )}
      </Group>
      <Group gap={2} wrap="nowrap">
        <ActionIcon variant="subtle" color="gray" aria-label={`${option.name} hernoemen`} onClick={() => setEditing(true)}>
          <IconPencil size={16} />
        </ActionIcon>
        <Button
          variant="subtle"
          size="compact-xs"
          color={option.active ? 'gray' : 'green'}
          loading={toggle.isPending}
          onClick={() => toggle.mutate({ id: option.id, name: option.name, active: !option.active })}
          aria-label={`${option.name} ${option.active ? 'uitzetten' : 'weer gebruiken'}`}
        >
          {option.active ? 'Uitzetten' : 'Aanzetten'}
        </Button>
      </Group>
    </Group>
  );
}

function RenameOption({ option, onDone }: { option: ImprovementOption; onDone: () => void }) {
  const form = useForm<z.input<typeof updateSchema>, unknown, z.output<typeof updateSchema>>({
    resolver: zodResolver(updateSchema),
    defaultValues: { id: option.id, name: option.name, active: option.active },
  });
  const save = useProcedureMutation('improvement.update', { onSuccess: onDone, onError: (error) => showServerError(error, form) });
  return (
    <li>
      <FormShell onSubmit={form.handleSubmit((values) => save.mutate(values))} aria-label={`${option.name} hernoemen`}>
        <Group gap={4} align="flex-start" wrap="nowrap">
          <TextInput
            aria-label="Nieuwe naam"
            size="xs"
            autoFocus
            {...form.register('name')}
            onKeyDown={(e) => e.key === 'Escape' && onDone()}
            error={form.formState.errors.name?.message ?? form.formState.errors.root?.server?.message}
            style={{ flex: 1 }}
          />
          <ActionIcon type="submit" variant="light" aria-label="Naam opslaan" loading={save.isPending}>
            <IconCheck size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" aria-label="Annuleren" onClick={onDone}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
      </FormShell>
    </li>
  );
}
