import { Anchor, Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDate, MEMBER_STATUS_LABELS, MEMBER_STATUSES, type MEMBER_SORTS, type MemberListRow, type MemberStatus } from '../../../../core/contracts';
import { call } from '../../api/client';
import { PATHS } from '../../app/paths';
import { useHasRole } from '../../app/session';
import { csvFromPages, ExportCsvButton } from '../../ui/ExportCsvButton';
import { Page } from '../../ui/Page';
import { formatCount, VirtualTable, type Sort, type VirtualColumn } from '../../ui/VirtualTable';
import { orDash } from '../persons/format';
import { memberPath } from '../search/paths';
import { MemberStatusBadge } from './badges';
import { ContributionButton } from './ContributionDialog';

const columns: VirtualColumn<MemberListRow>[] = [
  {
    id: 'membershipNumber',
    header: 'Lidnummer',
    width: '130px',
    sortable: true,
    render: (m) => (
      <Anchor component={Link} to={memberPath(m.id)} fw={500} size="sm" onClick={(e) => e.stopPropagation()}>
        {m.membershipNumber}
      </Anchor>
    ),
    text: (m) => m.membershipNumber,
  },
  { id: 'sortName', header: 'Naam', width: 'minmax(200px, 1.5fr)', sortable: true, render: (m) => m.sortName, text: (m) => m.sortName },
  { id: 'address', header: 'Adres', width: 'minmax(240px, 2fr)', render: (m) => orDash(m.addressLine), text: (m) => m.addressLine ?? '' },
  { id: 'startDate', header: 'Lid sinds', width: '120px', sortable: true, render: (m) => formatDate(m.startDate), text: (m) => formatDate(m.startDate) },
  { id: 'endDate', header: 'Einddatum', width: '120px', render: (m) => (m.endDate ? formatDate(m.endDate) : '—'), text: (m) => (m.endDate ? formatDate(m.endDate) : '') },
  { id: 'status', header: 'Status', width: '120px', render: (m) => <MemberStatusBadge status={m.status} />, text: (m) => MEMBER_STATUS_LABELS[m.status] },
];

type MemberSort = (typeof MEMBER_SORTS)[number];
const ALL = 'alle';

export function MembersListPage() {
  const navigate = useNavigate();
  const isAdmin = useHasRole('admin');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<MemberStatus | null>('actief');
  const [sort, setSort] = useState<Sort>({ by: 'membershipNumber', direction: 'asc' });
  const [debouncedText] = useDebouncedValue(text.trim(), 200);
  const filter = useMemo(
    () => ({ text: debouncedText || undefined, status: status ?? undefined, sort: sort.by as MemberSort, direction: sort.direction }),
    [debouncedText, status, sort],
  );
  const fetchPage = (offset: number, limit: number) => call('members.list', { ...filter, offset, limit });

  return (
    <Page
      title="Leden"
      description="Een lidmaatschap geldt voor het hele huishouden."
      actions={
        <Group gap="sm" wrap="nowrap">
          {isAdmin && <ContributionButton />}
          <ExportCsvButton name="leden" produce={(progress) => csvFromPages(columns, fetchPage, progress)} />
          <Button component={Link} to={`${PATHS.members}/nieuw`} leftSection={<IconPlus size={16} />}>
            Lid inschrijven
          </Button>
        </Group>
      }
    >
      <Group gap="sm">
        <TextInput
          placeholder="Naam of lidnummer"
          aria-label="Zoeken in leden"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={300}
        />
        <SegmentedControl
          aria-label="Status"
          data={[...MEMBER_STATUSES.map((s) => ({ value: s, label: MEMBER_STATUS_LABELS[s] })), { value: ALL, label: 'Alle' }]}
          value={status ?? ALL}
          onChange={(v) => setStatus(v === ALL ? null : (v as MemberStatus))}
        />
      </Group>
      <VirtualTable
        label="Leden"
        columns={columns}
        queryKey={['members.list', filter]}
        fetchPage={fetchPage}
        getRowId={(m) => m.id}
        onOpen={(m) => navigate(memberPath(m.id))}
        sort={sort}
        onSortChange={setSort}
        emptyText={filter.text || filter.status ? 'Geen leden gevonden met deze filters.' : 'Er zijn nog geen leden.'}
        countText={(n) => formatCount(n, 'lid', 'leden')}
      />
    </Page>
  );
}
