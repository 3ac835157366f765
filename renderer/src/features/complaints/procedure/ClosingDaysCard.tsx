import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contracts, formatDate, type ProcedureSettings } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { errorMessage } from '../../../api/client';
import { DateField } from '../../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';
import { weekday } from './weekday';

const addSchema = contracts['procedure.addClosingDay'].input;
type Values = z.input<typeof addSchema>;

/** Days the office is closed besides the public holidays (the Friday after Hemelvaartsdag …): deadlines skip them. */
export function ClosingDaysCard({ settings }: { settings: ProcedureSettings }) {
  const form = useForm<Values, unknown, z.output<typeof addSchema>>({ resolver: zodResolver(addSchema), defaultValues: { day: '', description: '' } });
  const add = useProcedureMutation('procedure.addClosingDay', {
    onSuccess: (_settings, input) => {
      notifications.show({ color: 'green', message: `Sluitingsdag ${formatDate(input.day)} is toegevoegd.` });
      form.reset({ day: '', description: '' });
    },
    onError: (error) => showServerError(error, form),
  });
  const remove = useProcedureMutation('procedure.removeClosingDay', {
    onError: (error) => notifications.show({ color: 'red', title: 'Verwijderen niet gelukt', message: errorMessage(error) }),
  });
  const days = [...settings.closingDays].sort((a, b) => a.day.localeCompare(b.day));

  return (
    <Card withBorder padding="lg" component="section" aria-label="Sluitingsdagen">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4">
            Sluitingsdagen
          </Title>
          <Text size="sm" c="dimmed">
            Dagen waarop het kantoor dicht is naast de feestdagen, zoals de vrijdag na Hemelvaartsdag. Termijnen slaan ze over.
          </Text>
        </Stack>
        <FormShell onSubmit={form.handleSubmit((values) => add.mutate(values))} aria-label="Sluitingsdag toevoegen">
          <Stack gap="xs">
            <FormAlert form={form} />
            <Group align="flex-start" gap="sm">
              <Controller
                control={form.control}
                name="day"
                render={({ field, fieldState }) => (
                  <DateField label="Datum" required value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} w={180} />
                )}
              />
              <TextInput label="Omschrijving" required placeholder="bijv. Vrijdag na Hemelvaartsdag" {...form.register('description')} error={form.formState.errors.description?.message} style={{ flex: 1 }} />
              <Button type="submit" loading={add.isPending} mt={25}>
                Toevoegen
              </Button>
            </Group>
          </Stack>
        </FormShell>
        {days.length === 0 ? (
          <Text size="sm" c="dimmed">
            Er zijn geen sluitingsdagen ingesteld.
          </Text>
        ) : (
          <Table verticalSpacing={6} aria-label="Sluitingsdagen" maw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>Datum</Table.Th>
                <Table.Th>Omschrijving</Table.Th>
                <Table.Th w={60} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    {weekday(d.day)} {formatDate(d.day)}
                  </Table.Td>
                  <Table.Td>{d.description}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Sluitingsdag ${formatDate(d.day)} verwijderen`}
                      loading={remove.isPending && remove.variables?.id === d.id}
                      onClick={() => remove.mutate({ id: d.id })}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
