import { Button, Card, Group, Menu, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingBank, IconChevronDown, IconFileText, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { FORM_REQUEST_CHANNEL_LABELS, FORM_REQUEST_CHANNELS, formatDate, type Mandate, type Member } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';
import { formatIban, MandateStatusBadge } from './badges';
import { AddMandateDialog, ChangeIbanDialog, FormReceivedDialog, RevokeDialog } from './MandateDialogs';

type Dialog = { kind: 'add' } | { kind: 'iban' | 'received' | 'revoke'; mandate: Mandate };

/** L3: the member's SEPA mandates, newest first; changed ones stay as history. */
export function MandatesCard({ member }: { member: Member }) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [via, setVia] = useState<string | null>('telefoon');
  const requestForm = useProcedureMutation('members.requestMandateForm', {
    onSuccess: ({ document }) => notifications.show({ color: 'green', message: `"${document.title}" staat klaar bij Documenten.` }),
  });
  const close = () => setDialog(null);

  return (
    <Card withBorder padding="lg" component="section" aria-label="Machtigingen">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <IconBuildingBank size={20} />
          <Title order={2} size="h4">
            Automatische incasso
          </Title>
        </Group>
        <Group gap="xs">
          <Select aria-label="Aangevraagd" data={FORM_REQUEST_CHANNELS.map((c) => ({ value: c, label: FORM_REQUEST_CHANNEL_LABELS[c] }))} value={via} onChange={setVia} w={150} size="sm" />
          <Button
            variant="light"
            leftSection={<IconFileText size={16} />}
            loading={requestForm.isPending}
            onClick={() => requestForm.mutate({ memberId: member.id, requestedVia: (via ?? undefined) as (typeof FORM_REQUEST_CHANNELS)[number] | undefined })}
          >
            Machtigingsformulier maken
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'add' })}>
            Machtiging vastleggen
          </Button>
        </Group>
      </Group>
      {requestForm.isError && <ErrorAlert message={requestForm.error.message} />}
      {member.mandates.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nog geen machtiging. Zonder ondertekende machtiging wordt er niet geïncasseerd.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-label="Machtigingen van dit lid">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kenmerk</Table.Th>
                <Table.Th>IBAN</Table.Th>
                <Table.Th>Rekeninghouder</Table.Th>
                <Table.Th>Ondertekend</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {member.mandates.map((m) => (
                <Table.Tr key={m.id} c={m.status === 'gewijzigd' || m.status === 'ingetrokken' ? 'dimmed' : undefined}>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {m.reference}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {formatIban(m.iban)}
                    </Text>
                    {m.bic && (
                      <Text size="xs" c="dimmed">
                        BIC {m.bic}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{m.accountHolder}</Table.Td>
                  <Table.Td>
                    {m.formReceived && m.signatureDate ? (
                      <Text size="sm">{formatDate(m.signatureDate)}</Text>
                    ) : (
                      <Text size="sm" c="orange">
                        Formulier nog niet ontvangen
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <MandateStatusBadge status={m.status} />
                      {m.status === 'actief' && m.collectBlocker && (
                        <Text size="xs" c="orange">
                          {m.collectBlocker}
                        </Text>
                      )}
                      {m.status === 'actief' && m.usableUntil && (
                        <Text size="xs" c="dimmed">
                          bruikbaar t/m {formatDate(m.usableUntil)}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {(m.status === 'actief' || m.status === 'verlopen') && (
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} />} aria-label={`Acties voor machtiging ${m.reference}`}>
                            Acties
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown aria-label={`Acties voor machtiging ${m.reference}`}>
                          {!m.formReceived && <Menu.Item onClick={() => setDialog({ kind: 'received', mandate: m })}>Formulier ontvangen…</Menu.Item>}
                          <Menu.Item onClick={() => setDialog({ kind: 'iban', mandate: m })}>Ander rekeningnummer…</Menu.Item>
                          <Menu.Item color="red" onClick={() => setDialog({ kind: 'revoke', mandate: m })}>
                            Intrekken…
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === 'add' && <AddMandateDialog member={member} onClose={close} />}
      {dialog?.kind === 'iban' && <ChangeIbanDialog mandate={dialog.mandate} onClose={close} />}
      {dialog?.kind === 'received' && <FormReceivedDialog mandate={dialog.mandate} onClose={close} />}
      {dialog?.kind === 'revoke' && <RevokeDialog mandate={dialog.mandate} onClose={close} />}
    </Card>
  );
}
