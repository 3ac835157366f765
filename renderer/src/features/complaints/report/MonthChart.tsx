import { BarChart } from '@mantine/charts';
import { Card, Group, Stack, Title } from '@mantine/core';
import { amsterdamDay, type ComplaintReport } from '../../../../../core/contracts';
import { csvFilename, toCsv } from '../../../../../core/contracts/csv';
import { ExportCsvButton } from '../../../ui/ExportCsvButton';

const monthYearFormat = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' });

/** '2026-03' → "mrt 2026", or "mrt" where every month is of one year. */
export function monthLabel(month: string, withYear = true): string {
  return (withYear ? monthYearFormat : monthFormat).format(new Date(`${month.slice(0, 7)}-15T12:00:00Z`)).replace('.', '');
}

/** K15: complaints received and closed per calendar month of the period. */
export function MonthChart({ report, fileName }: { report: ComplaintReport; fileName: string }) {
  const oneYear = report.from.slice(0, 4) === report.to.slice(0, 4);
  const data = report.perMonth.map((m) => ({ month: monthLabel(m.month, !oneYear), Ontvangen: m.received, Afgesloten: m.closed }));
  return (
    <Card withBorder padding="lg" component="section" aria-label="Klachten per maand">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5">
            Klachten per maand
          </Title>
          <ExportCsvButton
            name={fileName}
            produce={async () => ({
              text: toCsv(report.perMonth, [
                { header: 'Maand', value: (m) => monthLabel(m.month) },
                { header: 'Ontvangen', value: (m) => m.received, type: 'number' },
                { header: 'Afgesloten', value: (m) => m.closed, type: 'number' },
              ]),
              rows: report.perMonth.length,
              filename: csvFilename(fileName, amsterdamDay(new Date())),
            })}
          />
        </Group>
        <BarChart
          h={280}
          data={data}
          dataKey="month"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={[
            { name: 'Ontvangen', color: 'servicedesk.6' },
            { name: 'Afgesloten', color: 'teal.5' },
          ]}
          tickLine="y"
          yAxisProps={{ allowDecimals: false }}
        />
      </Stack>
    </Card>
  );
}
