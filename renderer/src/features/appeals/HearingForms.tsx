import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconNotes } from '@tabler/icons-react';
import { Controller, useForm, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay, amsterdamLocal, contracts, HEARING_KIND_LABELS, HEARING_KINDS, type Appeal } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { DateField } from '../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { LocalDateTimeInput, SendViaSelect } from '../complaints/dossier/shared';

const scheduleSchema = contracts['appeals.scheduleHearing'].input;
const recordSchema = contracts['appeals.recordHearing'].input;
const KIND_OPTIONS = HEARING_KINDS.map((k) => ({ value: k, label: HEARING_KIND_LABELS[k] }));

/** K12: by phone or at the head office, with date and time; `name` is where the pair sits in the form. */
export function HearingFields<T extends FieldValues>({ control, name }: { control: Control<T>; name: string }) {
  return (
    <Group align="flex-start" gap="sm">
      <Controller
        control={control}
        name={`${name}.kind` as Path<T>}
        render={({ field, fieldState }) => (
          <Select label="Soort gesprek" data={KIND_OPTIONS} value={(field.value as string | undefined) ?? null} onChange={field.onChange} ref={field.ref} required error={fieldState.error?.message} w={220} />
        )}
      />
      <Controller
        control={control}
        name={`${name}.at` as Path<T>}
        render={({ field, fieldState }) => (
          <LocalDateTimeInput label="Datum en tijd" required value={field.value as string | undefined} onChange={field.onChange} ref={field.ref} error={fieldState.error?.message} w={220} />
        )}
      />
    </Group>
  );
}

/** K12: plan the conversation about the appeal; the complainant may explain it orally. */
export function ScheduleHearingForm({ appeal }: { appeal: Appeal }) {
  const form = useForm<z.input<typeof scheduleSchema>, unknown, z.output<typeof scheduleSchema>>({
    resolver: zodResolver(scheduleSchema),
    defaultValues: { id: appeal.id, version: appeal.version, hearing: { kind: appeal.hearingKind ?? 'telefonisch', at: appeal.hearingAt ? amsterdamLocal(new Date(appeal.hearingAt)) : '' } },
  });
  const schedule = useProcedureMutation('appeals.scheduleHearing', {
    onSuccess: () => notifications.show({ color: 'green', message: 'Het gesprek over het bezwaar is gepland.' }),
    onError: (error) => showServerError(error, form),
  });
  return (
    <FormShell onSubmit={form.handleSubmit((v) => schedule.mutate(v))} aria-label="Gesprek plannen">
      <Stack gap="sm">
        <Title order={3} size="h5">
          <IconCalendarEvent size={16} style={{ verticalAlign: 'middle' }} /> {appeal.hearingAt ? 'Gesprek verzetten' : 'Gesprek plannen'}
        </Title>
        <FormAlert form={form} />
        <Group align="flex-end" gap="sm">
          <HearingFields control={form.control} name="hearing" />
          <Button type="submit" variant="light" loading={schedule.isPending} mb={2}>
            {appeal.hearingAt ? 'Verzetten' : 'Plannen'}
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}

/** The planned day when it has passed; otherwise today (a report is of a conversation held). */
function heldOnDefault(appeal: Appeal): string {
  const today = amsterdamDay(new Date());
  const planned = appeal.hearingAt ? amsterdamDay(new Date(appeal.hearingAt)) : today;
  return planned < today ? planned : today;
}

/** K12: the hearing report (gespreksverslag); the complainant receives a copy (T5). */
export function RecordHearingForm({ appeal }: { appeal: Appeal }) {
  const form = useForm<z.input<typeof recordSchema>, unknown, z.output<typeof recordSchema>>({
    resolver: zodResolver(recordSchema),
    defaultValues: { id: appeal.id, version: appeal.version, heldOn: heldOnDefault(appeal), participants: '', report: '', via: 'voorkeur' },
  });
  const record = useProcedureMutation('appeals.recordHearing', {
    onSuccess: () => notifications.show({ color: 'green', message: 'Het gespreksverslag is vastgelegd; het afschrift (T5) staat bij Documenten.' }),
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit((v) => record.mutate(v))} aria-label="Gespreksverslag">
      <Stack gap="sm">
        <Title order={3} size="h5">
          <IconNotes size={16} style={{ verticalAlign: 'middle' }} /> Gespreksverslag vastleggen
        </Title>
        <FormAlert form={form} />
        <Group align="flex-start" gap="sm">
          <Controller
            control={form.control}
            name="heldOn"
            render={({ field }) => <DateField label="Gesprek gehouden op" required value={field.value ?? null} onChange={field.onChange} error={errors.heldOn?.message} w={200} />}
          />
          <TextInput label="Aanwezig" required placeholder="Wie waren bij het gesprek" {...form.register('participants')} error={errors.participants?.message} style={{ flex: 1 }} />
        </Group>
        <Textarea label="Verslag" required autosize minRows={4} {...form.register('report')} error={errors.report?.message} />
        <Group align="flex-end" justify="space-between">
          <SendViaSelect control={form.control} name="via" label="Afschrift versturen via" />
          <Button type="submit" loading={record.isPending}>
            Verslag vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
