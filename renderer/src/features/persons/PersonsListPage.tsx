import { Anchor, Badge, Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PERSON_KIND_LABELS, PERSON_KINDS, PERSON_SORTS, type PersonKind, type PersonListRow } from '../../../../core/contracts';
import { call } from '../../api/client';
import { PATHS } from '../../app/paths';
import { ExportCsvButton } from '../../ui/ExportCsvButton';
import { Page } from '../../ui/Page';
import { formatCount, VirtualTable, type Sort, type VirtualColumn } from '../../ui/VirtualTable';
import { personPath } from '../search/paths';
import { orDash, streetLine } from './format';

const columns: VirtualColumn<PersonListRow>[] = [
  {
    id: 'sortName',
    header: 'Naam',
    width: 'minmax(220px, 2fr)',
    sortable: true,
    render: (p) => (
      <Group gap={6} wrap="nowrap">
        <Anchor component={Link} to={personPath(p.id)} fw={500} size="sm" onClick={(e) => e.stopPropagation()}>
          {p.sortName}
        </Anchor>
        {p.kind === 'organisatie' && (
          <Badge size="xs" variant="light" color="gray" tt="none">
            Organisatie
          </Badge>
        )}
      </Group>
    ),
    text: (p) => p.sortName,
  },
  { id: 'street', header: 'Adres', width: 'minmax(180px, 1.5fr)', render: (p) => orDash(streetLine(p)), text: (p) => streetLine(p) },
  { id: 'postcode', header: 'Postcode', width: '110px', sortable: true, render: (p) => orDash(p.postcode), text: (p) => p.postcode ?? '' },
  { id: 'city', header: 'Plaats', width: 'minmax(120px, 1fr)', sortable: true, render: (p) => orDash(p.city), text: (p) => p.city ?? '' },
  { id: 'phone', header: 'Telefoon', width: '150px', render: (p) => orDash(p.phone), text: (p) => p.phone ?? '' },
  { id: 'email', header: 'E-mail', width: 'minmax(180px, 1.5fr)', render: (p) => orDash(p.email), text: (p) => p.email ?? '' },
];

type PersonSort = (typeof PERSON_SORTS)[number];

export function PersonsListPage() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<PersonKind | null>(null);
  const [sort, setSort] = useState<Sort>({ by: 'sortName', direction: 'asc' });
  const [debouncedText] = useDebouncedValue(text.trim(), 200);
  const filter = useMemo(
    () => ({ text: debouncedText || undefined, kind: kind ?? undefined, sort: sort.by as PersonSort, direction: sort.direction }),
    [debouncedText, kind, sort],
  );

  return (
    <Page
      title="Personen"
      description="Leden, huisgenoten, dienstverleners, contactpersonen en melders."
      actions={
        <Group gap="sm" wrap="nowrap">
          <ExportCsvButton
            name="personen"
            produce={async () => {
              const file = await call('persons.exportCsv', filter);
              return { text: file.text, rows: file.rows, filename: file.filename };
            }}
          />
          <Button component={Link} to={`${PATHS.persons}/nieuw`} leftSection={<IconPlus size={16} />}>
            Nieuwe persoon
          </Button>
        </Group>
      }
    >
      <Group>
        <TextInput
          placeholder="Naam, telefoon, postcode of e-mail"
          aria-label="Zoeken in personen"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={340}
        />
        <Select
          aria-label="Soort"
          placeholder="Personen en organisaties"
          data={PERSON_KINDS.map((k) => ({ value: k, label: PERSON_KIND_LABELS[k] }))}
          value={kind}
          onChange={(v) => setKind(v as PersonKind | null)}
          clearable
          w={240}
        />
      </Group>
      <VirtualTable
        label="Personen"
        columns={columns}
        queryKey={['persons.list', filter]}
        fetchPage={(offset, limit) => call('persons.list', { ...filter, offset, limit })}
        getRowId={(p) => p.id}
        onOpen={(p) => navigate(personPath(p.id))}
        sort={sort}
        onSortChange={setSort}
        emptyText={filter.text || filter.kind ? 'Geen personen gevonden met deze filters.' : 'Er zijn nog geen personen.'}
        countText={(n, capped) => formatCount(n, 'persoon', 'personen', capped)}
      />
    </Page>
  );
}
