import { Anchor, Button, Group, Loader, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { StaffMember } from '../../../../core/contracts';
import { ROLE_LABELS } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { RoleBadges, STATUS_LABELS, StatusBadge, staffStatus } from '../../ui/badges';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';

const column = createColumnHelper<StaffMember>();

const columns = [
  column.accessor('name', {
    header: 'Naam',
    cell: (info) => (
      <Anchor component={Link} to={`${PATHS.staff}/${info.row.original.id}`} fw={500}>
        {info.getValue()}
      </Anchor>
    ),
  }),
  column.accessor('username', { header: 'Gebruikersnaam' }),
  column.accessor((s) => s.teamName ?? '', { id: 'team', header: 'Team', cell: (info) => info.getValue() || '—' }),
  column.accessor((s) => s.roles.map((r) => ROLE_LABELS[r]).join(', '), {
    id: 'roles',
    header: 'Rollen',
    cell: (info) => <RoleBadges roles={info.row.original.roles} />,
  }),
  column.accessor((s) => STATUS_LABELS[staffStatus(s)], {
    id: 'status',
    header: 'Status',
    cell: (info) => <StatusBadge member={info.row.original} />,
  }),
];

export function StaffListPage() {
  const staff = useProcedure('staff.list', { includeInactive: true });
  const [search, setSearch] = useState('');
  const visible = useMemo(() => {
    const needle = search.trim().toLowerCase();
    if (!needle) return staff.data ?? [];
    return (staff.data ?? []).filter((s) => `${s.name} ${s.username} ${s.teamName ?? ''}`.toLowerCase().includes(needle));
  }, [staff.data, search]);

  return (
    <Page
      title="Medewerkers"
      description="Iedereen die zich bij de Servicedesk aanmeldt. Medewerkers worden nooit verwijderd, alleen gedeactiveerd."
      actions={
        <Button component={Link} to={`${PATHS.staff}/nieuw`} leftSection={<IconPlus size={16} />}>
          Medewerker toevoegen
        </Button>
      }
    >
      <Group>
        <TextInput
          placeholder="Zoeken op naam, gebruikersnaam of team"
          aria-label="Zoeken"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={360}
        />
      </Group>
      {staff.isPending && <Loader />}
      {staff.isError && <ErrorAlert message={staff.error.message} />}
      {staff.data && (
        <DataTable
          label="Medewerkers"
          data={visible}
          columns={columns}
          initialSort={[{ id: 'name', desc: false }]}
          getRowId={(s) => s.id}
          emptyText={search ? 'Geen medewerkers gevonden.' : 'Er zijn nog geen medewerkers.'}
        />
      )}
    </Page>
  );
}
