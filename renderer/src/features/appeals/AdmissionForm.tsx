import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { contracts, type Appeal, type Complaint } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { FormAlert, FormShell } from '../../ui/form';
import { ImprovementSelects } from '../complaints/dossier/ImprovementSelects';
import { SendViaSelect } from '../complaints/dossier/shared';
import { HearingFields } from './HearingForms';
import { K7Alert, useDeciderRefusal } from './K7Refusal';

const schema = contracts['appeals.admit'].input;
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

/** K11: the director decides whether a late appeal is treated after all, and says why. */
export function AdmissionForm({ appeal, complaint }: { appeal: Appeal; complaint: Complaint }) {
  const k7 = useDeciderRefusal(complaint);
  const [propose, setPropose] = useState(false);
  const proposing = useRef(false);
  const resolver: Resolver<Values, unknown, Output> = (values, context, options) =>
    zodResolver(schema)(
      { ...values, hearing: values.admitted && proposing.current ? values.hearing : null, improvement: values.admitted === false ? values.improvement : null },
      context,
      options as never,
    ) as never;
  const form = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: {
      id: appeal.id,
      version: appeal.version,
      admitted: undefined as never,
      reason: '',
      hearing: { kind: 'telefonisch', at: '' },
      // A dossier closed earlier keeps its K15 choices unless they are changed here.
      improvement: { categoryId: complaint.category?.id ?? '', causeId: complaint.cause?.id ?? '', measureId: complaint.measure?.id ?? '' },
      via: 'voorkeur',
    },
  });
  const admitted = useWatch({ control: form.control, name: 'admitted' });
  const admit = useProcedureMutation('appeals.admit', {
    onSuccess: ({ appeal: saved }) =>
      notifications.show({
        color: 'green',
        message: saved.admitted ? 'Het te late bezwaar wordt toch behandeld; de klager krijgt bericht (T4).' : 'Het bezwaar is niet ontvankelijk verklaard; de klager krijgt de uitspraak (T6).',
      }),
    onError: (error) => k7.onError(error, form),
  });
  const { errors } = form.formState;

  return (
    <FormShell onSubmit={form.handleSubmit((v) => admit.mutate(v))} aria-label="Ontvankelijkheid">
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          Te laat bezwaar: toch in behandeling nemen?
        </Text>
        <K7Alert message={k7.message} />
        <FormAlert form={form} />
        <Controller
          control={form.control}
          name="admitted"
          render={({ field }) => (
            <Radio.Group
              value={field.value === true ? 'ja' : field.value === false ? 'nee' : ''}
              onChange={(v) => field.onChange(v === 'ja')}
              error={errors.admitted ? 'Kies of het bezwaar toch wordt behandeld' : undefined}
              aria-label="Besluit"
            >
              <Group gap="lg">
                <Radio value="ja" label="Toch in behandeling nemen" />
                <Radio value="nee" label="Niet ontvankelijk" />
              </Group>
            </Radio.Group>
          )}
        />
        <Textarea label="Reden" required autosize minRows={2} {...form.register('reason')} error={errors.reason?.message} />
        {admitted === true && (
          <>
            <Checkbox
              label="Gesprek voorstellen (K12)"
              checked={propose}
              onChange={(e) => {
                proposing.current = e.currentTarget.checked;
                setPropose(e.currentTarget.checked);
              }}
            />
            {propose && <HearingFields control={form.control} name="hearing" />}
          </>
        )}
        {admitted === false && (
          <>
            <Text size="sm" fw={500}>
              Het dossier wordt afgesloten (K15):
            </Text>
            <ImprovementSelects control={form.control} name="improvement" />
          </>
        )}
        <Group align="flex-end" justify="space-between">
          <SendViaSelect control={form.control} name="via" label="Bericht aan de klager via" />
          <Button type="submit" loading={admit.isPending} disabled={k7.isSubject}>
            Besluit vastleggen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
