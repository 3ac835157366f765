import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Loader, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData } from '@tanstack/react-query';
import { IconCalendarTime, IconDoorExit } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay, contracts, dayField, formatDate, type Participant } from '../../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../../api/queries';
import { DateField } from '../../../ui/DateField';
import { FormAlert, FormShell } from '../../../ui/form';
import { SendViaSelect, StepCard } from '../../complaints/dossier/shared';
import { useQualityAccess } from '../access';
import { newestLetter } from '../letters';
import { RefusalAlert, useRuleRefusal } from '../refusal';

const schema = contracts['quality.terminateByParticipant'].input;
type Values = z.input<typeof schema>;

/** Q4: the participant ends the participation in writing, at least one month before the membership year ends. */
export function NoticeCard({ participant: p, onLetter }: { participant: Participant; onLetter: (documentId: string) => void }) {
  const { canEdit } = useQualityAccess();
  const [open, setOpen] = useState(false);
  const t = p.noticeTerms;
  return (
    <StepCard title="Opzeggen door deelnemer" rules="Q4" icon={<IconDoorExit size={20} />}>
      <Text size="sm" c="dimmed">
        Vandaag ontvangen: einde per {formatDate(t.earliestEndDate)}. Voor het einde per {formatDate(t.currentYearEnd)} moet de schriftelijke opzegging uiterlijk {formatDate(t.noticeDeadline)} binnen zijn.
      </Text>
      {canEdit && !open && (
        <Group>
          <Button variant="default" onClick={() => setOpen(true)}>
            Opzegging vastleggen
          </Button>
        </Group>
      )}
      {open && <NoticeForm participant={p} onLetter={onLetter} onCancel={() => setOpen(false)} />}
    </StepCard>
  );
}

function NoticeForm({ participant: p, onLetter, onCancel }: { participant: Participant; onLetter: (documentId: string) => void; onCancel: () => void }) {
  const refusal = useRuleRefusal(['quality.notice_too_late', 'quality.ended']);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { id: p.id, version: p.version, receivedOn: amsterdamDay(new Date()), reason: '', via: 'voorkeur' },
  });
  const receivedOn = useWatch({ control: form.control, name: 'receivedOn' });
  const validDay = dayField.safeParse(receivedOn).success;
  const terms = useProcedure('quality.noticeTerms', { id: p.id, receivedOn: receivedOn ?? '' }, { enabled: validDay, placeholderData: keepPreviousData });
  const terminate = useProcedureMutation('quality.terminateByParticipant', {
    onSuccess: ({ participant, documents }) => {
      notifications.show({
        color: 'green',
        message: `Opzegging vastgelegd: het deelnemerschap eindigt per ${participant.terminationDate ? formatDate(participant.terminationDate) : '—'}. De bevestiging (T15) staat bij Documenten.`,
      });
      const letter = newestLetter(documents);
      if (letter) onLetter(letter.id);
    },
    onError: (error) => refusal.onError(error, form),
  });
  const t = validDay ? terms.data : undefined;
  // Q4: received after the deadline, the notice does not reach this year end; the back end refuses it.
  const late = t ? t.earliestEndDate !== t.currentYearEnd : false;

  return (
    <FormShell onSubmit={form.handleSubmit((v) => terminate.mutate(v))} aria-label="Opzegging door de deelnemer">
      <Stack gap="sm">
        <RefusalAlert message={refusal.message} title="Opzegging niet mogelijk (Q4)" />
        <FormAlert form={form} />
        <Group align="flex-start" gap="md">
          <Controller
            control={form.control}
            name="receivedOn"
            render={({ field, fieldState }) => (
              <DateField
                label="Opzegging ontvangen op"
                required
                value={field.value || null}
                onChange={(v) => {
                  refusal.clear();
                  field.onChange(v ?? '');
                }}
                error={fieldState.error?.message}
                w={220}
                clearable={false}
              />
            )}
          />
          <Alert color={late ? 'orange' : 'blue'} variant="light" icon={<IconCalendarTime size={18} />} style={{ flex: 1 }} data-testid="notice-terms">
            {terms.isFetching && !t && <Loader size="xs" />}
            {t && (
              <Text size="sm">
                Uiterlijk {formatDate(t.noticeDeadline)} ontvangen voor einde per {formatDate(t.currentYearEnd)}; vroegst mogelijke einddatum {formatDate(t.earliestEndDate)}.
              </Text>
            )}
            {late && (
              <Text size="sm" fw={600} mt={4}>
                Te laat voor {formatDate(t!.currentYearEnd)}: de opzegging kan niet worden vastgelegd.
              </Text>
            )}
            {terms.isError && <Text size="sm">{terms.error.message}</Text>}
          </Alert>
        </Group>
        <Textarea label="Reden van de deelnemer" description="Intern; wordt nooit openbaar gemaakt (Q5 g)" autosize minRows={2} {...form.register('reason')} error={form.formState.errors.reason?.message} />
        <Group align="flex-end" justify="space-between">
          <SendViaSelect control={form.control} name="via" label="Bevestiging (T15) versturen via" />
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              Annuleren
            </Button>
            <Button type="submit" color="orange" loading={terminate.isPending}>
              Opzegging vastleggen
            </Button>
          </Group>
        </Group>
      </Stack>
    </FormShell>
  );
}
