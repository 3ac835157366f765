import { Card, Group, Loader, Title } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { ErrorAlert } from '../../ui/form';
import { MailTable } from './MailTable';
import { useMailList } from './useMailList';

/** The e-mail sent (or waiting to be sent) from one dossier. */
export function DossierMail({ dossierKind, dossierId }: { dossierKind: string; dossierId: string }) {
  const messages = useMailList({ dossierKind, dossierId, limit: 200 });
  return (
    <Card withBorder padding="lg" component="section" aria-label="E-mail">
      <Group gap="xs" mb="md">
        <IconMail size={20} />
        <Title order={2} size="h4">
          E-mail
        </Title>
      </Group>
      {messages.isPending && <Loader size="sm" />}
      {messages.isError && <ErrorAlert message={messages.error.message} />}
      {messages.data && <MailTable messages={messages.data} label="E-mail van dit dossier" emptyText="Uit dit dossier is nog geen e-mail verstuurd." />}
    </Card>
  );
}
