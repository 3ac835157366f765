import { Anchor, Badge, Button, Divider, Group, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
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
  idle: <IconCloudCheck size={18} />,
  busy: <IconCloudUpload size={18} />,
  ok: <IconCloudCheck size={18} />,
  offline: <IconCloudOff size={18} />,
  problem: <IconAlertTriangle size={18} />,
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
  const attention = attentionText(conflicts.data?.length ?? 0, view.unseenReports);
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-label="Synchronisatie">
      <SyncStatusButton view={view} isAdmin={isAdmin} />
      {attention && (
        <Badge
          component={Link}
          to={PATHS.syncConflicts}
          color="orange"
          variant="filled"
          leftSection={<IconGitCompare size={12} />}
          tt="none"
          style={{ cursor: 'pointer' }}
          aria-label={`Synchronisatie vraagt aandacht: ${attention}`}
        >
          {attention}
        </Badge>
      )}
    </Group>
  );
}

function SyncStatusButton({ view, isAdmin }: { view: SyncStatusView; isAdmin: boolean }) {
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
          px="xs"
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-sm)', background: `var(--mantine-color-${color}-light)` }}
        >
          <Group gap={6} wrap="nowrap" c={`var(--mantine-color-${color}-light-color)`}>
            {TONE_ICONS[tone]}
            <Stack gap={0}>
              <Text size="sm" fw={600} lh={1.2} data-testid="sync-headline">
                {headline}
              </Text>
              {detail && (
                <Text size="xs" lh={1.2} data-testid="sync-detail">
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
          <Text size="sm" c="dimmed">
            {view.lastSyncAt ? `Laatst bijgewerkt: ${formatDateTime(view.lastSyncAt)}` : 'Nog niet bijgewerkt'}
            {' · '}
            {view.unsent > 0 ? waitingText(view.unsent) : 'niets wacht'}
          </Text>
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
              Conflicten en meldingen
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
