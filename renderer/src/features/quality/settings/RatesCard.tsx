import { Alert, Button, Card, Group, Loader, NumberInput, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { Controller, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { contributionRateInput, formatMoney, type ProcedureInput } from '../../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../../api/queries';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../../ui/form';
import { numberOrUndefined } from './values';

/** What a person types: euros and percentages; the contract holds cents and basis points. */
interface RateValues {
  year?: number;
  euros?: number;
  vatPercent?: number;
  discountPercent?: number;
}
type RateInput = ProcedureInput<'quality.setRate'>;

const FIELD_OF: Record<string, keyof RateValues> = { year: 'year', amountCents: 'euros', vatBasisPoints: 'vatPercent', discountBasisPoints: 'discountPercent' };
const cents = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 100));

function toInput(v: RateValues): Record<string, unknown> {
  return { year: v.year, amountCents: cents(v.euros), vatBasisPoints: cents(v.vatPercent), discountBasisPoints: cents(v.discountPercent) };
}

/** The contract checks the converted values; its Dutch messages go back to the fields as typed. */
const rateResolver: Resolver<RateValues, unknown, RateInput> = async (values) => {
  const parsed = contributionRateInput.safeParse(toInput(values));
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: FieldErrors<RateValues> = {};
  for (const issue of parsed.error.issues) {
    const field = FIELD_OF[String(issue.path[0])];
    if (field && !errors[field]) errors[field] = { type: 'custom', message: issue.message };
  }
  return { values: {}, errors };
};

/** Q7: contribution, BTW and the Zelfstandigen Bouw discount per year; a year without its own rate uses the last earlier one. */
export function RatesCard() {
  const rates = useProcedure('quality.rates', {});
  const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));
  const form = useForm<RateValues, unknown, RateInput>({ resolver: rateResolver, defaultValues: { year: thisYear + 1, euros: 235, vatPercent: 21, discountPercent: 10 } });
  const save = useProcedureMutation('quality.setRate', {
    onSuccess: (_, input) => notifications.show({ color: 'green', message: `De contributie voor ${input.year} is vastgelegd.` }),
    onError: (error) => {
      // Field messages of the contract (amountCents …) belong at the fields as typed (euros …).
      for (const [path, message] of Object.entries(error.fields)) {
        const field = FIELD_OF[path];
        if (field) form.setError(field, { type: 'server', message });
      }
      if (Object.keys(error.fields).length === 0) showServerError(error, form);
    },
  });
  const sorted = [...(rates.data ?? [])].sort((a, b) => b.year - a.year);

  function edit(rate: (typeof sorted)[number]) {
    form.reset({ year: rate.year, euros: rate.amountCents / 100, vatPercent: rate.vatBasisPoints / 100, discountPercent: rate.discountBasisPoints / 100 });
  }

  return (
    <Card withBorder padding="lg" component="section" aria-label="Contributie per jaar">
      <Stack gap="md">
        <Title order={2} size="h4">
          Contributie per jaar (Q7)
        </Title>
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} p="sm">
          Het reglement noemt € 235,- exclusief btw vanaf 1 januari 2016 en een korting voor leden van Zelfstandigen Bouw, maar niet hoe groot die korting is: vul die hier in.
        </Alert>
        {rates.isPending && <Loader size="sm" />}
        {rates.isError && <ErrorAlert message={rates.error.message} />}
        {sorted.length > 0 && (
          <Table verticalSpacing={4} highlightOnHover aria-label="Contributie per jaar" maw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Jaar</Table.Th>
                <Table.Th ta="right">Contributie excl. btw</Table.Th>
                <Table.Th ta="right">BTW</Table.Th>
                <Table.Th ta="right">Korting Zelfstandigen Bouw</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <UnstyledButton onClick={() => edit(r)} aria-label={`Contributie ${r.year} wijzigen`} fw={600} fz="sm" c="blue.7">
                      {r.year}
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(r.amountCents)}</Table.Td>
                  <Table.Td ta="right">{formatPercent(r.vatBasisPoints)}</Table.Td>
                  <Table.Td ta="right">{formatPercent(r.discountBasisPoints)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <FormShell onSubmit={form.handleSubmit((v) => save.mutate(v))} aria-label="Contributie instellen">
          <Stack gap="sm">
            <FormAlert form={form} />
            <Group align="flex-start" gap="sm">
              <Controller
                control={form.control}
                name="year"
                render={({ field, fieldState }) => (
                  <NumberInput label="Jaar" value={field.value ?? ''} onChange={(v) => field.onChange(numberOrUndefined(v))} error={fieldState.error?.message} allowDecimal={false} thousandSeparator="" w={110} />
                )}
              />
              <Controller
                control={form.control}
                name="euros"
                render={({ field, fieldState }) => (
                  <NumberInput
                    label="Contributie excl. btw"
                    value={field.value ?? ''}
                    onChange={(v) => field.onChange(numberOrUndefined(v))}
                    error={fieldState.error?.message}
                    min={0}
                    decimalScale={2}
                    fixedDecimalScale
                    decimalSeparator=","
                    thousandSeparator="."
                    prefix="€ "
                    w={180}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="vatPercent"
                render={({ field, fieldState }) => (
                  <NumberInput label="BTW" value={field.value ?? ''} onChange={(v) => field.onChange(numberOrUndefined(v))} error={fieldState.error?.message} min={0} max={100} decimalScale={2} decimalSeparator="," suffix=" %" w={110} />
                )}
              />
              <Controller
                control={form.control}
                name="discountPercent"
                render={({ field, fieldState }) => (
                  <NumberInput
                    label="Korting Zelfstandigen Bouw"
                    value={field.value ?? ''}
                    onChange={(v) => field.onChange(numberOrUndefined(v))}
                    error={fieldState.error?.message}
                    min={0}
                    max={100}
                    decimalScale={2}
                    decimalSeparator=","
                    suffix=" %"
                    w={240}
                  />
                )}
              />
              <Button type="submit" mt={25} loading={save.isPending}>
                Vastleggen
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              Klik op een jaar om het te wijzigen. Een jaar zonder eigen bedrag gebruikt dat van het laatste eerdere jaar.
            </Text>
          </Stack>
        </FormShell>
      </Stack>
    </Card>
  );
}

function formatPercent(basisPoints: number): string {
  return `${(basisPoints / 100).toLocaleString('nl-NL', { maximumFractionDigits: 2 })}%`;
}
