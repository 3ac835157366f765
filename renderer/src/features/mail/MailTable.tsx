import { Group, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { formatDateTime, MAIL_STATUS_LABELS, type MailMessage } from '../../../../core/contracts';
import { DataTable } from '../../ui/DataTable';
import { MailStatusBadge } from './MailStatusBadge';
import { ResendButton } from './ResendButton';

const column = createColumnHelper<MailMessage>();

/** Outgoing messages with their status, attempts, last error and when they went out. */
export function MailTable({ messages, label, emptyText }: { messages: MailMessage[]; label: string; emptyText: string }) {
  const columns = useMemo(() => {
    // `any`: columns of different value types in one list, as DataTable expects.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const list: ColumnDef<MailMessage, any>[] = [
      column.accessor('subject', {
        header: 'Bericht',
        cell: ({ row }) => <MessageCell message={row.original} />,
      }),
      column.accessor((m) => MAIL_STATUS_LABELS[m.status], {
        id: 'status',
        header: 'Status',
        cell: ({ row }) => <StatusCell message={row.original} />,
      }),
      column.accessor('createdAt', {
        header: 'Aangemaakt',
        cell: ({ row }) => (
          <Stack gap={0}>
            <Text size="sm">{formatDateTime(row.original.createdAt)}</Text>
            {row.original.createdByName && (
              <Text size="xs" c="dimmed">
                door {row.original.createdByName}
              </Text>
            )}
          </Stack>
        ),
      }),
      column.accessor((m) => m.sentAt ?? '', {
        id: 'sentAt',
        header: 'Verzonden op',
        cell: ({ row }) => <Text size="sm">{row.original.sentAt ? formatDateTime(row.original.sentAt) : '—'}</Text>,
      }),
      column.display({ id: 'actions', header: () => <Text size="sm" fw={600}>Acties</Text>, cell: ({ row }) => <ResendButton message={row.original} /> }),
    ];
    return list;
  }, []);

  return <DataTable label={label} data={messages} columns={columns} initialSort={[{ id: 'createdAt', desc: true }]} getRowId={(m) => m.id} emptyText={emptyText} />;
}

function MessageCell({ message }: { message: MailMessage }) {
  return (
    <Stack gap={2} maw={380}>
      <Text size="sm" fw={500}>
        {message.subject}
      </Text>
      <Text size="xs" c="dimmed">
        Aan {message.toName ? `${message.toName} <${message.toAddress}>` : message.toAddress}
      </Text>
      {message.attachments.map((a) => (
        <Group key={a.filename} gap={4} wrap="nowrap">
          <IconPaperclip size={12} />
          <Text size="xs">{a.filename}</Text>
        </Group>
      ))}
    </Stack>
  );
}

function StatusCell({ message }: { message: MailMessage }) {
  return (
    <Stack gap={4} align="flex-start" maw={320}>
      <MailStatusBadge status={message.status} />
      {message.attempts > 0 && (
        <Text size="xs" c="dimmed">
          {message.attempts === 1 ? '1 poging' : `${message.attempts} pogingen`}
          {message.status === 'queued' && message.nextAttemptAt ? `; volgende poging ${formatDateTime(message.nextAttemptAt)}` : ''}
        </Text>
      )}
      {message.lastError && message.status !== 'sent' && (
        <Text size="xs" c={message.status === 'queued' ? 'dimmed' : 'red.7'}>
          {message.lastError}
        </Text>
      )}
    </Stack>
  );
}
