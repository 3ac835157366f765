import { Alert, Button, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { IconEye, IconEyeCheck, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { FINDING_KIND_LABELS, formatDate, HARDSHIP_OUTCOME_LABELS, HARDSHIP_RULES, type Participant, type TerminationRule } from '../../../../../core/contracts';
import { Fact } from '../../complaints/dossier/shared';
import { useQualityAccess } from '../access';
import { FindingStatusBadge, HardshipPendingBadge, ruleText, TerminationRuleBadge } from '../badges';
import { findingAnchor } from '../paths';
import { DecideForm } from './DecideForm';
import { EvidenceDetails } from './EvidenceDetails';
import { DecideHardshipForm, InvokeHardshipForm } from './HardshipForms';
import { useEvidenceHighlight } from './highlight';

type Finding = Participant['findings'][number];

/** One finding of an assessment (Q3): the rule, the evidence, the hardship clause and the board's decision. */
export function FindingItem({ participant: p, finding: f, onLetter }: { participant: Participant; finding: Finding; onLetter: (documentId: string) => void }) {
  const { canEdit, isBoard } = useQualityAccess();
  const highlight = useEvidenceHighlight();
  const [invoking, setInvoking] = useState(false);
  const open = f.status === 'open';
  const hardship = f.hardship;
  const hardshipPending = !!hardship && hardship.outcome === null;
  const shown = highlight.findingId === f.id;
  const mayInvoke = open && !hardship && HARDSHIP_RULES.includes(f.rule as TerminationRule) && canEdit;

  return (
    <Paper
      withBorder
      p="md"
      id={findingAnchor(f.id)}
      component="article"
      aria-label={`Bevinding regel ${f.rule} van ${formatDate(f.assessedOn)}`}
      data-testid="finding"
      style={open ? { borderColor: 'var(--mantine-color-orange-5)', borderWidth: 2, scrollMarginTop: 76 } : { scrollMarginTop: 76 }}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TerminationRuleBadge rule={f.rule} />
            <Text size="sm" fw={600}>
              {ruleText(f.rule)}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            {hardshipPending && <HardshipPendingBadge />}
            <FindingStatusBadge status={f.status} />
          </Group>
        </Group>
        {f.kind === 'staffel_zwijgt' && (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle size={16} />} p="xs">
            {FINDING_KIND_LABELS.staffel_zwijgt}.
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          Vastgesteld bij de beoordeling van {formatDate(f.assessedOn)}
        </Text>
        <EvidenceDetails evidence={f.evidence} participant={p} />
        <Group>
          <Button
            size="xs"
            variant={shown ? 'light' : 'default'}
            leftSection={shown ? <IconEyeCheck size={14} /> : <IconEye size={14} />}
            onClick={() => highlight.show(shown ? null : f.id)}
            aria-pressed={shown}
          >
            {shown ? 'Gemarkeerd in de tabellen' : 'Markeren in de tabellen'}
          </Button>
        </Group>
        {hardship && (
          <>
            <Divider label="Hardheidsclausule" labelPosition="left" />
            <Group gap="xl" align="flex-start">
              <Fact label="Beroep ontvangen">{formatDate(hardship.invokedOn)}</Fact>
              <Fact label="Onderbouwing">
                <span style={{ whiteSpace: 'pre-wrap' }}>{hardship.argument}</span>
              </Fact>
              {hardship.outcome && (
                <Fact label="Besluit bestuur">
                  {HARDSHIP_OUTCOME_LABELS[hardship.outcome]}
                  {hardship.decidedOn ? ` (${formatDate(hardship.decidedOn)}${hardship.decidedBy ? `, ${hardship.decidedBy.name}` : ''})` : ''}
                  {hardship.reasons && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {hardship.reasons}
                    </Text>
                  )}
                </Fact>
              )}
            </Group>
            {hardshipPending && isBoard && <DecideHardshipForm hardship={hardship} />}
            {hardshipPending && !isBoard && (
              <Text size="sm" c="dimmed">
                Het bestuur besluit over het beroep.
              </Text>
            )}
          </>
        )}
        {mayInvoke && !invoking && (
          <Group>
            <Button size="xs" variant="default" onClick={() => setInvoking(true)}>
              Beroep op hardheidsclausule
            </Button>
          </Group>
        )}
        {mayInvoke && invoking && (
          <>
            <Divider label="Beroep op de hardheidsclausule" labelPosition="left" />
            <InvokeHardshipForm finding={f} onDone={() => setInvoking(false)} />
          </>
        )}
        {open && isBoard && (
          <>
            <Divider label="Besluit van het bestuur" labelPosition="left" />
            <DecideForm participant={p} finding={f} onLetter={onLetter} key={`${f.id}-${hardship?.outcome ?? 'none'}`} />
          </>
        )}
        {open && !isBoard && (
          <Text size="sm" c="dimmed">
            Het bestuur van de stichting besluit over deze bevinding.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
