import { Anchor, Button, Group, Loader, Select, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData } from '@tanstack/react-query';
import { IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { useQualityAccess } from './access';
import { OverdueBadge } from './badges';
import { PaidToggle } from './participant/PaidToggle';
import { participantPath } from './paths';

const FIRST_YEAR = 2016;

/** Q7: one year's contributions of every participant, what is unpaid, and charging the year. */
export function ContributionsPage() {
  const { canCharge, canEdit } = useQualityAccess();
  const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));
  const [year, setYear] = useState(thisYear);
  const [onlyUnpaid, setOnlyUnpaid] = useState(false);
  const list = useProcedure('quality.contributions', { year, onlyUnpaid }, { placeholderData: keepPreviousData });
  const charge = useProcedureMutation('quality.chargeContributions', {
    onSuccess: ({ charged }) =>
      notifications.show({ color: 'green', message: charged === 0 ? `Iedereen heeft de contributie ${year} al in rekening.` : `Contributie ${year} in rekening gebracht bij ${charged === 1 ? '1 deelnemer' : `${charged} deelnemers`}.` }),
    onError: (error) => notifications.show({ color: 'red', title: 'Niet in rekening gebracht', message: error.message }),
  });
  const rows = list.data ?? [];
  const unpaid = rows.filter((c) => c.paidOn === null);
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => String(thisYear + 1 - i));

  return (
    <Page
      title="Contributie keurmerk"
      description="Q7: jaarcontributie van de deelnemers (€ 235,- excl. btw vanaf 2016; korting voor leden van Zelfstandigen Bouw). Niet betaald na de termijn: regel 5."
      back={{ to: PATHS.quality, label: 'Terug naar het keurmerk' }}
      actions={
        canCharge && (
          <Button leftSection={<IconReceipt size={16} />} loading={charge.isPending} onClick={() => charge.mutate({ year })}>
            Contributie {year} in rekening brengen
          </Button>
        )
      }
    >
      <Group gap="md">
        <Select aria-label="Jaar" data={years} value={String(year)} onChange={(v) => v && setYear(Number(v))} allowDeselect={false} w={110} />
        <Switch label="Alleen onbetaald" checked={onlyUnpaid} onChange={(e) => setOnlyUnpaid(e.currentTarget.checked)} />
        {list.data && (
          <Text size="sm" c="dimmed">
            {rows.length} {rows.length === 1 ? 'deelnemer' : 'deelnemers'} · {unpaid.length} onbetaald ({formatMoney(unpaid.reduce((sum, c) => sum + c.totalCents, 0))})
          </Text>
        )}
      </Group>
      {list.isPending && <Loader />}
      {list.isError && <ErrorAlert message={list.error.message} />}
      {list.data && (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" bg="white" withTableBorder highlightOnHover aria-label={`Contributie ${year}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Deelnemer</Table.Th>
                <Table.Th ta="right">Contributie</Table.Th>
                <Table.Th ta="right">Korting</Table.Th>
                <Table.Th ta="right">BTW</Table.Th>
                <Table.Th ta="right">Totaal</Table.Th>
                <Table.Th>In rekening</Table.Th>
                <Table.Th>Uiterlijk</Table.Th>
                <Table.Th>Betaald</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id} data-testid="contribution-row">
                  <Table.Td>
                    <Anchor component={Link} to={participantPath(c.participant.id)} size="sm" fw={600}>
                      {c.participant.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {c.participant.registrationNumber}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(c.amountCents)}</Table.Td>
                  <Table.Td ta="right">{c.discountCents ? `− ${formatMoney(c.discountCents)}` : '—'}</Table.Td>
                  <Table.Td ta="right">{formatMoney(c.vatCents)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatMoney(c.totalCents)}
                  </Table.Td>
                  <Table.Td>{formatDate(c.chargedOn)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(c.dueOn)} {c.overdue && <OverdueBadge />}
                  </Table.Td>
                  <Table.Td>
                    <PaidToggle contribution={c} payer={c.participant.name} disabled={!canEdit} />
                  </Table.Td>
                </Table.Tr>
              ))}
              {rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={8}>
                    <Text c="dimmed" ta="center" py="md">
                      {onlyUnpaid ? `Alle contributie over ${year} is betaald.` : `Nog geen contributie over ${year} in rekening gebracht.`}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
