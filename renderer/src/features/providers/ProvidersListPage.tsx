import { Anchor, Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  formatDate,
  formatRegion,
  INSURANCE_STATUS_LABELS,
  PROVIDER_TYPE_LABELS,
  PROVIDER_TYPES,
  SCREENING_STATUS_LABELS,
  SCREENING_STATUSES,
  type PROVIDER_SORTS,
  type ProviderRow,
  type ProviderType,
  type ScreeningStatus,
} from '../../../../core/contracts';
import { call } from '../../api/client';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { useCurrentUser } from '../../app/session';
import { csvFromPages, ExportCsvButton } from '../../ui/ExportCsvButton';
import { Page } from '../../ui/Page';
import { formatCount, VirtualTable, type Sort, type VirtualColumn } from '../../ui/VirtualTable';
import { orDash } from '../persons/format';
import { providerPath } from '../search/paths';
import { InsuranceBadge, ProviderTypeBadge, ScreeningBadge } from './badges';
import { CategoriesButton } from './CategoriesDialog';

const columns: VirtualColumn<ProviderRow>[] = [
  {
    id: 'name',
    header: 'Naam',
    width: 'minmax(200px, 2fr)',
    sortable: true,
    render: (p) => (
      <Anchor component={Link} to={providerPath(p.id)} fw={500} size="sm" onClick={(e) => e.stopPropagation()}>
        {p.sortName}
      </Anchor>
    ),
    text: (p) => p.sortName,
  },
  { id: 'type', header: 'Soort', width: '100px', render: (p) => <ProviderTypeBadge type={p.providerType} />, text: (p) => PROVIDER_TYPE_LABELS[p.providerType] },
  { id: 'kvk', csvType: 'code', header: 'KvK-nummer', exportOnly: true, render: (p) => orDash(p.kvkNumber), text: (p) => p.kvkNumber ?? '' },
  { id: 'city', header: 'Plaats', width: 'minmax(110px, 1fr)', render: (p) => orDash(p.city), text: (p) => p.city ?? '' },
  { id: 'phone', csvType: 'code', header: 'Telefoon', width: '130px', render: (p) => orDash(p.phone), text: (p) => p.phone ?? '' },
  { id: 'status', header: 'Screening', width: '190px', sortable: true, render: (p) => <ScreeningBadge status={p.screeningStatus} />, text: (p) => SCREENING_STATUS_LABELS[p.screeningStatus] },
  {
    id: 'insuredUntil',
    header: 'Verzekerd t/m',
    width: '200px',
    sortable: true,
    render: (p) => (
      <Group gap={6} wrap="nowrap">
        <Text size="sm">{p.insuredUntil ? formatDate(p.insuredUntil) : '—'}</Text>
        {p.insurance.status !== 'geldig' && <InsuranceBadge status={p.insurance.status} />}
      </Group>
    ),
    text: (p) => (p.insuredUntil ? formatDate(p.insuredUntil) : INSURANCE_STATUS_LABELS[p.insurance.status]),
  },
  { id: 'categories', header: 'Diensten', width: 'minmax(140px, 1.5fr)', render: (p) => orDash(p.categories.join(', ')), text: (p) => p.categories.join(', ') },
  { id: 'regions', header: 'Werkgebied', exportOnly: true, render: (p) => orDash(p.regions.map(formatRegion).join(', ')), text: (p) => p.regions.map(formatRegion).join(', ') },
];

type ProviderSort = (typeof PROVIDER_SORTS)[number];

export function ProvidersListPage() {
  const navigate = useNavigate();
  const user = useCurrentUser();
  const canManageCategories = user.roles.includes('manager') || user.roles.includes('admin');
  const categories = useProcedure('providers.listCategories', { includeInactive: true });
  const [text, setText] = useState('');
  const [region, setRegion] = useState('');
  const [providerType, setProviderType] = useState<ProviderType | null>(null);
  const [screeningStatus, setScreeningStatus] = useState<ScreeningStatus | null>(null);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort>({ by: 'name', direction: 'asc' });
  const [debouncedText] = useDebouncedValue(text.trim(), 200);
  const [debouncedRegion] = useDebouncedValue(region.trim(), 200);
  const filter = useMemo(
    () => ({
      text: debouncedText || null,
      region: debouncedRegion || null,
      providerType,
      screeningStatus,
      categoryId,
      sort: sort.by as ProviderSort,
      direction: sort.direction,
    }),
    [debouncedText, debouncedRegion, providerType, screeningStatus, categoryId, sort],
  );
  const fetchPage = (offset: number, limit: number) => call('providers.list', { ...filter, offset, limit });
  const filtered = !!(filter.text || filter.region || providerType || screeningStatus || categoryId);

  return (
    <Page
      title="Dienstverleners"
      description="Particulieren en bedrijven, met hun screening, diensten en werkgebied."
      actions={
        <Group gap="sm" wrap="nowrap">
          {canManageCategories && <CategoriesButton />}
          <ExportCsvButton name="dienstverleners" produce={(progress) => csvFromPages(columns, fetchPage, progress)} />
          <Button component={Link} to={`${PATHS.providers}/nieuw`} leftSection={<IconPlus size={16} />}>
            Dienstverlener aanmelden
          </Button>
        </Group>
      }
    >
      <Group gap="sm">
        <TextInput
          placeholder="Naam, KvK-nummer of plaats"
          aria-label="Zoeken in dienstverleners"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={250}
        />
        <Select
          aria-label="Soort"
          placeholder="Alle soorten"
          data={PROVIDER_TYPES.map((t) => ({ value: t, label: PROVIDER_TYPE_LABELS[t] }))}
          value={providerType}
          onChange={(v) => setProviderType(v as ProviderType | null)}
          clearable
          w={150}
        />
        <Select
          aria-label="Screening"
          placeholder="Elke screening"
          data={SCREENING_STATUSES.map((s) => ({ value: s, label: SCREENING_STATUS_LABELS[s] }))}
          value={screeningStatus}
          onChange={(v) => setScreeningStatus(v as ScreeningStatus | null)}
          clearable
          w={210}
        />
        <Select
          aria-label="Dienst"
          placeholder="Alle diensten"
          data={(categories.data ?? []).map((c) => ({ value: c.id, label: c.active ? c.name : `${c.name} (vervallen)` }))}
          value={categoryId}
          onChange={setCategoryId}
          clearable
          searchable
          w={210}
        />
        <TextInput aria-label="Werkgebied" placeholder="Werkgebied: postcode of plaats" value={region} onChange={(e) => setRegion(e.currentTarget.value)} w={220} />
      </Group>
      <VirtualTable
        label="Dienstverleners"
        columns={columns}
        queryKey={['providers.list', filter]}
        fetchPage={fetchPage}
        getRowId={(p) => p.id}
        onOpen={(p) => navigate(providerPath(p.id))}
        sort={sort}
        onSortChange={setSort}
        emptyText={filtered ? 'Geen dienstverleners gevonden met deze filters.' : 'Er zijn nog geen dienstverleners.'}
        countText={(n) => formatCount(n, 'dienstverlener', 'dienstverleners')}
      />
    </Page>
  );
}
