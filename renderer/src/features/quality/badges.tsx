import { Badge, Tooltip } from '@mantine/core';
import {
  ADVICE_OUTCOME_LABELS,
  PARTICIPANT_STATUS_LABELS,
  TERMINATION_RULE_LABELS,
  type ParticipantStatus,
  type TerminationRule,
} from '../../../../core/contracts';

type Size = 'xs' | 'sm' | 'md' | 'lg';

const STATUS_COLORS: Record<ParticipantStatus, string> = { deelnemer: 'green', opgezegd: 'orange', beeindigd: 'gray' };

export function ParticipantStatusBadge({ status, size = 'sm' }: { status: ParticipantStatus; size?: Size }) {
  return (
    <Badge miw="max-content" color={STATUS_COLORS[status]} variant="light" tt="none" fw={500} size={size} data-testid="participant-status">
      {PARTICIPANT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Q7 / Q3 rule 5: a contribution unpaid past its due day. */
export function OverdueBadge({ size = 'sm' }: { size?: Size }) {
  return (
    <Badge miw="max-content" color="red" variant="filled" tt="none" fw={600} size={size}>
      Achterstallig
    </Badge>
  );
}

/** Q2: one judgement of a review. */
export function JudgementBadge({ sufficient, size = 'sm' }: { sufficient: boolean; size?: Size }) {
  return (
    <Badge miw="max-content" color={sufficient ? 'green' : 'red'} variant="light" tt="none" fw={500} size={size}>
      {sufficient ? 'Voldoende' : 'Onvoldoende'}
    </Badge>
  );
}

export function AdviceOutcomeBadge({ outcome }: { outcome: keyof typeof ADVICE_OUTCOME_LABELS }) {
  return (
    <Badge miw="max-content" color={outcome === 'positief' ? 'green' : 'red'} variant="light" tt="none" fw={500} size="sm">
      {ADVICE_OUTCOME_LABELS[outcome]}
    </Badge>
  );
}

/** "Regel 3", with what the rule says on hover or focus. */
export function TerminationRuleBadge({ rule }: { rule: number }) {
  const label = TERMINATION_RULE_LABELS[rule as TerminationRule];
  const badge = (
    <Badge miw="max-content" color="grape" variant="outline" tt="none" fw={600} size="sm">
      Regel {rule}
    </Badge>
  );
  return label ? (
    <Tooltip label={label} withArrow openDelay={300}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

export function FindingStatusBadge({ status }: { status: 'open' | 'besloten' }) {
  return (
    <Badge miw="max-content" color={status === 'open' ? 'orange' : 'gray'} variant={status === 'open' ? 'filled' : 'light'} tt="none" fw={500} size="sm">
      {status === 'open' ? 'Open' : 'Besloten'}
    </Badge>
  );
}

/** Q3: a hardship request the board has not decided yet. */
export function HardshipPendingBadge() {
  return (
    <Badge miw="max-content" color="yellow" variant="light" tt="none" fw={600} size="sm">
      Beroep hardheidsclausule
    </Badge>
  );
}

/** What a rule says without its "Regel n: " prefix, for beside its badge: "Te veel onvoldoende …". */
export function ruleText(rule: number): string {
  const label = TERMINATION_RULE_LABELS[rule as TerminationRule] ?? '';
  const text = label.replace(/^Regel \d+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
