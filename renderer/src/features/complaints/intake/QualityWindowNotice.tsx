import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { IconCertificateOff } from '@tabler/icons-react';
import { dayField, formatDate } from '../../../../../core/contracts';
import { useProcedure } from '../../../api/queries';
import { DateField } from '../../../ui/DateField';

interface QualityWindowNoticeProps {
  providerId: string;
  /** The day the complaint came in (yyyy-mm-dd); today when not (yet) a valid day. */
  receivedOn: string | null;
  executedOn: string | null;
  onExecutedOnChange: (day: string | null) => void;
  error?: string;
}

/**
 * Q5 d: after a participation ended, customers may still complain within three months after their
 * agreement was executed. Shown while the complaint is taken in; it informs and never blocks saving.
 */
export function QualityWindowNotice({ providerId, receivedOn, executedOn, onExecutedOnChange, error }: QualityWindowNoticeProps) {
  const received = receivedOn && dayField.safeParse(receivedOn).success ? receivedOn : null;
  const executed = executedOn && dayField.safeParse(executedOn).success ? executedOn : null;
  const window = useProcedure('quality.complaintWindow', { providerId, executedOn: executed, receivedOn: received }, { placeholderData: keepPreviousData });
  const w = window.data;
  if (!w?.applies) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconCertificateOff size={18} />} title="Oud-deelnemer van het keurmerk (Q5 d)" data-testid="quality-complaint-window">
      <Stack gap="sm">
        <Text size="sm">{w.message}</Text>
        <Group align="flex-end" gap="md">
          <DateField label="Datum uitvoering overeenkomst" value={executedOn} onChange={onExecutedOnChange} error={error} w={280} />
          {w.mayBeTakenUp === true && (
            <Badge color="green" variant="light" tt="none" size="lg" mb={4}>
              Kan in behandeling{w.lastDay ? ` (binnen 3 maanden, tot en met ${formatDate(w.lastDay)})` : ''}
            </Badge>
          )}
          {w.mayBeTakenUp === false && (
            <Badge color="red" variant="light" tt="none" size="lg" mb={4}>
              Buiten de termijn van 3 maanden{w.lastDay ? ` (kon tot en met ${formatDate(w.lastDay)})` : ''}
            </Badge>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
