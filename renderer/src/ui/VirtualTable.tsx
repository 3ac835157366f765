import { Box, Group, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CsvType } from '../../../core/contracts/csv';
import { ErrorAlert } from './form';

export interface VirtualColumn<T> {
  id: string;
  header: string;
  /** A CSS grid track: '160px', 'minmax(200px, 2fr)'. */
  width?: string;
  /** Sorted by the server; the id is what the procedure's `sort` expects. */
  sortable?: boolean;
  render: (row: T) => ReactNode;
  /** The cell as plain text, for the CSV export. */
  text?: (row: T) => string;
  /** `code` keeps phone and member numbers as text in Excel (core/contracts/csv.ts). */
  csvType?: CsvType;
  /** Only in the export: too wide or too rarely needed for the screen. */
  exportOnly?: boolean;
}

export interface PageResult<T> {
  rows: T[];
  total: number;
  /** A text filter matched more than `total`: only the first `total` can be scrolled to. */
  totalCapped?: boolean;
}

export interface Sort {
  by: string;
  direction: 'asc' | 'desc';
}

interface VirtualTableProps<T> {
  label: string;
  columns: VirtualColumn<T>[];
  /** Names the filter and sort: when it changes, the list starts again at the top. */
  queryKey: readonly unknown[];
  fetchPage: (offset: number, limit: number) => Promise<PageResult<T>>;
  getRowId: (row: T) => string;
  onOpen: (row: T) => void;
  sort?: Sort | null;
  onSortChange?: (sort: Sort) => void;
  emptyText: string;
  /** "12.345 leden"; `capped`: more matched than the list holds (see PageResult). */
  countText?: (total: number, capped: boolean) => string;
  height?: string;
}

/** Rows per request: a screen shows about 20, so one request covers several screens of scrolling. */
const BLOCK = 100;
const ROW_HEIGHT = 44;
const count = new Intl.NumberFormat('nl-NL');

/**
 * A list of any length: only the rows in view are drawn and only their blocks are fetched, so 100,000
 * members scroll as smoothly as 10. Sorting and filtering happen on the server. Keyboard: the arrow
 * keys, Page Up/Down, Home/End move through the rows, Enter opens one.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { label, columns: allColumns, queryKey, fetchPage, getRowId, onOpen, sort, onSortChange, emptyText, countText, height = 'calc(100vh - 330px)' } = props;
  const columns = allColumns.filter((c) => !c.exportOnly);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const keyText = JSON.stringify(queryKey);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstBlock = Math.floor((items[0]?.index ?? 0) / BLOCK);
  const lastBlock = Math.floor((items.at(-1)?.index ?? 0) / BLOCK);
  const blockNumbers: number[] = [];
  for (let b = firstBlock; b <= lastBlock; b++) blockNumbers.push(b);

  const blocks = useQueries({
    queries: blockNumbers.map((block) => ({
      queryKey: [...queryKey, 'block', block],
      queryFn: () => fetchPage(block * BLOCK, BLOCK),
      // The first block keeps showing the previous filter's rows until the new ones are in: no flash of empty.
      placeholderData: block === 0 ? keepPreviousData : undefined,
    })),
  });
  const blockByNumber = new Map(blockNumbers.map((b, i) => [b, blocks[i]!]));
  const latestTotal = blocks.find((b) => b.data)?.data?.total;
  const capped = blocks.some((b) => b.data?.totalCapped);
  const error = blocks.find((b) => b.error)?.error;

  useEffect(() => {
    if (latestTotal !== undefined) setTotal(latestTotal);
  }, [latestTotal]);

  // A new filter or sort starts at the top.
  useEffect(() => {
    setActive(0);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [keyText]);

  function rowAt(index: number): T | undefined {
    const block = blockByNumber.get(Math.floor(index / BLOCK));
    return block?.data?.rows[index % BLOCK];
  }

  function move(to: number) {
    if (!total) return;
    const next = Math.max(0, Math.min(total - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move((total ?? 1) - 1),
      Enter: () => {
        const row = rowAt(active);
        if (row) onOpen(row);
      },
    };
    const action = keys[event.key];
    // Enter on a link inside a row is the link's own business.
    if (!action || (event.key === 'Enter' && event.target !== event.currentTarget)) return;
    event.preventDefault();
    action();
  }

  const template = columns.map((c) => c.width ?? 'minmax(120px, 1fr)').join(' ');
  const activeRow = total ? rowAt(active) : undefined;

  return (
    <Box>
      {error && <ErrorAlert message={error.message} />}
      <Box
        ref={scrollRef}
        role="table"
        aria-label={label}
        aria-rowcount={(total ?? 0) + 1}
        aria-activedescendant={activeRow ? `row-${getRowId(activeRow)}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="sd-virtual-table"
        style={{ height, overflow: 'auto', background: 'white', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
      >
        <div role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-gray-0)' }}>
          <div role="row" aria-rowindex={1} style={{ display: 'grid', gridTemplateColumns: template, borderBottom: '1px solid var(--mantine-color-gray-3)', minWidth: 'fit-content' }}>
            {columns.map((column) => (
              <HeaderCell key={column.id} column={column} sort={sort} onSortChange={onSortChange} />
            ))}
          </div>
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const isActive = item.index === active;
            return (
              <div
                key={row ? getRowId(row) : `loading-${item.index}`}
                id={row ? `row-${getRowId(row)}` : undefined}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={isActive}
                onClick={() => {
                  setActive(item.index);
                  if (row) onOpen(row);
                }}
                className="sd-virtual-row"
                data-active={isActive || undefined}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  minWidth: '100%',
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: template,
                  alignItems: 'center',
                  cursor: row ? 'pointer' : undefined,
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                }}
              >
                {columns.map((column) => (
                  <div key={column.id} role="cell" title={row && column.text ? column.text(row) || undefined : undefined} style={{ padding: '0 12px', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', fontSize: 'var(--mantine-font-size-sm)' }}>
                    {row ? column.render(row) : <Skeleton height={12} width="70%" />}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
        {total === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            {emptyText}
          </Text>
        )}
      </Box>
      {countText && total !== null && (
        <Text size="sm" c="dimmed" mt={6} data-testid="list-count">
          {countText(total, capped)}
        </Text>
      )}
    </Box>
  );
}

function HeaderCell<T>({ column, sort, onSortChange }: { column: VirtualColumn<T>; sort?: Sort | null; onSortChange?: (sort: Sort) => void }) {
  const sorted = sort?.by === column.id ? sort.direction : null;
  const canSort = column.sortable && onSortChange;
  return (
    <div
      role="columnheader"
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
      style={{ padding: '10px 12px', fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', whiteSpace: 'nowrap' }}
    >
      {canSort ? (
        <UnstyledButton
          fw={600}
          fz="sm"
          onClick={() => onSortChange({ by: column.id, direction: sorted === 'asc' ? 'desc' : 'asc' })}
        >
          <Group gap={4} wrap="nowrap">
            {column.header}
            {sorted === 'asc' ? <IconSortAscending size={14} /> : sorted === 'desc' ? <IconSortDescending size={14} /> : <IconArrowsSort size={14} opacity={0.4} />}
          </Group>
        </UnstyledButton>
      ) : (
        column.header
      )}
    </div>
  );
}

/** "1 lid", "12.345 leden", "10.000+ personen; verfijn de zoekterm". */
export function formatCount(n: number, one: string, many: string, capped = false): string {
  if (capped) return `Meer dan ${count.format(n)} ${many}; verfijn de zoekterm om de rest te zien`;
  return `${count.format(n)} ${n === 1 ? one : many}`;
}
