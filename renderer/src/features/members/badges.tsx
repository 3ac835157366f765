import { Badge } from '@mantine/core';
import { MANDATE_STATUS_LABELS, MEMBER_STATUS_LABELS, type MandateStatusValue, type MemberStatus } from '../../../../core/contracts';

const MEMBER_COLORS: Record<MemberStatus, string> = { actief: 'green', opgezegd: 'orange', beeindigd: 'gray' };

export function MemberStatusBadge({ status, size = 'sm' }: { status: MemberStatus; size?: 'sm' | 'lg' }) {
  return (
    <Badge color={MEMBER_COLORS[status]} variant="light" tt="none" fw={500} size={size}>
      {MEMBER_STATUS_LABELS[status]}
    </Badge>
  );
}

const MANDATE_COLORS: Record<MandateStatusValue, string> = { actief: 'green', verlopen: 'orange', gewijzigd: 'gray', ingetrokken: 'red' };
/** Short texts for the badge; the long label is its tooltip. */
const MANDATE_SHORT: Record<MandateStatusValue, string> = { actief: 'Actief', verlopen: 'Verlopen', gewijzigd: 'Gewijzigd', ingetrokken: 'Ingetrokken' };

export function MandateStatusBadge({ status }: { status: MandateStatusValue }) {
  return (
    <Badge color={MANDATE_COLORS[status]} variant="light" tt="none" fw={500} size="sm" title={MANDATE_STATUS_LABELS[status]}>
      {MANDATE_SHORT[status]}
    </Badge>
  );
}

/** NL91ABNA0417164300 → NL91 ABNA 0417 1643 00, as it is printed on a bank card. */
export function formatIban(iban: string): string {
  return iban.replace(/\s/g, '').replace(/(.{4})/g, '$1 ').trim();
}
