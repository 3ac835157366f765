import { Badge, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '../../../../core/contracts';

const STATUS_COLORS: Record<ComplaintStatus, string> = {
  geregistreerd: 'gray',
  doorgestuurd: 'blue',
  in_behandeling: 'indigo',
  beantwoord: 'teal',
  bezwaar: 'orange',
  afgesloten: 'green',
};

export function ComplaintStatusBadge({ status, size = 'sm' }: { status: ComplaintStatus; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" fw={500} size={size}>
      {COMPLAINT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** `compact`: without the icon, for narrow table columns. */
export function UrgentBadge({ size = 'sm', compact = false }: { size?: 'xs' | 'sm' | 'md' | 'lg'; compact?: boolean }) {
  return (
    <Badge color="red" variant="filled" tt="none" fw={600} size={size} leftSection={compact ? undefined : <IconAlertTriangle size={12} />}>
      Urgent
    </Badge>
  );
}

/** What each rule that sets a deadline says, for the tooltip of its badge. */
export const RULE_EXPLANATIONS: Record<string, string> = {
  K4: 'K4: direct oplossen bij de melding',
  K5: 'K5: doorsturen naar het team of de medewerker en de klager informeren',
  K6: 'K6: de dossierverantwoordelijke aanwijzen',
  K7: 'K7: een ander dan wie de klacht betreft, beslist',
  K8: 'K8: eerste telefonisch contact op de dag van doorsturen',
  K9: 'K9: telefonisch opgelost; afspraken vastleggen',
  K10: 'K10: schriftelijk antwoord binnen zes weken na ontvangst',
  K11: 'K11: bezwaar binnen een maand na het antwoord',
  K12: 'K12: het bezwaar opnieuw behandelen; gespreksverslag',
  K13: 'K13: uitspraak op het bezwaar binnen een maand',
  K15: 'K15: categorie, oorzaak en maatregel bij het afsluiten',
  B2: 'B2: hoor en wederhoor; de dienstverlener reageert binnen de termijn',
};

/** The rule that set a deadline (K8, K10, B2 …), with what it says on hover or focus. */
export function RuleBadge({ rule }: { rule: string }) {
  const explanation = RULE_EXPLANATIONS[rule];
  const badge = (
    <Badge color={rule.startsWith('B') ? 'grape' : 'cyan'} variant="outline" tt="none" fw={600} size="sm">
      {rule}
    </Badge>
  );
  return explanation ? (
    <Tooltip label={explanation} withArrow openDelay={300}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
