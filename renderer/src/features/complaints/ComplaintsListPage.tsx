import { Anchor, Button, Group, Kbd, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  amsterdamDay,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_STATUSES,
  formatDate,
  type ComplaintListRow,
  type ComplaintStatus,
} from '../../../../core/contracts';
import { call } from '../../api/client';
import { PATHS } from '../../app/paths';
import { csvFromPages, ExportCsvButton } from '../../ui/ExportCsvButton';
import { Page } from '../../ui/Page';
import { formatCount, VirtualTable, type VirtualColumn } from '../../ui/VirtualTable';
import { ComplaintStatusBadge, UrgentBadge } from './badges';

export function complaintPath(id: string): string {
  return `${PATHS.complaints}/${id}`;
}

function columns(today: string): VirtualColumn<ComplaintListRow>[] {
  return [
    {
      id: 'dossierNumber',
      header: 'Dossier',
      width: '130px',
      render: (c) => (
        <Anchor component={Link} to={complaintPath(c.id)} fw={500} size="sm" onClick={(e) => e.stopPropagation()}>
          {c.dossierNumber}
        </Anchor>
      ),
      text: (c) => c.dossierNumber,
      csvType: 'code',
    },
    { id: 'kind', header: 'Soort', exportOnly: true, render: (c) => COMPLAINT_KIND_LABELS[c.kind], text: (c) => COMPLAINT_KIND_LABELS[c.kind] },
    { id: 'receivedOn', header: 'Ontvangen', width: '110px', render: (c) => formatDate(c.receivedOn), text: (c) => formatDate(c.receivedOn) },
    { id: 'complainant', header: 'Melder', width: 'minmax(130px, 1.2fr)', render: (c) => c.complainantName, text: (c) => c.complainantName },
    { id: 'concerns', header: 'Betreft', width: 'minmax(130px, 1.2fr)', render: (c) => c.concernsLabel, text: (c) => c.concernsLabel },
    { id: 'status', header: 'Status', width: '120px', render: (c) => <ComplaintStatusBadge status={c.status} />, text: (c) => COMPLAINT_STATUS_LABELS[c.status] },
    { id: 'owner', header: 'Verantwoordelijke', width: 'minmax(150px, 1fr)', render: (c) => c.ownerName ?? '—', text: (c) => c.ownerName ?? '' },
    { id: 'team', header: 'Team', width: 'minmax(100px, 0.8fr)', render: (c) => c.teamName ?? '—', text: (c) => c.teamName ?? '' },
    {
      id: 'nextDueOn',
      header: 'Termijn',
      width: '100px',
      render: (c) =>
        c.nextDueOn ? (
          <Text span size="sm" c={c.nextDueOn < today ? 'red' : undefined} fw={c.nextDueOn < today ? 600 : undefined}>
            {formatDate(c.nextDueOn)}
          </Text>
        ) : (
          '—'
        ),
      text: (c) => (c.nextDueOn ? formatDate(c.nextDueOn) : ''),
    },
    { id: 'urgent', header: 'Urgent', width: '84px', render: (c) => (c.urgent ? <UrgentBadge compact /> : null), text: (c) => (c.urgent ? 'ja' : 'nee') },
  ];
}

type StatusFilter = ComplaintStatus | 'open' | 'alle';
const STATUS_OPTIONS = [
  { value: 'open', label: 'Open (niet afgesloten)' },
  ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: COMPLAINT_STATUS_LABELS[s] })),
  { value: 'alle', label: 'Alle' },
];

/** All complaint dossiers, newest first, 100 at a time from the server; Alt+N records a new one. */
export function ComplaintsListPage() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [debouncedText] = useDebouncedValue(text.trim(), 200);
  const filter = useMemo(() => ({ query: debouncedText || null, status: status === 'alle' ? null : status }), [debouncedText, status]);
  const cols = useMemo(() => columns(amsterdamDay(new Date())), []);
  const fetchPage = (offset: number, limit: number) => call('complaints.list', { ...filter, offset, limit });
  // Also from the search box: the next caller is on the line.
  useHotkeys([['alt+N', () => navigate(PATHS.newComplaint)]], []);

  return (
    <Page
      title="Klachten"
      description={
        <>
          Klachten, claims en opmerkingen (K1). <Kbd size="xs">Alt</Kbd> + <Kbd size="xs">N</Kbd> legt een nieuwe klacht vast.
        </>
      }
      actions={
        <Group gap="sm" wrap="nowrap">
          <ExportCsvButton name="klachten" produce={(progress) => csvFromPages(cols, fetchPage, progress)} />
          <Button component={Link} to={PATHS.newComplaint} leftSection={<IconPlus size={16} />} aria-keyshortcuts="Alt+N">
            Nieuwe klacht
          </Button>
        </Group>
      }
    >
      <Group gap="sm">
        <TextInput
          placeholder="Dossiernummer of naam van de melder"
          aria-label="Zoeken in klachten"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={320}
        />
        <Select aria-label="Status" data={STATUS_OPTIONS} value={status} onChange={(v) => setStatus((v as StatusFilter) ?? 'open')} allowDeselect={false} w={220} />
      </Group>
      <VirtualTable
        label="Klachten"
        columns={cols}
        queryKey={['complaints.list', filter]}
        fetchPage={fetchPage}
        getRowId={(c) => c.id}
        onOpen={(c) => navigate(complaintPath(c.id))}
        emptyText={filter.query || status !== 'alle' ? 'Geen klachten gevonden met deze filters.' : 'Er zijn nog geen klachten vastgelegd.'}
        countText={(n) => formatCount(n, 'klacht', 'klachten')}
      />
    </Page>
  );
}
