import { Badge } from '@mantine/core';
import {
  INSURANCE_STATUS_LABELS,
  PROVIDER_TYPE_LABELS,
  SCREENING_STATUS_LABELS,
  type InsuranceStatus,
  type ProviderType,
  type ScreeningStatus,
} from '../../../../core/contracts';

const SCREENING_COLORS: Record<ScreeningStatus, string> = {
  aangemeld: 'gray',
  telefonisch_geselecteerd: 'blue',
  bezocht: 'indigo',
  goedgekeurd: 'green',
  afgewezen: 'red',
};

export function ScreeningBadge({ status, size = 'sm' }: { status: ScreeningStatus; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={SCREENING_COLORS[status]} variant="light" tt="none" fw={500} size={size}>
      {SCREENING_STATUS_LABELS[status]}
    </Badge>
  );
}

const INSURANCE_COLORS: Record<InsuranceStatus, string> = { ontbreekt: 'gray', verlopen: 'red', verloopt_binnenkort: 'orange', geldig: 'green' };

export function InsuranceBadge({ status }: { status: InsuranceStatus }) {
  return (
    <Badge color={INSURANCE_COLORS[status]} variant="dot" tt="none" fw={500} size="sm">
      {INSURANCE_STATUS_LABELS[status]}
    </Badge>
  );
}

export function ProviderTypeBadge({ type }: { type: ProviderType }) {
  return (
    <Badge color={type === 'bedrijf' ? 'grape' : 'cyan'} variant="outline" tt="none" fw={500} size="sm">
      {PROVIDER_TYPE_LABELS[type]}
    </Badge>
  );
}

/** "nog 12 dagen", "vandaag de laatste dag", "3 dagen geleden verlopen" */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft > 1) return `nog ${daysLeft} dagen`;
  if (daysLeft === 1) return 'nog 1 dag';
  if (daysLeft === 0) return 'vandaag de laatste dag';
  return daysLeft === -1 ? '1 dag geleden verlopen' : `${-daysLeft} dagen geleden verlopen`;
}
