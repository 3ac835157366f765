import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '../../../../../core/contracts';

/*
 * Small badges for the dossier while the shared ones (features/complaints/badges.tsx) are being
 * built; the dossier switches to those when they land.
 */

const STATUS_COLORS: Record<ComplaintStatus, string> = {
  geregistreerd: 'gray',
  doorgestuurd: 'blue',
  in_behandeling: 'cyan',
  beantwoord: 'teal',
  bezwaar: 'grape',
  afgesloten: 'green',
};

export function ComplaintStatusBadge({ status, size = 'sm' }: { status: ComplaintStatus; size?: 'sm' | 'lg' }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" fw={500} size={size}>
      {COMPLAINT_STATUS_LABELS[status]}
    </Badge>
  );
}

export function UrgentBadge({ size = 'sm' }: { size?: 'sm' | 'lg' }) {
  return (
    <Badge color="red" variant="filled" tt="none" size={size} leftSection={<IconAlertTriangle size={12} />}>
      Urgent
    </Badge>
  );
}

/** The rule that set a deadline (K8, K10, …), so anyone can look up why it is due. */
export function RuleBadge({ rule }: { rule: string }) {
  return (
    <Badge color="gray" variant="outline" tt="none" size="sm" title={`Regel ${rule}`}>
      {rule}
    </Badge>
  );
}
