import { formatTime, SYNC_STATUS_LABELS, type SyncStatusName, type SyncStatusView } from '../../../../core/contracts';

export type SyncTone = 'idle' | 'busy' | 'ok' | 'offline' | 'problem';

/** How a status looks: quiet grey offline, blue while busy, green when up to date, red when a person must act. */
export const TONE_COLORS: Record<SyncTone, string> = { idle: 'gray', busy: 'blue', ok: 'green', offline: 'gray', problem: 'red' };

const PROBLEMS: readonly SyncStatusName[] = ['fout', 'verouderd', 'ingetrokken', 'wacht_op_goedkeuring'];

export function syncTone(view: Pick<SyncStatusView, 'status' | 'running'>): SyncTone {
  if (view.running || view.status === 'bezig') return 'busy';
  if (view.status === 'bijgewerkt') return 'ok';
  if (view.status === 'offline') return 'offline';
  if (PROBLEMS.includes(view.status)) return 'problem';
  return 'idle';
}

const count = (n: number) => n.toLocaleString('nl-NL');

/** "12 wijzigingen wachten", "1 wijziging wacht". */
export function waitingText(unsent: number): string {
  return unsent === 1 ? '1 wijziging wacht' : `${count(unsent)} wijzigingen wachten`;
}

/** "↑ 120 ↓ 3.400": sent and received in the running round. */
export function progressText(view: Pick<SyncStatusView, 'pushed' | 'pulled'>): string {
  return `↑ ${count(view.pushed)} ↓ ${count(view.pulled)}`;
}

/** The indicator's main line. */
export function statusHeadline(view: SyncStatusView): string {
  if (syncTone(view) === 'busy') return 'Synchroniseren…';
  if (view.status === 'bijgewerkt' && view.lastSyncAt) return `Bijgewerkt om ${formatTime(view.lastSyncAt)}`;
  return SYNC_STATUS_LABELS[view.status];
}

/** The line under it: progress while busy, otherwise what still waits to be sent. */
export function statusDetail(view: SyncStatusView): string | null {
  if (syncTone(view) === 'busy') return progressText(view);
  return view.unsent > 0 ? waitingText(view.unsent) : null;
}

/** "1 conflict", "2 meldingen": what asks for a person's attention on the conflicts page. */
export function attentionText(conflicts: number, reports: number): string | null {
  const parts = [
    ...(conflicts > 0 ? [conflicts === 1 ? '1 conflict' : `${count(conflicts)} conflicten`] : []),
    ...(reports > 0 ? [reports === 1 ? '1 melding' : `${count(reports)} meldingen`] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The row's own name ("Berg, J."), shown beside its table's name: without the table name when the label starts with it. */
export function rowName(item: { rowLabel: string; tableLabel: string }): string {
  const prefix = `${item.tableLabel} `;
  return item.rowLabel.startsWith(prefix) ? item.rowLabel.slice(prefix.length) : item.rowLabel;
}
