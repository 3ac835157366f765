import { Anchor, Badge, Button, Chip, Group, Loader, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { IconCoins, IconList, IconPlus, IconSearch, IconSettings } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate, PARTICIPANT_STATUS_LABELS, PARTICIPANT_STATUSES, type ParticipantStatus, type ParticipantSummary } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/form';
import { Page } from '../../ui/Page';
import { useQualityAccess } from './access';
import { OverdueBadge, ParticipantStatusBadge } from './badges';
import { participantPath } from './paths';

const column = createColumnHelper<ParticipantSummary>();

function Nowrap({ children }: { children: ReactNode }) {
  return <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;
}

const columns = [
  column.accessor('registrationNumber', {
    header: 'Registratienummer',
    cell: (c) => (
      <Anchor component={Link} to={participantPath(c.row.original.id)} fw={500} size="sm">
        {c.getValue()}
      </Anchor>
    ),
  }),
  column.accessor((p) => p.provider.name, { id: 'name', header: 'Naam' }),
  column.accessor((p) => p.provider.place ?? '', { id: 'place', header: 'Plaats', cell: (c) => c.getValue() || '—' }),
  column.accessor('status', { header: 'Status', cell: (c) => <ParticipantStatusBadge status={c.getValue()} /> }),
  column.accessor('startDate', { header: 'Start', cell: (c) => <Nowrap>{formatDate(c.getValue())}</Nowrap> }),
  column.accessor((p) => p.terminationDate ?? '', { id: 'terminationDate', header: 'Einddatum', cell: (c) => <Nowrap>{c.getValue() ? formatDate(c.getValue()) : '—'}</Nowrap> }),
  column.accessor('openFindings', {
    header: 'Open bevindingen',
    cell: (c) =>
      c.getValue() > 0 ? (
        <Badge miw="max-content" color="orange" variant="filled" size="sm" circle={c.getValue() < 10}>
          {c.getValue()}
        </Badge>
      ) : (
        <Text size="sm" c="dimmed">
          0
        </Text>
      ),
  }),
  column.accessor('overdueContributions', {
    header: 'Contributie achterstallig',
    cell: (c) =>
      c.getValue() > 0 ? (
        <Group gap={6} wrap="nowrap">
          <OverdueBadge />
          {c.getValue() > 1 && <Text size="sm">{c.getValue()} jaren</Text>}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          nee
        </Text>
      ),
  }),
];

type StatusFilter = ParticipantStatus | 'alle';
const STATUS_OPTIONS = [...PARTICIPANT_STATUSES.map((s) => ({ value: s, label: PARTICIPANT_STATUS_LABELS[s] })), { value: 'alle', label: 'Alle statussen' }];

/** Q1: the register of quality-mark participants, with what needs attention (findings, unpaid contributions). */
export function ParticipantsListPage() {
  const access = useQualityAccess();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<StatusFilter>('alle');
  const [withOpenFindings, setWithOpenFindings] = useState(false);
  const [withOverdueContributions, setWithOverdue] = useState(false);
  const [query] = useDebouncedValue(text.trim(), 200);
  const filter = {
    ...(status === 'alle' ? {} : { status }),
    ...(query ? { query } : {}),
    ...(withOpenFindings ? { withOpenFindings } : {}),
    ...(withOverdueContributions ? { withOverdueContributions } : {}),
  };
  const list = useProcedure('quality.list', filter, { placeholderData: keepPreviousData });
  const filtered = status !== 'alle' || !!query || withOpenFindings || withOverdueContributions;

  return (
    <Page
      title="Keurmerk"
      description="Deelnemers van Stichting Keurmerk Kwaliteitsvakman (Q1–Q7): beoordelingen, bevindingen, contributie en beëindiging."
      actions={
        <Group gap="sm" wrap="nowrap">
          <Button component={Link} to={PATHS.blacklist} variant="default" leftSection={<IconList size={16} />}>
            Zwarte lijst
          </Button>
          <Button component={Link} to={PATHS.contributions} variant="default" leftSection={<IconCoins size={16} />}>
            Contributie
          </Button>
          {access.canSettings && (
            <Button component={Link} to={PATHS.qualitySettings} variant="default" leftSection={<IconSettings size={16} />}>
              Instellingen
            </Button>
          )}
          {access.canEdit && (
            <Button component={Link} to={PATHS.newParticipant} leftSection={<IconPlus size={16} />}>
              Deelnemer registreren
            </Button>
          )}
        </Group>
      }
    >
      <Group gap="sm">
        <TextInput
          placeholder="Registratienummer, naam of plaats"
          aria-label="Zoeken in deelnemers"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={290}
        />
        <Select aria-label="Status" data={STATUS_OPTIONS} value={status} onChange={(v) => setStatus((v as StatusFilter) ?? 'alle')} allowDeselect={false} w={180} />
        <Chip checked={withOpenFindings} onChange={setWithOpenFindings} variant="outline">
          Open bevindingen
        </Chip>
        <Chip checked={withOverdueContributions} onChange={setWithOverdue} variant="outline">
          Achterstallige contributie
        </Chip>
      </Group>
      {list.isPending && <Loader />}
      {list.isError && <ErrorAlert message={list.error.message} />}
      {list.data && (
        <DataTable
          label="Deelnemers"
          data={list.data}
          columns={columns}
          getRowId={(p) => p.id}
          initialSort={[{ id: 'registrationNumber', desc: false }]}
          emptyText={filtered ? 'Geen deelnemers gevonden met deze filters.' : 'Er zijn nog geen deelnemers geregistreerd.'}
        />
      )}
    </Page>
  );
}
