import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Group, List, Modal, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCircleCheck, IconCircleX, IconClipboardList, IconHome, IconPhone, IconUserPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  advanceScreeningInput,
  amsterdamDay,
  formatDate,
  formatDateTime,
  SCREENING_STATUS_LABELS,
  type ProviderDetail,
  type ScreeningStatus,
  type ScreeningStep,
} from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { DateField } from '../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../ui/form';

const STEP_ICONS: Record<ScreeningStatus, ReactNode> = {
  aangemeld: <IconUserPlus size={14} />,
  telefonisch_geselecteerd: <IconPhone size={14} />,
  bezocht: <IconHome size={14} />,
  goedgekeurd: <IconCheck size={14} />,
  afgewezen: <IconCircleX size={14} />,
};

/** The button for each next step, and the dialog's title. */
const STEP_ACTIONS: Record<ScreeningStep, string> = {
  telefonisch_geselecteerd: 'Telefonische selectie vastleggen',
  bezocht: 'Bezoek vastleggen',
  goedgekeurd: 'Goedkeuren',
  afgewezen: 'Afwijzen…',
};

/** D2: phone selection, visit, approval, each with who and when; approval only with nothing missing. */
export function ScreeningCard({ provider }: { provider: ProviderDetail }) {
  const [step, setStep] = useState<ScreeningStep | null>(null);
  const missing = provider.missingForApproval;
  const open = provider.allowedSteps.length > 0;
  const forward = provider.allowedSteps.filter((s) => s !== 'afgewezen');

  return (
    <Card withBorder padding="lg" component="section" aria-label="Screening">
      <Group gap="xs" mb="md">
        <IconClipboardList size={20} />
        <Title order={2} size="h4">
          Screening
        </Title>
      </Group>
      <Timeline bulletSize={24} lineWidth={2} active={provider.screening.length - 1} aria-label="Stappen van de screening">
        {provider.screening.map((s) => (
          <Timeline.Item key={s.id} bullet={STEP_ICONS[s.step]} color={s.step === 'afgewezen' ? 'red' : s.step === 'goedgekeurd' ? 'green' : undefined} title={SCREENING_STATUS_LABELS[s.step]}>
            <Text size="sm" data-testid="screening-step">
              {formatDate(s.doneOn)} · {s.doneByName ?? 'onbekend'}
            </Text>
            {s.note && (
              <Text size="sm" c="dimmed">
                {s.note}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              Vastgelegd {formatDateTime(s.recordedAt)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {provider.screeningStatus === 'afgewezen' && provider.rejectionReason && (
        <Alert color="red" mt="md" title="Reden van afwijzing">
          {provider.rejectionReason}
        </Alert>
      )}
      {open && (
        <Stack gap="sm" mt="lg">
          {missing.length > 0 && (
            <Alert color="yellow" variant="light" title="Nog nodig voor goedkeuring" data-testid="missing-for-approval">
              <List size="sm" spacing={2}>
                {missing.map((m) => (
                  <List.Item key={m.key}>{m.message}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group gap="sm">
            {forward.map((s) => (
              <Button
                key={s}
                onClick={() => setStep(s)}
                disabled={s === 'goedgekeurd' && missing.length > 0}
                color={s === 'goedgekeurd' ? 'green' : undefined}
                leftSection={s === 'goedgekeurd' ? <IconCircleCheck size={16} /> : STEP_ICONS[s]}
              >
                {STEP_ACTIONS[s]}
              </Button>
            ))}
            {/* Approval is the end of the road; show it, disabled, until the visit makes it the next step. */}
            {!forward.includes('goedgekeurd') && (
              <Button disabled color="green" leftSection={<IconCircleCheck size={16} />} title="Eerst de telefonische selectie en het bezoek">
                Goedkeuren
              </Button>
            )}
            {provider.allowedSteps.includes('afgewezen') && (
              <Button variant="outline" color="red" onClick={() => setStep('afgewezen')}>
                {STEP_ACTIONS.afgewezen}
              </Button>
            )}
          </Group>
        </Stack>
      )}
      {step && <StepDialog provider={provider} step={step} onClose={() => setStep(null)} />}
    </Card>
  );
}

type Values = z.input<typeof advanceScreeningInput>;

function StepDialog({ provider, step, onClose }: { provider: ProviderDetail; step: ScreeningStep; onClose: () => void }) {
  const form = useForm<Values, unknown, z.output<typeof advanceScreeningInput>>({
    resolver: zodResolver(advanceScreeningInput),
    defaultValues: { id: provider.id, step, doneOn: amsterdamDay(new Date()), note: '', rejectionReason: '', version: provider.version },
  });
  const advance = useProcedureMutation('providers.advanceScreening', {
    onSuccess: (saved) => {
      notifications.show({ color: 'green', message: `${SCREENING_STATUS_LABELS[step]}: vastgelegd voor ${saved.person.name}.` });
      onClose();
    },
    onError: (error) => showServerError(error, form),
  });
  const title = step === 'afgewezen' ? 'Afwijzen' : STEP_ACTIONS[step];
  const { errors } = form.formState;

  return (
    <Modal opened onClose={onClose} title={title}>
      <FormShell onSubmit={form.handleSubmit((values) => advance.mutate(values))} aria-label={title}>
        <Stack gap="md">
          <FormAlert form={form} />
          <Controller
            control={form.control}
            name="doneOn"
            render={({ field }) => <DateField label="Datum" value={field.value ?? null} onChange={field.onChange} error={errors.doneOn?.message} required />}
          />
          {step === 'afgewezen' && (
            <Textarea label="Reden van afwijzing" required autosize minRows={3} data-autofocus {...form.register('rejectionReason')} error={errors.rejectionReason?.message} />
          )}
          <Textarea label="Notitie" autosize minRows={2} data-autofocus={step !== 'afgewezen' || undefined} {...form.register('note')} error={errors.note?.message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuleren
            </Button>
            <Button type="submit" loading={advance.isPending} color={step === 'afgewezen' ? 'red' : step === 'goedgekeurd' ? 'green' : undefined}>
              {step === 'afgewezen' ? 'Afwijzen' : step === 'goedgekeurd' ? 'Goedkeuren' : 'Vastleggen'}
            </Button>
          </Group>
        </Stack>
      </FormShell>
    </Modal>
  );
}
