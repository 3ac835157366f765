import { Anchor, Button, Divider, Group, Indicator, Popover, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCloudCheck,
  IconCloudOff,
  IconCloudUpload,
  IconGitCompare,
  IconRefresh,
  IconSettings,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime, type SyncStatusView } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { useHasRole } from '../../app/session';
import { attentionText, statusDetail, statusHeadline, syncTone, TONE_COLORS, waitingText, type SyncTone } from './syncStatusText';
import { useOpenConflicts, useRefreshAfterPull, useSyncStatus } from './useSyncStatus';

const TONE_ICONS: Record<SyncTone, ReactNode> = {
  idle: <IconCloudCheck size={16} />,
  busy: <IconCloudUpload size={16} />,
  ok: <IconCloudCheck size={16} />,
  offline: <IconCloudOff size={16} />,
  problem: <IconAlertTriangle size={16} />,
};

/**
 * The sync state in the header, for everyone on a linked computer: offline, busy with progress,
 * up to date at hh:mm, or what went wrong. Click for the reason and "Nu synchroniseren".
 */
export function SyncIndicator() {
  const isAdmin = useHasRole('admin');
  const status = useSyncStatus();
  const view = status.data;
  useRefreshAfterPull(view);
  const linked = view?.available === true && view.configured;
  const conflicts = useOpenConflicts(linked && view.status !== 'offline');

  if (!view?.available) return null;
  if (!view.configured) {
    return isAdmin ? (
      <Anchor component={Link} to={PATHS.syncSettings} size="sm" c="dimmed" visibleFrom="md">
        Synchronisatie instellen
      </Anchor>
    ) : null;
  }
  const openConflicts = conflicts.data?.length ?? 0;
  const attention = attentionText(openConflicts, view.unseenReports);
  const attentionCount = openConflicts + view.unseenReports;
  return (
    <Group gap={4} wrap="nowrap" role="status" aria-label="Synchronisatie">
      {/* The count sits on the indicator's corner: the header has no room for another button. */}
      <Indicator
        inline
        disabled={!attention}
        color="orange"
        size={20}
        offset={3}
        zIndex={2}
        label={
          attention && (
            <Tooltip label={`${attention}: bekijken bij Conflicten`}>
              <Anchor component={Link} to={PATHS.syncConflicts} c="white" fz={11} fw={700} underline="never" aria-label={`Synchronisatie vraagt aandacht: ${attention}`}>
                {attentionCount}
              </Anchor>
            </Tooltip>
          )
        }
      >
        <SyncStatusButton view={view} isAdmin={isAdmin} attention={attention} />
      </Indicator>
    </Group>
  );
}

function SyncStatusButton({ view, isAdmin, attention }: { view: SyncStatusView; isAdmin: boolean; attention: string | null }) {
  const tone = syncTone(view);
  const color = TONE_COLORS[tone];
  const headline = statusHeadline(view);
  const detail = statusDetail(view);
  const syncNow = useProcedureMutation('sync.now', {
    onError: (error) => notifications.show({ color: 'red', title: 'Synchroniseren niet gelukt', message: error.message }),
  });

  return (
    <Popover position="bottom-end" width={320} shadow="md" withArrow>
      <Popover.Target>
        <UnstyledButton
          title="Details en nu synchroniseren"
          data-tone={tone}
          pl={8}
          pr={attention ? 18 : 8}
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-sm)', background: `var(--mantine-color-${color}-light)`, flexShrink: 0 }}
        >
          <Group gap={6} wrap="nowrap" c={`var(--mantine-color-${color}-light-color)`}>
            {TONE_ICONS[tone]}
            <Stack gap={0}>
              <Text size="xs" fw={700} lh={1.25} style={{ whiteSpace: 'nowrap' }} data-testid="sync-headline">
                {headline}
              </Text>
              {detail && (
                <Text size="xs" lh={1.25} style={{ whiteSpace: 'nowrap' }} data-testid="sync-detail">
                  {detail}
                </Text>
              )}
            </Stack>
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {headline}
          </Text>
          {view.lastError && view.status !== 'bijgewerkt' && (
            <Text size="sm" c={tone === 'problem' ? 'red' : undefined} data-testid="sync-reason">
              {view.lastError}
            </Text>
          )}
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {view.lastSyncAt ? `Laatst bijgewerkt: ${formatDateTime(view.lastSyncAt)}` : 'Nog niet bijgewerkt'}
            </Text>
            <Text size="sm" c="dimmed">
              {view.unsent > 0 ? waitingText(view.unsent) : 'Er wachten geen wijzigingen.'}
            </Text>
          </Stack>
          <Button
            size="xs"
            leftSection={<IconRefresh size={14} />}
            loading={syncNow.isPending || tone === 'busy'}
            onClick={() => syncNow.mutate({})}
          >
            Nu synchroniseren
          </Button>
          <Divider />
          <Anchor component={Link} to={PATHS.syncConflicts} size="sm">
            <Group gap={4}>
              <IconGitCompare size={14} />
              {attention ? `Conflicten en meldingen (${attention})` : 'Conflicten en meldingen'}
            </Group>
          </Anchor>
          {isAdmin && (
            <Anchor component={Link} to={PATHS.syncSettings} size="sm">
              <Group gap={4}>
                <IconSettings size={14} />
                Instellingen synchronisatie
              </Group>
            </Anchor>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
