import { ActionIcon, Button, Group, Loader, Modal, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconListCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { ServiceCategory } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';

/** "Diensten beheren" (D4): managers and administrators keep the list of services. */
export function CategoriesButton() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconListCheck size={16} />} onClick={() => setOpened(true)}>
        Diensten beheren
      </Button>
      {opened && <CategoriesDialog onClose={() => setOpened(false)} />}
    </>
  );
}

function CategoriesDialog({ onClose }: { onClose: () => void }) {
  const categories = useProcedure('providers.listCategories', { includeInactive: true });
  const [name, setName] = useState('');
  const save = useProcedureMutation('providers.saveCategory', { onSuccess: () => setName('') });
  const defaults = useProcedureMutation('providers.addDefaultCategories', {
    onSuccess: () => notifications.show({ color: 'green', message: 'De standaardlijst met diensten is toegevoegd.' }),
  });

  function add(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) save.mutate({ name });
  }

  return (
    <Modal opened onClose={onClose} title="Diensten beheren" size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          De diensten die dienstverleners kunnen aanbieden. Een dienst die niet meer wordt aangeboden zet u uit; bestaande dienstverleners houden hem.
        </Text>
        <form onSubmit={add} aria-label="Dienst toevoegen">
          <Group align="flex-end" gap="sm">
            <TextInput label="Nieuwe dienst" value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} data-autofocus />
            <Button type="submit" loading={save.isPending}>
              Toevoegen
            </Button>
          </Group>
        </form>
        {save.isError && <ErrorAlert message={save.error.message} />}
        {categories.isPending && <Loader size="sm" />}
        {categories.data?.length === 0 && (
          <Button variant="light" onClick={() => defaults.mutate({})} loading={defaults.isPending}>
            Standaardlijst toevoegen
          </Button>
        )}
        {categories.data && categories.data.length > 0 && (
          <Table aria-label="Diensten" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Dienst</Table.Th>
                <Table.Th w={120}>Dienstverleners</Table.Th>
                <Table.Th w={110}>Aangeboden</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {categories.data.map((c) => (
                <CategoryRow key={c.id} category={c} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  );
}

function CategoryRow({ category }: { category: ServiceCategory }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(category.name);
  const save = useProcedureMutation('providers.saveCategory', { onSuccess: () => setEditing(false) });
  return (
    <Table.Tr>
      <Table.Td>
        {editing ? (
          <Group gap={4} wrap="nowrap">
            <TextInput
              size="xs"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              aria-label={`Nieuwe naam voor ${category.name}`}
              error={save.error?.message}
              autoFocus
              onKeyDown={(e) => {
                if (e.key === 'Enter') save.mutate({ id: category.id, name, active: category.active });
                if (e.key === 'Escape') setEditing(false);
              }}
            />
            <ActionIcon size="sm" variant="subtle" aria-label="Naam opslaan" onClick={() => save.mutate({ id: category.id, name, active: category.active })}>
              <IconCheck size={14} />
            </ActionIcon>
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label="Annuleren" onClick={() => setEditing(false)}>
              <IconX size={14} />
            </ActionIcon>
          </Group>
        ) : (
          <Group gap={4} wrap="nowrap">
            <Text size="sm" c={category.active ? undefined : 'dimmed'}>
              {category.name}
            </Text>
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`${category.name} hernoemen`} onClick={() => setEditing(true)}>
              <IconPencil size={14} />
            </ActionIcon>
          </Group>
        )}
      </Table.Td>
      <Table.Td>{category.providerCount}</Table.Td>
      <Table.Td>
        <Switch
          checked={category.active}
          onChange={(e) => save.mutate({ id: category.id, name: category.name, active: e.currentTarget.checked })}
          aria-label={`${category.name} aangeboden`}
        />
      </Table.Td>
    </Table.Tr>
  );
}
