import { Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { amsterdamDay, contracts, formatDate, type ComplaintReport } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { Breakdown } from './report/Breakdown';
import { MonthChart } from './report/MonthChart';
import { ReportFigures } from './report/ReportFigures';

const periodSchema = contracts['complaints.report'].input;

function yearPeriod(year: number) {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** K15: what the complaints of a period say, by month, category, cause, channel, team and provider. */
export function ComplaintReportPage() {
  const thisYear = Number(amsterdamDay(new Date()).slice(0, 4));
  const [period, setPeriod] = useState(() => yearPeriod(thisYear));
  const parsed = periodSchema.safeParse(period);
  const fieldError = (field: 'from' | 'to') => (parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === field)?.message);
  const report = useProcedure('complaints.report', period, { enabled: parsed.success, placeholderData: keepPreviousData });
  const data = parsed.success ? report.data : undefined;
  const span = `${period.from} tot ${period.to}`;

  return (
    <Page title="Klachtenrapportage" description="K15: klachten zijn een kans om te verbeteren. Geteld op ontvangstdatum.">
      <Card withBorder padding="md">
        <Group align="flex-start" gap="md">
          <DateField label="Van" value={period.from || null} onChange={(v) => setPeriod((p) => ({ ...p, from: v ?? '' }))} error={fieldError('from')} w={170} clearable={false} />
          <DateField label="Tot en met" value={period.to || null} onChange={(v) => setPeriod((p) => ({ ...p, to: v ?? '' }))} error={fieldError('to')} w={170} clearable={false} />
          <Group gap="xs" mt={25}>
            <Button variant="default" onClick={() => setPeriod(yearPeriod(thisYear))}>
              Dit jaar
            </Button>
            <Button variant="default" onClick={() => setPeriod(yearPeriod(thisYear - 1))}>
              Vorig jaar
            </Button>
          </Group>
        </Group>
      </Card>
      {report.isPending && parsed.success && <Loader />}
      {report.isError && <ErrorAlert message={report.error.message} />}
      {data && (
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {formatDate(data.from)} tot en met {formatDate(data.to)}
          </Text>
          <ReportFigures report={data} />
          <MonthChart report={data} fileName={`klachten per maand ${span}`} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Breakdown title="Per categorie" header="Categorie" rows={data.perCategory} fileName={`klachten per categorie ${span}`} />
            <Breakdown title="Per oorzaak" header="Oorzaak" rows={data.perCause} fileName={`klachten per oorzaak ${span}`} color="grape.6" />
            <Breakdown title="Per kanaal" header="Kanaal" rows={data.perChannel} fileName={`klachten per kanaal ${span}`} color="cyan.6" />
            <Breakdown title="Per team" header="Team" rows={data.perTeam} fileName={`klachten per team ${span}`} color="teal.6" />
            <Breakdown title="Per dienstverlener" header="Dienstverlener" rows={data.perProvider} fileName={`klachten per dienstverlener ${span}`} color="orange.6" emptyText="Geen klachten over een dienstverlener in deze periode." />
            <AppealOutcomes report={data} />
          </SimpleGrid>
        </Stack>
      )}
    </Page>
  );
}

function AppealOutcomes({ report }: { report: ComplaintReport }) {
  const { appeals } = report;
  return (
    <Card withBorder padding="lg" component="section" aria-label="Bezwaren">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Bezwaren (K11–K13)
        </Title>
        <Table verticalSpacing={4} aria-label="Bezwaren naar uitkomst">
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>Ingediend</Table.Td>
              <Table.Td ta="right">{appeals.total}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>Waarvan te laat</Table.Td>
              <Table.Td ta="right">{appeals.late}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>Nog zonder uitspraak</Table.Td>
              <Table.Td ta="right">{appeals.open}</Table.Td>
            </Table.Tr>
            {appeals.perOutcome.map((o) => (
              <Table.Tr key={o.key}>
                <Table.Td>Uitspraak: {o.label}</Table.Td>
                <Table.Td ta="right">{o.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
