import { Card, Group, List, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconListCheck } from '@tabler/icons-react';
import { amsterdamDay, formatDate, formatDateTime, RESOLUTION_LABELS, type Complaint, type DocumentSummary } from '../../../../../core/contracts';
import { latestLetter, sentViaText } from './shared';

/** The steps of the complaint procedure in order; `closed` is the end, nothing left to do. */
export type StepKey = 'forward' | 'owner' | 'call' | 'answer' | 'appeal' | 'close' | 'closed';

/**
 * The step due now, from where the dossier stands. After the answer went out the appeal window runs
 * (K11); once it has passed without an appeal, closing (K15) is what is left.
 */
export function currentStep(c: Complaint, today = amsterdamDay(new Date())): StepKey {
  if (c.status === 'afgesloten') return 'closed';
  if (c.status === 'geregistreerd') return 'forward';
  if (c.status === 'bezwaar' || c.hasAppeal) return 'appeal';
  if (c.status === 'beantwoord') return c.appealWindowEnds !== null && c.appealWindowEnds < today ? 'close' : 'appeal';
  if (!c.owner) return 'owner';
  // K8 before K10: a first call that reached the complainant comes before a written answer.
  if (!c.answerSummary && !c.calls.some((call) => call.reached)) return 'call';
  return 'answer';
}

const ORDER: StepKey[] = ['forward', 'owner', 'call', 'answer', 'appeal', 'close', 'closed'];

export function isDone(step: StepKey, current: StepKey): boolean {
  return ORDER.indexOf(step) < ORDER.indexOf(current);
}

/** One line per step already taken, so the history of the dossier reads at a glance. */
export function EarlierSteps({ complaint, documents }: { complaint: Complaint; documents: DocumentSummary[] | undefined }) {
  const lines = summaries(complaint, documents);
  if (lines.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-label="Eerdere stappen">
      <Group gap="xs" mb="sm">
        <IconListCheck size={20} />
        <Title order={2} size="h4">
          Eerdere stappen
        </Title>
      </Group>
      <List
        spacing={6}
        size="sm"
        icon={
          <ThemeIcon color="green" size={20} radius="xl" variant="light">
            <IconCircleCheck size={14} />
          </ThemeIcon>
        }
      >
        {lines.map((line) => (
          <List.Item key={line.key} data-step={line.key}>
            <Text size="sm">{line.text}</Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

function summaries(c: Complaint, documents: DocumentSummary[] | undefined): { key: string; text: string }[] {
  const lines: { key: string; text: string }[] = [];
  if (c.resolution === 'direct_opgelost') lines.push({ key: 'intake', text: `Direct opgelost bij de melding: ${c.resolutionText ?? ''}` });
  if (c.forwardedAt) {
    const to = [c.forwardedTeam ? `team ${c.forwardedTeam.name}` : null, c.forwardedStaff?.name].filter(Boolean).join(', ');
    const ack = latestLetter(documents, 'complaint-acknowledgement');
    lines.push({
      key: 'forward',
      text: `Doorgestuurd op ${formatDateTime(c.forwardedAt)} naar ${to}${c.manager ? ` (manager ${c.manager.name})` : ''}. Ontvangstbevestiging (T1) ${ack ? (ack.sentVia ? `verzonden ${sentViaText(ack)}` : 'nog niet verzonden') : 'niet gevonden'}.`,
    });
  }
  if (c.owner) lines.push({ key: 'owner', text: `Dossierverantwoordelijke: ${c.owner.name}.` });
  if (c.calls.length > 0) {
    const reached = c.calls.filter((call) => call.reached);
    const first = reached[0] ?? c.calls[0]!;
    lines.push({
      key: 'call',
      text: `${c.calls.length} telefoongesprek${c.calls.length === 1 ? '' : 'ken'} vastgelegd; ${reached.length > 0 ? `klager bereikt op ${formatDateTime(first.calledAt)} door ${first.calledBy?.name ?? 'onbekend'}` : 'klager nog niet bereikt'}.`,
    });
  }
  if (c.answerSentOn) {
    lines.push({
      key: 'answer',
      text: `Schriftelijk antwoord (T3) goedgekeurd door ${c.answerApprovedBy?.name ?? 'onbekend'} en verzonden op ${formatDate(c.answerSentOn)}${c.appealWindowEnds ? `; bezwaar mogelijk tot en met ${formatDate(c.appealWindowEnds)}` : ''}.`,
    });
  }
  if (c.closedOn && c.resolution) {
    const detail = c.resolutionText && c.resolution !== 'direct_opgelost' ? ` — ${c.resolutionText.trim().replace(/\.$/, '')}` : '';
    lines.push({ key: 'closed', text: `Afgesloten op ${formatDate(c.closedOn)}: ${RESOLUTION_LABELS[c.resolution]}${detail}.` });
  }
  return lines;
}
