import { Badge } from '@mantine/core';
import { MAIL_STATUS_LABELS, type MailMessage } from '../../../../core/contracts';

const STATUS_COLORS: Record<MailMessage['status'], string> = {
  queued: 'blue',
  sending: 'cyan',
  sent: 'green',
  failed: 'red',
  uncertain: 'orange',
};

export function MailStatusBadge({ status }: { status: MailMessage['status'] }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" fw={500} style={{ overflow: 'visible', whiteSpace: 'normal', height: 'auto' }}>
      {MAIL_STATUS_LABELS[status]}
    </Badge>
  );
}
