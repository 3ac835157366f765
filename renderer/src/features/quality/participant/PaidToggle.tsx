import { Group, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { amsterdamDay, formatDate } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { DateField } from '../../../ui/DateField';

interface PaidToggleProps {
  contribution: { id: string; year: number; paidOn: string | null };
  disabled?: boolean;
  /** Who paid, for the switch's accessible name on the contributions page. */
  payer?: string;
}

/** Q7: paid or not, with the day it was paid (today unless another day is chosen first). */
export function PaidToggle({ contribution: c, disabled, payer }: PaidToggleProps) {
  const [paidOn, setPaidOn] = useState<string | null>(amsterdamDay(new Date()));
  const save = useProcedureMutation('quality.setContributionPaid', {
    onSuccess: (_, input) =>
      notifications.show({ color: 'green', message: input.paidOn ? `Contributie ${c.year} betaald op ${formatDate(input.paidOn)}.` : `Contributie ${c.year} staat weer open.` }),
    onError: (error) => notifications.show({ color: 'red', title: 'Niet opgeslagen', message: error.message }),
  });
  const label = payer ? `Betaald: ${payer} ${c.year}` : `Betaald ${c.year}`;
  return (
    <Group gap="xs" wrap="nowrap">
      <Switch
        aria-label={label}
        checked={c.paidOn !== null}
        disabled={disabled || save.isPending || (c.paidOn === null && !paidOn)}
        onChange={(e) => save.mutate({ id: c.id, paidOn: e.currentTarget.checked ? paidOn : null })}
      />
      {c.paidOn ? (
        <Text size="sm">{formatDate(c.paidOn)}</Text>
      ) : (
        !disabled && <DateField aria-label={`Betaaldatum ${payer ? `${payer} ` : ''}${c.year}`} size="xs" w={130} value={paidOn} onChange={setPaidOn} clearable={false} />
      )}
    </Group>
  );
}
