import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconEye, IconFileText, IconGavel, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contracts, formatDate, formatDateTime, formatErrorMessage, type Complaint } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { useCurrentUser } from '../../../app/session';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../../ui/form';
import { LetterPreview, SendViaSelect, StepCard } from './shared';

const draftSchema = contracts['complaints.draftAnswer'].input;
const sendSchema = contracts['complaints.sendAnswer'].input;

/** K10: the written answer: drafted, read as the letter, approved by someone else than its subject (K7), sent. */
export function AnswerCard({ complaint, current }: { complaint: Complaint; current: boolean }) {
  const [previewing, setPreviewing] = useState(false);
  const approved = complaint.answerApprovedAt !== null;
  const sent = complaint.answerSentOn !== null;
  return (
    <StepCard title="Schriftelijk antwoord" rules="K10 · K7" icon={<IconFileText size={20} />} current={current}>
      {sent ? (
        <Stack gap={4}>
          <Text size="sm">
            Verzonden op <b>{formatDate(complaint.answerSentOn!)}</b>, goedgekeurd door {complaint.answerApprovedBy?.name ?? 'onbekend'}.
          </Text>
          {complaint.appealWindowEnds && (
            <Text size="sm" fw={600} data-testid="appeal-window">
              Bezwaar mogelijk tot en met {formatDate(complaint.appealWindowEnds)} (K11)
            </Text>
          )}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Zonder directe oplossing krijgt de klager binnen zes weken na ontvangst een schriftelijk antwoord met de klacht en de voorgestelde oplossing of maatregelen.
        </Text>
      )}
      {!approved && <DraftForm complaint={complaint} key={complaint.version} />}
      {complaint.answerDocumentId && (
        <Group gap="sm">
          <Button variant="default" leftSection={<IconEye size={16} />} onClick={() => setPreviewing(true)}>
            Voorbeeld van de brief
          </Button>
          {approved && !sent && (
            <Text size="sm" c="green.8">
              <IconCircleCheck size={14} style={{ verticalAlign: 'middle' }} /> Goedgekeurd door {complaint.answerApprovedBy?.name ?? 'onbekend'} op{' '}
              {formatDateTime(complaint.answerApprovedAt!)}
            </Text>
          )}
        </Group>
      )}
      {complaint.answerSummary && !approved && <ApproveSection complaint={complaint} />}
      {approved && !sent && <SendForm complaint={complaint} />}
      <Modal opened={previewing} onClose={() => setPreviewing(false)} title="Voorbeeld: schriftelijk antwoord (T3)" size={880} centered>
        {complaint.answerDocumentId && <LetterPreview documentId={complaint.answerDocumentId} title="Voorbeeld van het schriftelijk antwoord" />}
      </Modal>
    </StepCard>
  );
}

function DraftForm({ complaint }: { complaint: Complaint }) {
  const form = useForm<z.input<typeof draftSchema>, unknown, z.output<typeof draftSchema>>({
    resolver: zodResolver(draftSchema),
    defaultValues: { id: complaint.id, version: complaint.version, answerSummary: complaint.answerSummary ?? '', answerSolution: complaint.answerSolution ?? '' },
  });
  const draft = useProcedureMutation('complaints.draftAnswer', {
    onSuccess: () => notifications.show({ color: 'green', message: 'Het concept-antwoord (T3) is opgeslagen. Bekijk de brief en laat hem goedkeuren.' }),
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit((v) => draft.mutate(v))} aria-label="Antwoord opstellen">
      <Stack gap="sm">
        <FormAlert form={form} />
        <Textarea label="De klacht, zoals u die samenvat" required autosize minRows={3} {...form.register('answerSummary')} error={errors.answerSummary?.message} />
        <Textarea label="Voorgestelde oplossing of maatregelen" required autosize minRows={3} {...form.register('answerSolution')} error={errors.answerSolution?.message} />
        <Group justify="flex-end">
          <Button type="submit" variant={complaint.answerSummary ? 'default' : 'filled'} loading={draft.isPending}>
            {complaint.answerSummary ? 'Concept bijwerken' : 'Concept opslaan'}
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}

/** K7: a manager or the director approves; the person the complaint is about cannot, and is told why. */
function ApproveSection({ complaint }: { complaint: Complaint }) {
  const user = useCurrentUser();
  const mayApprove = user.roles.includes('manager') || user.roles.includes('director');
  const isSubject = complaint.subjectStaffId === user.id;
  const approve = useProcedureMutation('complaints.approveAnswer', {
    onSuccess: () => notifications.show({ color: 'green', message: 'Het antwoord is goedgekeurd en kan worden verstuurd.' }),
  });
  const refusal = approve.error?.code === 'complaint.decider_is_subject' ? approve.error.message : isSubject ? formatErrorMessage('complaint.decider_is_subject') : null;
  if (!mayApprove) {
    return (
      <Text size="sm" c="dimmed">
        Een manager of de directeur keurt het antwoord goed (K10){complaint.manager ? `: ${complaint.manager.name}` : ''}.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {refusal && (
        <Alert color="red" title="Goedkeuren niet toegestaan (K7)" icon={<IconGavel size={18} />} role="alert">
          {refusal}
        </Alert>
      )}
      {approve.isError && !refusal && <ErrorAlert message={approve.error.message} />}
      <Group justify="flex-end">
        <Button color="green" leftSection={<IconCircleCheck size={16} />} loading={approve.isPending} disabled={isSubject} onClick={() => approve.mutate({ id: complaint.id, version: complaint.version })}>
          Goedkeuren
        </Button>
      </Group>
    </Stack>
  );
}

function SendForm({ complaint }: { complaint: Complaint }) {
  const form = useForm<z.input<typeof sendSchema>, unknown, z.output<typeof sendSchema>>({
    resolver: zodResolver(sendSchema),
    defaultValues: { id: complaint.id, version: complaint.version, via: 'voorkeur' },
  });
  const send = useProcedureMutation('complaints.sendAnswer', {
    onSuccess: ({ complaint: saved }) =>
      notifications.show({ color: 'green', message: `Het antwoord is verzonden. Bezwaar is mogelijk tot en met ${saved.appealWindowEnds ? formatDate(saved.appealWindowEnds) : '—'}.` }),
    onError: (error) => showServerError(error, form),
  });
  return (
    <FormShell onSubmit={form.handleSubmit((v) => send.mutate(v))} aria-label="Antwoord versturen">
      <FormAlert form={form} />
      <Group align="flex-end" gap="sm" mt="xs">
        <SendViaSelect control={form.control} name="via" />
        <Button type="submit" loading={send.isPending} leftSection={<IconSend size={16} />}>
          Versturen
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        Met het versturen begint de bezwaartermijn van een maand (K11).
      </Text>
    </FormShell>
  );
}
