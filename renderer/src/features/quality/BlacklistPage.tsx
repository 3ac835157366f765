import { Anchor, Box, Button, Card, Group, Loader, Modal, Stack, Switch, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconWorldDownload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { amsterdamDay, formatDate, type ProcedureOutput } from '../../../../core/contracts';
import { CSV_BOM, csvFilename } from '../../../../core/contracts/csv';
import { call, errorMessage } from '../../api/client';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { utf8ToBase64 } from '../../ui/csv';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { saveFile } from '../documents/host';
import { useQualityAccess } from './access';
import { participantPath } from './paths';

type Entry = ProcedureOutput<'quality.blacklist'>[number];

/** Q6: the public blacklist: who, until when, what was seen; as a web page and a CSV for the website. */
export function BlacklistPage() {
  const [includeWithdrawn, setIncludeWithdrawn] = useState(false);
  const list = useProcedure('quality.blacklist', { includeWithdrawn });
  const exported = useProcedure('quality.blacklistExport', {});
  return (
    <Page
      title="Zwarte lijst"
      description="Q6: oud-deelnemers die het keurmerk na de termijn van 10 dagen nog gebruikten. De reden van beëindiging staat er nooit op (Q5 g)."
      back={{ to: PATHS.quality, label: 'Terug naar het keurmerk' }}
      actions={<ExportButtons />}
    >
      <Switch label="Ook ingetrokken vermeldingen tonen" checked={includeWithdrawn} onChange={(e) => setIncludeWithdrawn(e.currentTarget.checked)} />
      {list.isPending && <Loader />}
      {list.isError && <ErrorAlert message={list.error.message} />}
      {list.data && <EntriesTable entries={list.data} />}
      <Card withBorder padding="lg" component="section" aria-label="Voorbeeld van de webpagina">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Voorbeeld van de webpagina
          </Title>
          {exported.data && (
            <Text size="sm" c="dimmed">
              {exported.data.entries === 1 ? '1 vermelding' : `${exported.data.entries} vermeldingen`}
            </Text>
          )}
        </Group>
        {exported.isPending && <Loader size="sm" />}
        {exported.isError && <ErrorAlert message={exported.error.message} />}
        {exported.data && (
          <Box bg="gray.1" p="xs" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
            {/* sandbox="": the page is shown as it will be published, without script and without reaching the app. */}
            <iframe title="Zwarte lijst als webpagina" srcDoc={exported.data.html} sandbox="" style={{ width: '100%', height: 480, border: 0, background: 'white', display: 'block' }} />
          </Box>
        )}
      </Card>
    </Page>
  );
}

function ExportButtons() {
  const [busy, setBusy] = useState<'html' | 'csv' | null>(null);
  async function download(kind: 'html' | 'csv') {
    setBusy(kind);
    try {
      const { html, csv } = await call('quality.blacklistExport', {});
      const day = amsterdamDay(new Date());
      const filename = kind === 'html' ? `zwarte-lijst ${day}.html` : csvFilename('zwarte-lijst', day);
      // Excel needs the byte order mark to read UTF-8 (as every CSV export here).
      const text = kind === 'html' ? html : csv.startsWith(CSV_BOM) ? csv : `${CSV_BOM}${csv}`;
      const type = kind === 'html' ? 'text/html;charset=utf-8' : 'text/csv;charset=utf-8';
      if (await saveFile(filename, utf8ToBase64(text), type)) notifications.show({ color: 'green', message: `${filename} is opgeslagen.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Downloaden niet gelukt', message: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }
  return (
    <Group gap="sm" wrap="nowrap">
      <Button variant="default" leftSection={<IconWorldDownload size={16} />} loading={busy === 'html'} onClick={() => void download('html')}>
        Webpagina downloaden (HTML)
      </Button>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={busy === 'csv'} onClick={() => void download('csv')}>
        CSV downloaden
      </Button>
    </Group>
  );
}

function EntriesTable({ entries }: { entries: Entry[] }) {
  const { canPublish } = useQualityAccess();
  const [withdrawing, setWithdrawing] = useState<Entry | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" bg="white" withTableBorder highlightOnHover aria-label="Zwarte lijst">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Naam</Table.Th>
              <Table.Th>Plaats</Table.Th>
              <Table.Th>Beëindigd per</Table.Th>
              <Table.Th>Overtreding</Table.Th>
              <Table.Th>Gepubliceerd</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id} data-testid="blacklist-entry" style={e.withdrawnOn ? { opacity: 0.6 } : undefined}>
                <Table.Td>
                  <Anchor component={Link} to={participantPath(e.participantId)} size="sm" fw={600}>
                    {e.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {e.registrationNumber}
                  </Text>
                </Table.Td>
                <Table.Td>{e.place ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.terminationDate)}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.violation}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.publishedOn)}</Table.Td>
                <Table.Td>
                  {e.withdrawnOn ? (
                    <Text size="xs" c="dimmed">
                      Ingetrokken {formatDate(e.withdrawnOn)}
                      {e.withdrawnReason ? `: ${e.withdrawnReason}` : ''}
                    </Text>
                  ) : (
                    canPublish && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => setWithdrawing(e)}>
                        Van de lijst halen
                      </Button>
                    )
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {entries.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" ta="center" py="md">
                    De zwarte lijst is leeg.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {withdrawing && <WithdrawDialog entry={withdrawing} onClose={() => setWithdrawing(null)} />}
    </>
  );
}

function WithdrawDialog({ entry, onClose }: { entry: Entry; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const withdraw = useProcedureMutation('quality.withdrawBlacklist', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: `${entry.name} staat niet meer op de zwarte lijst.` });
      onClose();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    withdraw.mutate({ id: entry.id, reason });
  }
  const fieldError = withdraw.error?.fields.reason;
  return (
    <Modal opened onClose={onClose} title={`${entry.name} van de zwarte lijst halen`}>
      <form onSubmit={submit} aria-label="Van de zwarte lijst halen" noValidate>
        <Stack gap="sm">
          {withdraw.isError && !fieldError && <ErrorAlert message={withdraw.error.message} />}
          <Textarea label="Reden" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldError} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuleren
            </Button>
            <Button type="submit" color="red" loading={withdraw.isPending}>
              Van de lijst halen
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
