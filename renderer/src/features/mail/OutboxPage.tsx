import { Loader, SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import type { MailMessage } from '../../../../core/contracts';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { MailTable } from './MailTable';
import { useMailList } from './useMailList';

type Filter = 'all' | 'waiting' | 'attention' | 'sent';

const FILTERS: { value: Filter; label: string; matches: (m: MailMessage) => boolean }[] = [
  { value: 'all', label: 'Alles', matches: () => true },
  { value: 'waiting', label: 'In de wachtrij', matches: (m) => m.status === 'queued' || m.status === 'sending' },
  { value: 'attention', label: 'Mislukt of onzeker', matches: (m) => m.status === 'failed' || m.status === 'uncertain' },
  { value: 'sent', label: 'Verzonden', matches: (m) => m.status === 'sent' },
];

/** All outgoing e-mail of this desktop, newest first. */
export function OutboxPage() {
  const messages = useMailList({ limit: 500 });
  const [filter, setFilter] = useState<Filter>('all');
  const shown = messages.data?.filter(FILTERS.find((f) => f.value === filter)!.matches);
  return (
    <Page
      title="Uitgaande e-mail"
      description="Berichten die vanaf deze computer worden verstuurd. Lukt verzenden niet, dan wordt het later vanzelf opnieuw geprobeerd; een mislukt of onzeker bericht kunt u opnieuw verzenden."
    >
      <SegmentedControl value={filter} onChange={(v) => setFilter(v as Filter)} data={FILTERS.map(({ value, label }) => ({ value, label }))} w="fit-content" aria-label="Welke berichten" />
      {messages.isPending && <Loader />}
      {messages.isError && <ErrorAlert message={messages.error.message} />}
      {shown && <MailTable messages={shown} label="Uitgaande e-mail" emptyText={filter === 'all' ? 'Er is nog geen e-mail verstuurd.' : 'Geen berichten met deze status.'} />}
    </Page>
  );
}
