import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGavel } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { APPEAL_OUTCOME_LABELS, APPEAL_OUTCOMES, contracts, formatDate, type Appeal, type Complaint } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { FormAlert, FormShell } from '../../ui/form';
import { ImprovementSelects } from '../complaints/dossier/ImprovementSelects';
import { SendViaSelect } from '../complaints/dossier/shared';
import { K7Alert, useDeciderRefusal } from './K7Refusal';

const schema = contracts['appeals.decide'].input;

/** K13: the director's written decision (T6), which closes the dossier with its K15 choices. */
export function DecisionForm({ appeal, complaint }: { appeal: Appeal; complaint: Complaint }) {
  const k7 = useDeciderRefusal(complaint);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      id: appeal.id,
      version: appeal.version,
      decision: undefined as never,
      reasons: '',
      measures: '',
      improvement: { categoryId: '', causeId: '', measureId: '' },
      via: 'voorkeur',
    },
  });
  const decide = useProcedureMutation('appeals.decide', {
    onSuccess: ({ appeal: saved, complaint: closed }) =>
      notifications.show({
        color: 'green',
        message: `Uitspraak ${saved.decision ? APPEAL_OUTCOME_LABELS[saved.decision].toLowerCase() : ''} vastgelegd; ${closed.dossierNumber} is afgesloten en de uitspraak (T6) staat bij Documenten.`,
      }),
    onError: (error) => k7.onError(error, form),
  });
  const { errors } = form.formState;

  return (
    <FormShell onSubmit={form.handleSubmit((v) => decide.mutate(v))} aria-label="Uitspraak doen">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Het bezwaar wordt opnieuw behandeld. Uitspraak uiterlijk {formatDate(appeal.decisionDue)}.
        </Text>
        <K7Alert message={k7.message} title="Uitspraak niet toegestaan (K7)" />
        <FormAlert form={form} />
        <Controller
          control={form.control}
          name="decision"
          render={({ field }) => (
            <Radio.Group label="Het bezwaar is" required value={field.value ?? ''} onChange={field.onChange} error={errors.decision?.message}>
              <Group gap="lg" mt={6}>
                {APPEAL_OUTCOMES.map((o) => (
                  <Radio key={o} value={o} label={APPEAL_OUTCOME_LABELS[o]} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <Textarea label="Motivering" required autosize minRows={4} {...form.register('reasons')} error={errors.reasons?.message} />
        <Textarea label="Maatregelen" autosize minRows={2} {...form.register('measures')} error={errors.measures?.message} />
        <Text size="sm" fw={500}>
          Het dossier wordt afgesloten (K15):
        </Text>
        <ImprovementSelects control={form.control} name="improvement" />
        <Group align="flex-end" justify="space-between">
          <SendViaSelect control={form.control} name="via" label="Uitspraak (T6) versturen via" />
          <Button type="submit" loading={decide.isPending} disabled={k7.isSubject} leftSection={<IconGavel size={16} />}>
            Uitspraak vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
