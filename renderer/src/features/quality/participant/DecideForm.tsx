import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGavel } from '@tabler/icons-react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay, contracts, DECISION_OUTCOME_LABELS, DECISION_OUTCOMES, formatDate, type Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { DateField } from '../../../ui/DateField';
import { FormAlert, FormShell } from '../../../ui/form';
import { SendViaSelect } from '../../complaints/dossier/shared';
import { newestLetter } from '../letters';
import { RefusalAlert, useRuleRefusal } from '../refusal';

const schema = contracts['quality.decide'].input;
type Values = z.input<typeof schema>;
type Finding = Participant['findings'][number];

const REFUSALS = ['quality.hardship_pending', 'quality.finding_decided', 'quality.ended', 'quality.termination_before_start', 'quality.rule6_terminates'];

interface DecideFormProps {
  participant: Participant;
  /** Null: rule 6, ending without a finding and without giving a reason. */
  finding: Finding | null;
  onLetter: (documentId: string) => void;
}

/** Q3-Q4: the board decides on a finding (end or not), or ends the participation without a finding (rule 6). */
export function DecideForm({ participant: p, finding, onLetter }: DecideFormProps) {
  const rule6 = finding === null;
  const refusal = useRuleRefusal(REFUSALS);
  const pending = !!finding?.hardship && finding.hardship.outcome === null;
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      participantId: p.id,
      findingId: finding?.id ?? null,
      outcome: rule6 ? 'beeindigen' : (undefined as never),
      reasons: '',
      terminationDate: amsterdamDay(new Date()),
      via: 'voorkeur',
    },
  });
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const decide = useProcedureMutation('quality.decide', {
    onSuccess: ({ participant, documents }, input) => {
      const ended = input.outcome === 'beeindigen';
      notifications.show({
        color: 'green',
        message: ended
          ? `Het deelnemerschap eindigt per ${participant.terminationDate ? formatDate(participant.terminationDate) : 'de gekozen datum'}; de beëindigingsbrief (T15) staat bij Documenten.`
          : 'Besluit vastgelegd: het deelnemerschap loopt door.',
      });
      const letter = ended ? newestLetter(documents) : undefined;
      if (letter) onLetter(letter.id);
    },
    onError: (error) => refusal.onError(error, form),
  });
  const { errors } = form.formState;
  const ending = outcome === 'beeindigen';

  return (
    <FormShell onSubmit={form.handleSubmit((v) => decide.mutate({ ...v, terminationDate: ending ? v.terminationDate : null }))} aria-label={rule6 ? 'Beëindigen zonder opgaaf van reden' : 'Besluit over de bevinding'}>
      <Stack gap="sm">
        <RefusalAlert message={refusal.message ?? (pending ? 'De deelnemer heeft een beroep gedaan op de hardheidsclausule. Besluit daar eerst over.' : null)} title="Besluiten kan nog niet" />
        <FormAlert form={form} />
        {!rule6 && (
          <Controller
            control={form.control}
            name="outcome"
            render={({ field, fieldState }) => (
              <Radio.Group label="Besluit" required value={field.value ?? ''} onChange={field.onChange} error={fieldState.error?.message}>
                <Group gap="lg" mt={6}>
                  {DECISION_OUTCOMES.map((o) => (
                    <Radio key={o} value={o} label={DECISION_OUTCOME_LABELS[o]} disabled={pending} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
        )}
        <Textarea
          label={rule6 ? 'Motivering (intern)' : 'Motivering'}
          description={ending ? 'Blijft intern: de stichting maakt de reden van beëindiging niet openbaar (Q5 g).' : undefined}
          required
          autosize
          minRows={3}
          disabled={pending}
          {...form.register('reasons')}
          error={errors.reasons?.message}
        />
        {ending && (
          <Group align="flex-end" gap="md">
            <Controller
              control={form.control}
              name="terminationDate"
              render={({ field, fieldState }) => (
                <DateField
                  label="Einddatum"
                  description="Het bestuur kan op elk moment beëindigen (Q4)"
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v)}
                  error={fieldState.error?.message}
                  w={240}
                  clearable={false}
                />
              )}
            />
            <SendViaSelect control={form.control} name="via" label="Beëindigingsbrief (T15) versturen via" />
          </Group>
        )}
        {ending && (
          <Text size="xs" c="dimmed">
            De brief (T15) noemt de gevolgen (Q5 a–j): geen offertes of werk meer onder het keurmerk, stickers en promotiemateriaal binnen 10 dagen weg, geen restitutie van de contributie.
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" color={ending ? 'red' : undefined} loading={decide.isPending} disabled={pending} leftSection={<IconGavel size={16} />}>
            {rule6 ? 'Deelnemerschap beëindigen' : ending ? 'Besluit vastleggen en beëindigen' : 'Besluit vastleggen'}
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
