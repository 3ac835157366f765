import { ActionIcon, Anchor, Button, Card, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { HOUSEHOLD_RELATION_LABELS, HOUSEHOLD_RELATIONS, type HouseholdRelation, type Member } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';
import { NewPersonModal } from '../persons/NewPersonModal';
import { PersonPicker } from '../persons/PersonPicker';
import { personPath } from '../search/paths';
import { addressOf } from './registerForm';

const RELATION_OPTIONS = HOUSEHOLD_RELATIONS.map((r) => ({ value: r, label: HOUSEHOLD_RELATION_LABELS[r] }));

/** L1: the household the membership covers; add a person (existing or new) or remove one. */
export function HouseholdCard({ member }: { member: Member }) {
  const [relation, setRelation] = useState<HouseholdRelation | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<Member['household'][number] | null>(null);
  const memberPerson = useProcedure('persons.get', { id: member.person.id });
  const add = useProcedureMutation('members.addHouseholdMember', {
    onSuccess: () => {
      setPersonId(null);
      setRelation(null);
      notifications.show({ color: 'green', message: 'De huisgenoot is toegevoegd.' });
    },
  });
  const remove = useProcedureMutation('members.removeHouseholdMember', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: `${removing?.displayName} is geen huisgenoot meer.` });
      setRemoving(null);
    },
  });

  return (
    <Card withBorder padding="lg" component="section" aria-label="Huisgenoten">
      <Group gap="xs" mb="sm">
        <IconUsers size={20} />
        <Title order={2} size="h4">
          Huisgenoten
        </Title>
      </Group>
      {member.household.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          Geen huisgenoten vastgelegd.
        </Text>
      ) : (
        <Table verticalSpacing={6} mb="sm" aria-label="Huisgenoten van dit lid">
          <Table.Tbody>
            {member.household.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>
                  <Anchor component={Link} to={personPath(h.personId)} size="sm" fw={500}>
                    {h.displayName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{HOUSEHOLD_RELATION_LABELS[h.relation]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {h.addressLine ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td w={40}>
                  <ActionIcon variant="subtle" color="red" aria-label={`${h.displayName} verwijderen`} onClick={() => setRemoving(h)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" gap="xs">
        <Select label="Relatie" placeholder="Kies" data={RELATION_OPTIONS} value={relation} onChange={(v) => setRelation(v as HouseholdRelation | null)} w={140} />
        <PersonPicker label="Bestaande persoon" placeholder="Zoek op naam of telefoon" kind="persoon" value={personId} onChange={(id) => setPersonId(id)} style={{ flex: 1, minWidth: 200 }} />
        <Button disabled={!relation || !personId} loading={add.isPending} onClick={() => relation && personId && add.mutate({ memberId: member.id, personId, relation })}>
          Toevoegen
        </Button>
        <Button variant="light" disabled={!relation} onClick={() => setCreating(true)} title={relation ? undefined : 'Kies eerst de relatie'}>
          Nieuwe persoon…
        </Button>
      </Group>
      {add.isError && (
        <Stack mt="sm">
          <ErrorAlert message={add.error.message} />
        </Stack>
      )}
      {creating && relation && (
        <NewPersonModal
          title={`Nieuwe huisgenoot (${HOUSEHOLD_RELATION_LABELS[relation].toLowerCase()})`}
          fixedKind="persoon"
          submitLabel="Huisgenoot toevoegen"
          initial={memberPerson.data ? addressOf(memberPerson.data) : undefined}
          onClose={() => setCreating(false)}
          save={(newPerson) => add.mutateAsync({ memberId: member.id, relation, newPerson })}
        />
      )}
      <Modal opened={!!removing} onClose={() => setRemoving(null)} title="Huisgenoot verwijderen">
        {removing && (
          <Stack>
            <Text size="sm">
              {removing.displayName} valt dan niet meer onder het lidmaatschap van {member.person.displayName}. De persoon zelf blijft bestaan.
            </Text>
            {remove.isError && <ErrorAlert message={remove.error.message} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                Annuleren
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate({ id: removing.id })}>
                Verwijderen
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
