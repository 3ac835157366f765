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
}

/** One K15 count (per team, provider, channel …) as bars with their numbers, and as a CSV file. */
export function Breakdown({ title, header, rows, fileName, color = 'servicedesk.6' }: BreakdownProps) {
  const sorted = [...rows].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
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
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed">
            Geen klachten in deze periode.
          </Text>
        ) : (
          <BarsList
            data={sorted.map((r) => ({ name: r.label, value: r.count }))}
            barColor={color}
            barTextColor="white"
            barsLabel={header}
            valueLabel="Aantal"
            valueFormatter={(v) => (total ? `${v} (${Math.round((v / total) * 100)}%)` : String(v))}
            minBarSize={120}
            barHeight={28}
          />
        )}
      </Stack>
    </Card>
  );
}
