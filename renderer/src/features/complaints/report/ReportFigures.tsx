import { Card, SimpleGrid, Text } from '@mantine/core';
import type { ComplaintReport } from '../../../../../core/contracts';

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** The period's totals at a glance. */
export function ReportFigures({ report }: { report: ComplaintReport }) {
  const figures: Array<{ label: string; value: string; note?: string; warn?: boolean }> = [
    { label: 'Ontvangen', value: String(report.total) },
    { label: 'Afgesloten', value: String(report.closed) },
    {
      label: 'Gemiddelde behandelduur',
      value: report.averageHandlingDays === null ? '—' : `${decimal.format(report.averageHandlingDays)} dagen`,
      note: 'van ontvangst tot afsluiten',
    },
    { label: 'Antwoord te laat (K10)', value: String(report.lateAnswers), note: 'na zes weken beantwoord', warn: report.lateAnswers > 0 },
    { label: 'Eerste gesprek te laat (K8)', value: String(report.lateFirstCalls), note: 'niet op de dag van doorsturen', warn: report.lateFirstCalls > 0 },
    {
      label: 'Bezwaren (K11)',
      value: String(report.appeals.total),
      note: `${report.appeals.late} te laat ingediend · ${report.appeals.open} nog open`,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" role="list" aria-label="Kerncijfers">
      {figures.map((f) => (
        <Card key={f.label} withBorder padding="md" role="listitem" aria-label={`${f.label}: ${f.value}`}>
          <Text size="xs" c="dimmed" fw={500}>
            {f.label}
          </Text>
          <Text size="xl" fw={700} c={f.warn ? 'red.7' : undefined}>
            {f.value}
          </Text>
          {f.note && (
            <Text size="xs" c="dimmed">
              {f.note}
            </Text>
          )}
        </Card>
      ))}
    </SimpleGrid>
  );
}
