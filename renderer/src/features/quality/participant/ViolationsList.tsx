import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, type Participant } from '../../../../../core/contracts';
import { PATHS } from '../../../app/paths';
import { useQualityAccess } from '../access';
import { EvidenceFileButton } from './EvidenceFileButton';
import { PublishForm } from './PublishForm';

/** Q5 j, Q6: the violations recorded after the termination, with their photos and the blacklist. */
export function ViolationsList({ participant: p, onLetter }: { participant: Participant; onLetter: (documentId: string) => void }) {
  const { canPublish } = useQualityAccess();
  const violations = [...p.violations].sort((a, b) => b.seenOn.localeCompare(a.seenOn));
  return (
    <Stack gap="sm" aria-label="Overtredingen">
      {violations.map((v) => (
        <Paper key={v.id} withBorder p="sm" component="article" aria-label={`Overtreding ${formatDate(v.seenOn)}`} data-testid="violation">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={600}>
                Overtreding gezien op {formatDate(v.seenOn)}
              </Text>
              {v.blacklistEntryId && (
                <Badge miw="max-content" color="dark" variant="filled" tt="none">
                  Op de zwarte lijst
                </Badge>
              )}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {v.description}
            </Text>
            {v.recordedBy && (
              <Text size="xs" c="dimmed">
                Vastgelegd door {v.recordedBy.name}
              </Text>
            )}
            {v.files.length > 0 ? (
              <Group gap={4}>
                {v.files.map((f) => (
                  <EvidenceFileButton key={f.id} file={f} />
                ))}
              </Group>
            ) : (
              <Text size="xs" c="dimmed">
                Geen foto&apos;s.
              </Text>
            )}
            {v.blacklistEntryId ? (
              <Anchor component={Link} to={PATHS.blacklist} size="sm">
                Naar de zwarte lijst
              </Anchor>
            ) : (
              canPublish && <PublishForm participant={p} violation={v} onLetter={onLetter} />
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
