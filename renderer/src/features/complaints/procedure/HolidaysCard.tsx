import { Card, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../../../../../core/contracts';
import { useProcedure } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/form';
import { weekday } from './weekday';

/** The year's days off as the calendar counts them now: public holidays, the choices above and the closing days. */
export function HolidaysCard() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const days = useProcedure('procedure.holidays', { year });
  return (
    <Card withBorder padding="lg" component="section" aria-label="Vrije dagen">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h4">
              Vrije dagen {year}
            </Title>
            <Text size="sm" c="dimmed">
              Zo rekent de agenda nu: feestdagen, de keuzes hierboven en de sluitingsdagen. Alleen ter controle.
            </Text>
          </Stack>
          <SegmentedControl
            size="xs"
            aria-label="Jaar"
            value={String(year)}
            onChange={(v) => setYear(Number(v))}
            data={[thisYear, thisYear + 1].map((y) => ({ value: String(y), label: String(y) }))}
          />
        </Group>
        {days.isPending && <Loader size="sm" />}
        {days.isError && <ErrorAlert message={days.error.message} />}
        {days.data && (
          <Table verticalSpacing={4} aria-label={`Vrije dagen ${year}`} maw={640}>
            <Table.Tbody>
              {days.data.map((d) => (
                <Table.Tr key={`${d.day}-${d.name}`}>
                  <Table.Td w={180}>
                    {weekday(d.day)} {formatDate(d.day)}
                  </Table.Td>
                  <Table.Td>{d.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
