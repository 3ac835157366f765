import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ADVICE_OUTCOME_LABELS, ADVICE_OUTCOMES, amsterdamDay, contracts, type Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { DateField } from '../../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';
import { ComplaintSelect } from './ComplaintSelect';

const schema = contracts['quality.addAdvice'].input;
type Values = z.input<typeof schema>;

/** Q2: an independent expert's binding advice; afterwards the participant is assessed (Q3 rules 2-3). */
export function AdviceForm({ participant: p, onDone }: { participant: Participant; onDone: () => void }) {
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { participantId: p.id, advisedOn: amsterdamDay(new Date()), expert: '', outcome: undefined as never, dispute: '', complaintId: null, notes: '' },
  });
  const add = useProcedureMutation('quality.addAdvice', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'Het bindend advies is vastgelegd.' });
      onDone();
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit((v) => add.mutate(v))} aria-label="Bindend advies toevoegen">
      <Stack gap="sm" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
        <FormAlert form={form} />
        <Group align="flex-start" gap="md">
          <Controller
            control={form.control}
            name="advisedOn"
            render={({ field, fieldState }) => (
              <DateField label="Datum advies" required value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} w={180} clearable={false} />
            )}
          />
          <TextInput label="Deskundige" required style={{ flex: 1 }} {...form.register('expert')} error={errors.expert?.message} />
          <Controller
            control={form.control}
            name="outcome"
            render={({ field, fieldState }) => (
              <Radio.Group label="Uitkomst" required value={field.value ?? ''} onChange={field.onChange} error={fieldState.error?.message}>
                <Group gap="lg" mt={8}>
                  {ADVICE_OUTCOMES.map((o) => (
                    <Radio key={o} value={o} label={ADVICE_OUTCOME_LABELS[o]} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
        </Group>
        <Textarea label="Geschil" required autosize minRows={2} {...form.register('dispute')} error={errors.dispute?.message} />
        <Controller
          control={form.control}
          name="complaintId"
          render={({ field, fieldState }) => (
            <ComplaintSelect participant={p} value={field.value} onChange={field.onChange} error={fieldState.error?.message} maw={480} />
          )}
        />
        <Textarea label="Notities" autosize minRows={2} {...form.register('notes')} error={errors.notes?.message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={add.isPending}>
            Advies vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
