import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay, contracts, HARDSHIP_OUTCOME_LABELS, HARDSHIP_OUTCOMES, type Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { DateField } from '../../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';

type Finding = Participant['findings'][number];
type Hardship = NonNullable<Finding['hardship']>;

const invokeSchema = contracts['quality.invokeHardship'].input;

/** Q3: the participant invokes the hardship clause on a finding under rules 1-4 (recorded by staff). */
export function InvokeHardshipForm({ finding, onDone }: { finding: Finding; onDone: () => void }) {
  const form = useForm<z.input<typeof invokeSchema>, unknown, z.output<typeof invokeSchema>>({
    resolver: zodResolver(invokeSchema),
    defaultValues: { findingId: finding.id, invokedOn: amsterdamDay(new Date()), argument: '' },
  });
  const invoke = useProcedureMutation('quality.invokeHardship', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'Het beroep op de hardheidsclausule is vastgelegd; het bestuur besluit erover.' });
      onDone();
    },
    onError: (error) => showServerError(error, form),
  });
  return (
    <FormShell onSubmit={form.handleSubmit((v) => invoke.mutate(v))} aria-label="Beroep op hardheidsclausule">
      <Stack gap="sm">
        <FormAlert form={form} />
        <Controller
          control={form.control}
          name="invokedOn"
          render={({ field, fieldState }) => (
            <DateField label="Ontvangen op" required value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} w={180} clearable={false} />
          )}
        />
        <Textarea label="Onderbouwing" description="Waarom de deelnemer vindt dat de regel in dit geval niet moet gelden" required autosize minRows={3} {...form.register('argument')} error={form.formState.errors.argument?.message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={invoke.isPending}>
            Beroep vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}

const decideSchema = contracts['quality.decideHardship'].input;

/** Q3: the board grants the hardship request (not terminated) or refuses it (the finding stays open for its decision). */
export function DecideHardshipForm({ hardship }: { hardship: Hardship }) {
  const form = useForm<z.input<typeof decideSchema>, unknown, z.output<typeof decideSchema>>({
    resolver: zodResolver(decideSchema),
    defaultValues: { id: hardship.id, outcome: undefined as never, reasons: '' },
  });
  const decide = useProcedureMutation('quality.decideHardship', {
    onSuccess: (_, input) =>
      notifications.show({
        color: 'green',
        message: input.outcome === 'toegewezen' ? 'Beroep toegewezen: de bevinding leidt niet tot beëindiging.' : 'Beroep afgewezen: besluit nu over de bevinding.',
      }),
    onError: (error) => showServerError(error, form),
  });
  return (
    <FormShell onSubmit={form.handleSubmit((v) => decide.mutate(v))} aria-label="Besluit op de hardheidsclausule">
      <Stack gap="sm">
        <FormAlert form={form} />
        <Controller
          control={form.control}
          name="outcome"
          render={({ field, fieldState }) => (
            <Radio.Group label="Besluit op het beroep" required value={field.value ?? ''} onChange={field.onChange} error={fieldState.error?.message}>
              <Group gap="lg" mt={6}>
                {HARDSHIP_OUTCOMES.map((o) => (
                  <Radio key={o} value={o} label={HARDSHIP_OUTCOME_LABELS[o]} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <Textarea label="Motivering" required autosize minRows={2} {...form.register('reasons')} error={form.formState.errors.reasons?.message} />
        <Group justify="flex-end">
          <Button type="submit" loading={decide.isPending}>
            Besluit op beroep vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
