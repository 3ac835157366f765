import { Button, Card, Group, Loader, Select, SimpleGrid, Text } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { tableLabel, type ProcedureOutput } from '../../../../core/contracts';
import { call, type ApiError } from '../../api/client';
import { useProcedure } from '../../api/queries';
import { useNameLookup } from '../../ui/auditFormat';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { AuditTable } from './AuditTable';

interface Filter {
  userId: string | null;
  tableName: string | null;
  from: string | null;
  to: string | null;
}

const PAGE_SIZE = 50;

/** S3: the whole audit trail, newest first, to read only; filters narrow it down at once. */
export function AuditPage() {
  const [filter, setFilter] = useState<Filter>({ userId: null, tableName: null, from: null, to: null });
  const staff = useProcedure('staff.options', {});
  const tables = useProcedure('audit.tables', {});
  const lookup = useNameLookup();
  const periodError = filter.from && filter.to && filter.from > filter.to ? 'De einddatum ligt vóór de begindatum' : null;

  const entries = useInfiniteQuery<ProcedureOutput<'audit.search'>, ApiError>({
    queryKey: ['audit.search', filter],
    queryFn: ({ pageParam }) => call('audit.search', { ...filter, before: pageParam as number | null, limit: PAGE_SIZE }),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    enabled: !periodError,
    // Keep the old rows on screen while a new filter loads, instead of a flash of nothing.
    placeholderData: keepPreviousData,
  });
  const rows = entries.data?.pages.flatMap((p) => p.entries) ?? [];
  const set = (patch: Partial<Filter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <Page title="Audittrail" description="Elke wijziging: wie, wanneer, welk gegeven, oude en nieuwe waarde. Niemand kan de audittrail wijzigen.">
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Select
            label="Persoon"
            placeholder="Iedereen"
            data={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={filter.userId}
            onChange={(userId) => set({ userId })}
            clearable
            searchable
            nothingFoundMessage="Niemand gevonden"
          />
          <Select
            label="Onderdeel"
            placeholder="Alles"
            data={(tables.data ?? []).map((t) => ({ value: t, label: tableLabel(t) }))}
            value={filter.tableName}
            onChange={(tableName) => set({ tableName })}
            clearable
          />
          <DateField label="Van" value={filter.from} onChange={(from) => set({ from })} />
          <DateField label="Tot en met" value={filter.to} onChange={(to) => set({ to })} error={periodError} />
        </SimpleGrid>
      </Card>
      {entries.isError && <ErrorAlert message={entries.error.message} />}
      {entries.isPending && !periodError && <Loader />}
      {entries.data && <AuditTable entries={rows} lookup={lookup} />}
      {entries.data && rows.length > 0 && (
        <Group justify="center">
          {entries.hasNextPage ? (
            <Button variant="default" onClick={() => void entries.fetchNextPage()} loading={entries.isFetchingNextPage}>
              Meer laden
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              Alle wijzigingen met deze filters worden getoond.
            </Text>
          )}
        </Group>
      )}
    </Page>
  );
}
