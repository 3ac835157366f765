import { BarsList } from '@mantine/charts';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { amsterdamDay } from '../../../../../core/contracts';
import { csvFilename, toCsv } from '../../../../../core/contracts/csv';
import { ExportCsvButton } from '../../../ui/ExportCsvButton';

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

interface BreakdownProps {
  title: string;
  /** The first column's header in the CSV: "Team", "Kanaal" … */
  header: string;
  rows: CountRow[];
  /** For the file name: "klachten per team 2026-01-01 tot 2026-12-31". */
  fileName: string;
  color?: string;
  emptyText?: string;
}

/** One K15 count (per team, provider, channel …) as bars with their numbers, and as a CSV file. */
export function Breakdown({ title, header, rows, fileName, color = 'servicedesk.6', emptyText = 'Geen klachten in deze periode.' }: BreakdownProps) {
  const sorted = [...rows].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  // A bar for nothing looks like something: rows without complaints are named below the bars.
  const counted = sorted.filter((r) => r.count > 0);
  const none = sorted.filter((r) => r.count === 0);
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5">
            {title}
          </Title>
          <ExportCsvButton
            name={fileName}
            produce={async () => ({
              text: toCsv(sorted, [
                { header, value: (r) => r.label },
                { header: 'Aantal', value: (r) => r.count, type: 'number' },
              ]),
              rows: sorted.length,
              filename: csvFilename(fileName, amsterdamDay(new Date())),
            })}
          />
        </Group>
        {counted.length === 0 ? (
          <Text size="sm" c="dimmed">
            {emptyText}
          </Text>
        ) : (
          <BarsList
            data={counted.map((r) => ({ name: r.label, value: r.count }))}
            barColor={color}
            barTextColor="white"
            barsLabel={header}
            valueLabel="Aantal"
            valueFormatter={(v) => (total ? `${v} (${Math.round((v / total) * 100)}%)` : String(v))}
            minBarSize={120}
            barHeight={28}
          />
        )}
        {counted.length > 0 && none.length > 0 && (
          <Text size="xs" c="dimmed">
            Geen klachten: {none.map((r) => r.label).join(', ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
