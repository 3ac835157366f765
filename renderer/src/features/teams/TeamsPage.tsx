import { Anchor, Button, Loader } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { Team } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';

const column = createColumnHelper<Team>();

const columns = [
  column.accessor('name', {
    header: 'Team',
    cell: (info) => (
      <Anchor component={Link} to={`${PATHS.teams}/${info.row.original.id}`} fw={500}>
        {info.getValue()}
      </Anchor>
    ),
  }),
  column.accessor((t) => t.description ?? '', { id: 'description', header: 'Omschrijving', cell: (info) => info.getValue() || '—' }),
  column.accessor((t) => t.managerName ?? '', { id: 'manager', header: 'Manager', cell: (info) => info.getValue() || '—' }),
  column.accessor('memberCount', { header: 'Medewerkers' }),
];

export function TeamsPage() {
  const teams = useProcedure('teams.list', {});
  return (
    <Page
      title="Teams"
      description="Iedere medewerker hoort bij een team; ieder team heeft een manager."
      actions={
        <Button component={Link} to={`${PATHS.teams}/nieuw`} leftSection={<IconPlus size={16} />}>
          Team toevoegen
        </Button>
      }
    >
      {teams.isPending && <Loader />}
      {teams.isError && <ErrorAlert message={teams.error.message} />}
      {teams.data && (
        <DataTable
          label="Teams"
          data={teams.data}
          columns={columns}
          initialSort={[{ id: 'name', desc: false }]}
          getRowId={(t) => t.id}
          emptyText="Er zijn nog geen teams. Voeg het eerste team toe."
        />
      )}
    </Page>
  );
}
