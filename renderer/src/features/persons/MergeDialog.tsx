import { Alert, Button, Group, Loader, Modal, Radio, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDate, type Person } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';
import { personPath } from '../search/paths';
import { orDash } from './format';

const ROWS: Array<[string, (p: Person) => string]> = [
  ['Naam', (p) => p.displayName],
  ['Adres', (p) => orDash(p.addressLine)],
  ['Telefoon', (p) => orDash(p.phone)],
  ['Tweede telefoon', (p) => orDash(p.phoneAlt)],
  ['E-mail', (p) => orDash(p.email)],
  ['Rollen', (p) => rolesText(p)],
  ['Notities', (p) => orDash(p.notes)],
  ['Aangemaakt', (p) => formatDate(p.createdAt)],
];

function rolesText(p: Person): string {
  const parts = [
    ...p.roles.memberships.map((m) => `Lid ${m.membershipNumber}`),
    ...p.roles.households.map((h) => `Huisgenoot van ${h.membershipNumber}`),
    ...p.roles.providers.map((r) => (r.role === 'dienstverlener' ? 'Dienstverlener' : `Contactpersoon van ${r.name}`)),
  ];
  return parts.length ? parts.join(', ') : '—';
}

/**
 * Two records of one person become one: both side by side, the person chooses which to keep; every
 * dossier of the other moves to it. Cannot be undone, so it is said before, not after.
 */
export function MergeDialog({ person, otherId, onClose }: { person: Person; otherId: string; onClose: () => void }) {
  const navigate = useNavigate();
  const other = useProcedure('persons.get', { id: otherId });
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const merge = useProcedureMutation('persons.merge', {
    onSuccess: (result) => {
      const moved = result.moved.filter((m) => m.count > 0).map((m) => `${m.count} × ${m.label}`);
      notifications.show({
        color: 'green',
        title: 'Samengevoegd',
        message: `Bewaard: ${result.person.displayName}.${moved.length ? ` Verplaatst: ${moved.join(', ')}.` : ''}`,
      });
      onClose();
      navigate(personPath(result.person.id));
    },
  });
  const both = other.data ? { this: person, other: other.data } : null;
  const kept = both?.[keep];
  const removed = both?.[keep === 'this' ? 'other' : 'this'];

  return (
    <Modal opened onClose={onClose} title="Personen samenvoegen" size="xl">
      {other.isPending && <Loader size="sm" />}
      {other.isError && <ErrorAlert message={other.error.message} />}
      {both && kept && removed && (
        <Stack gap="md">
          <Text size="sm">Kies welke gegevens blijven. Alle dossiers, lidmaatschappen en brieven van de andere gaan naar de bewaarde persoon.</Text>
          <Radio.Group value={keep} onChange={(v) => setKeep(v as 'this' | 'other')} aria-label="Welke persoon bewaren">
            <Table withTableBorder withColumnBorders layout="fixed" aria-label="Beide personen naast elkaar">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150} />
                  <Table.Th>
                    <Radio value="this" label={`Bewaar ${both.this.displayName}`} />
                  </Table.Th>
                  <Table.Th>
                    <Radio value="other" label={`Bewaar ${both.other.displayName}`} />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ROWS.map(([label, value]) => {
                  const [a, b] = [value(both.this), value(both.other)];
                  return (
                    <Table.Tr key={label}>
                      <Table.Th fw={500}>{label}</Table.Th>
                      <Table.Td bg={keep === 'this' ? 'green.0' : undefined} fw={a !== b ? 600 : undefined}>
                        {a}
                      </Table.Td>
                      <Table.Td bg={keep === 'other' ? 'green.0' : undefined} fw={a !== b ? 600 : undefined}>
                        {b}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Radio.Group>
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            {removed.displayName} verdwijnt uit de lijsten; de geschiedenis blijft bewaard. Samenvoegen kan niet ongedaan worden gemaakt.
          </Alert>
          {merge.isError && <ErrorAlert message={merge.error.message} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuleren
            </Button>
            <Button color="orange" loading={merge.isPending} onClick={() => merge.mutate({ keepId: kept.id, mergeId: removed.id })}>
              Samenvoegen
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
