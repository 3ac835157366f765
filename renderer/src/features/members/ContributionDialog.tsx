import { Button, Group, Loader, Modal, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCoins } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { formatMoney } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';

/** L1: the contribution per calendar year is a setting; administrators set next year's amount here. */
export function ContributionButton() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconCoins size={16} />} onClick={() => setOpened(true)}>
        Contributie
      </Button>
      {opened && <ContributionDialog onClose={() => setOpened(false)} />}
    </>
  );
}

function ContributionDialog({ onClose }: { onClose: () => void }) {
  const rates = useProcedure('members.getContributionRates', {});
  const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));
  const [year, setYear] = useState<number | string>(thisYear + 1);
  const [euros, setEuros] = useState<number | string>('');
  const save = useProcedureMutation('members.setContributionRate', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: `De contributie voor ${year} is vastgelegd.` });
      setEuros('');
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ year: Number(year), amountCents: Math.round(Number(euros) * 100) });
  }

  return (
    <Modal opened onClose={onClose} title="Contributie per kalenderjaar">
      <Stack gap="md">
        {rates.isPending && <Loader size="sm" />}
        {rates.data && (
          <>
            <Text size="sm" c="dimmed">
              Zonder bedrag voor een jaar geldt het standaardbedrag van {formatMoney(rates.data.defaultCents)}.
            </Text>
            <Table aria-label="Contributie per jaar" verticalSpacing={4}>
              <Table.Tbody>
                {rates.data.rates.map((r) => (
                  <Table.Tr key={r.year}>
                    <Table.Td>{r.year}</Table.Td>
                    <Table.Td ta="right">{formatMoney(r.amountCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        <form onSubmit={submit} aria-label="Contributie vastleggen">
          <Group align="flex-end" gap="sm">
            <NumberInput label="Jaar" value={year} onChange={setYear} min={2000} max={2100} allowDecimal={false} thousandSeparator="" w={100} data-autofocus />
            <NumberInput label="Bedrag" value={euros} onChange={setEuros} min={0} decimalScale={2} fixedDecimalScale decimalSeparator="," thousandSeparator="." prefix="€ " w={160} />
            <Button type="submit" loading={save.isPending} disabled={euros === ''}>
              Vastleggen
            </Button>
          </Group>
        </form>
        {save.isError && <ErrorAlert message={save.error.message} />}
      </Stack>
    </Modal>
  );
}
