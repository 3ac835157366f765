import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay, contracts, type Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { DateField } from '../../../ui/DateField';
import { FormAlert, FormShell } from '../../../ui/form';
import { RefusalAlert, useRuleRefusal } from '../refusal';

const schema = contracts['quality.recordCheck'].input;

/** Q5 h-i: checked after the 10 days, the mark was no longer used: the work item is done. */
export function CheckForm({ participant: p, onDone }: { participant: Participant; onDone: () => void }) {
  const refusal = useRuleRefusal(['quality.violation_too_early', 'quality.not_terminated']);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { participantId: p.id, checkedOn: amsterdamDay(new Date()), note: '' },
  });
  const check = useProcedureMutation('quality.recordCheck', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'Controle vastgelegd: geen overtreding.' });
      onDone();
    },
    onError: (error) => refusal.onError(error, form),
  });
  return (
    <FormShell onSubmit={form.handleSubmit((v) => check.mutate(v))} aria-label="Controle stickers en promotiemateriaal">
      <Stack gap="sm" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
        <RefusalAlert message={refusal.message} title="Controle nog niet mogelijk" />
        <FormAlert form={form} />
        <Group align="flex-start" gap="md">
          <Controller
            control={form.control}
            name="checkedOn"
            render={({ field, fieldState }) => (
              <DateField label="Gecontroleerd op" required value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} w={180} clearable={false} />
            )}
          />
          <TextInput label="Toelichting" placeholder="Bijvoorbeeld: bus gezien zonder sticker, website gecontroleerd" style={{ flex: 1 }} {...form.register('note')} error={form.formState.errors.note?.message} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={check.isPending}>
            Controle vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
