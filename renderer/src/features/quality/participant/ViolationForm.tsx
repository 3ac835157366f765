import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Input, List, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ChangeEvent } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay, contracts, type Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { DateField } from '../../../ui/DateField';
import { FormAlert, FormShell } from '../../../ui/form';
import { formatSize, MAX_EVIDENCE_BYTES, readBase64 } from '../files';
import { RefusalAlert, useRuleRefusal } from '../refusal';

const schema = contracts['quality.recordViolation'].input;
type Values = z.input<typeof schema>;

/** Q5 h-j: the former participant still uses the mark after the 10 days: what was seen, when, with photos. */
export function ViolationForm({ participant: p, onDone }: { participant: Participant; onDone: () => void }) {
  const refusal = useRuleRefusal(['quality.violation_too_early', 'quality.not_terminated']);
  const [reading, setReading] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { participantId: p.id, seenOn: amsterdamDay(new Date()), description: '', files: [] },
  });
  const files = useWatch({ control: form.control, name: 'files' }) ?? [];
  const record = useProcedureMutation('quality.recordViolation', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'De overtreding is vastgelegd.' });
      onDone();
    },
    onError: (error) => refusal.onError(error, form),
  });
  const { errors } = form.formState;

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.currentTarget.files ?? [])];
    form.clearErrors('files');
    const tooLarge = chosen.filter((f) => f.size > MAX_EVIDENCE_BYTES);
    if (tooLarge.length) {
      form.setError('files', { type: 'size', message: `Groter dan 10 MB: ${tooLarge.map((f) => f.name).join(', ')}` });
      return;
    }
    setReading(true);
    try {
      const read = await Promise.all(chosen.map(async (f) => ({ name: f.name, contentType: f.type || 'application/octet-stream', base64: await readBase64(f), size: f.size })));
      form.setValue('files', read.map(({ size: _size, ...upload }) => upload), { shouldValidate: form.formState.isSubmitted });
    } finally {
      setReading(false);
    }
  }

  const filesError = errors.files?.message ?? (Array.isArray(errors.files) ? errors.files.find(Boolean)?.base64?.message : undefined);
  return (
    <FormShell onSubmit={form.handleSubmit((v) => record.mutate(v))} aria-label="Overtreding vastleggen">
      <Stack gap="sm" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
        <RefusalAlert message={refusal.message} title="Nog geen overtreding mogelijk (Q5 h-i)" />
        <FormAlert form={form} />
        <Controller
          control={form.control}
          name="seenOn"
          render={({ field, fieldState }) => (
            <DateField label="Gezien op" required value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} w={180} clearable={false} />
          )}
        />
        <Textarea label="Wat is er gezien" description="Bijvoorbeeld: sticker van het keurmerk op de bedrijfsbus, logo op de website" required autosize minRows={2} {...form.register('description')} error={errors.description?.message} />
        <Input.Wrapper label="Foto's" description="Hoogstens 10 bestanden van elk hoogstens 10 MB" error={filesError}>
          <input type="file" multiple accept="image/*,application/pdf" aria-label="Foto's" onChange={(e) => void onFiles(e)} style={{ display: 'block', marginTop: 4 }} />
        </Input.Wrapper>
        {files.length > 0 && (
          <List size="sm" spacing={2}>
            {files.map((f) => (
              <List.Item key={f.name}>
                {f.name}{' '}
                <Text span size="xs" c="dimmed">
                  ({formatSize(Math.floor((f.base64.length * 3) / 4))})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={record.isPending || reading}>
            Overtreding vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
