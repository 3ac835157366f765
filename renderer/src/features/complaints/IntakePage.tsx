import { Button, Card, Checkbox, Divider, Group, Kbd, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { KeyboardEvent, ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { CHANNEL_LABELS, CHANNELS, COMPLAINT_KIND_LABELS, COMPLAINT_KINDS, REPORTER_TYPE_LABELS, REPORTER_TYPES } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { Page } from '../../ui/Page';
import { ComplainantSection } from './intake/ComplainantSection';
import { ConcernsSection } from './intake/ConcernsSection';
import { DateTimeField } from './intake/DateTimeField';
import { ImprovementFields } from './intake/ImprovementFields';
import { emptyIntake, type IntakeOutput, type IntakeValues } from './intake/intakeForm';
import { intakeResolver } from './intake/resolver';

/**
 * K1-K4: a complaint, claim or remark recorded while the caller is on the line. Keyboard first: the
 * caller search has the focus, choices are radio groups (Tab in, arrows to choose), Ctrl+Enter saves.
 */
export function IntakePage() {
  const navigate = useNavigate();
  const form = useForm<IntakeValues, unknown, IntakeOutput>({ resolver: intakeResolver, defaultValues: emptyIntake() });
  const resolved = useWatch({ control: form.control, name: 'resolvedAtIntake' });
  const intake = useProcedureMutation('complaints.intake', {
    onSuccess: (complaint) => {
      notifications.show({
        color: 'green',
        title: `Dossier ${complaint.dossierNumber}`,
        message: complaint.status === 'afgesloten' ? 'De klacht is vastgelegd en direct afgesloten.' : 'De klacht is vastgelegd.',
      });
      navigate(`${PATHS.complaints}/${complaint.id}`);
    },
    onError: (error) => showServerError(error, form),
  });

  function toggleResolved(on: boolean) {
    form.setValue('resolvedAtIntake', on);
    // K15: closing needs the three choices; without a direct solution they are not sent at all.
    form.setValue('improvement', on ? { categoryId: null, causeId: null, measureId: null } : null);
    if (!on) form.clearErrors(['solution', 'improvement']);
  }

  return (
    <Page
      title="Klacht vastleggen"
      description={
        <>
          Klacht, claim of opmerking, ook terwijl de melder aan de telefoon is. <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> legt vast.
        </>
      }
      back={{ to: PATHS.complaints, label: 'Terug naar klachten' }}
    >
      <Card withBorder padding="lg" maw={980}>
        {/* Enter in a single-line field does not save half a complaint: only Ctrl+Enter or the button do. */}
        <div onKeyDown={keepEnterFromSubmitting}>
          <FormShell onSubmit={form.handleSubmit((values) => intake.mutate(values))} aria-label="Klacht vastleggen">
            <Stack gap="lg">
              <FormAlert form={form} />
              <Section title="Melder">
                <ComplainantSection form={form} />
              </Section>
              <Divider />
              <Section title="Melding">
                <Choice form={form} name="reporterType" label="Wie meldt (K1)" options={REPORTER_TYPES.map((v) => ({ value: v, label: REPORTER_TYPE_LABELS[v] }))} />
                <Group gap="xl" align="flex-start">
                  <Choice form={form} name="kind" label="Soort melding" options={COMPLAINT_KINDS.map((v) => ({ value: v, label: COMPLAINT_KIND_LABELS[v] }))} />
                  <Choice form={form} name="channel" label="Binnengekomen via (K2)" options={CHANNELS.map((v) => ({ value: v, label: CHANNEL_LABELS[v] }))} />
                  <Controller
                    control={form.control}
                    name="receivedAt"
                    render={({ field, fieldState }) => (
                      <DateTimeField
                        label="Ontvangen op"
                        required
                        value={field.value}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                        ref={field.ref}
                        error={fieldState.error?.message}
                        w={200}
                      />
                    )}
                  />
                </Group>
              </Section>
              <Divider />
              <Section title="Waar gaat het over (K3)">
                <ConcernsSection form={form} />
              </Section>
              <Divider />
              <Section title="De klacht">
                <Textarea
                  label="Omschrijving"
                  required
                  autosize
                  minRows={3}
                  maxRows={10}
                  {...form.register('description')}
                  error={form.formState.errors.description?.message}
                />
                <Textarea
                  label="Gewenste oplossing"
                  description="Wat de melder vraagt: excuses, herstel, een vergoeding …"
                  autosize
                  minRows={2}
                  maxRows={6}
                  {...form.register('requestedRemedy')}
                  error={form.formState.errors.requestedRemedy?.message}
                />
                <Checkbox label="Urgent" description="Komt bovenaan in de werkvoorraad" {...form.register('urgent')} />
              </Section>
              <Divider />
              <Section title="Direct opgelost (K4)">
                <Checkbox
                  label="Direct opgelost"
                  description="De klacht is tijdens dit gesprek opgelost: het dossier wordt met de oplossing afgesloten."
                  checked={!!resolved}
                  onChange={(e) => toggleResolved(e.currentTarget.checked)}
                />
                {resolved && (
                  <>
                    <Textarea
                      label="Oplossing"
                      required
                      autosize
                      minRows={2}
                      maxRows={8}
                      {...form.register('solution')}
                      error={form.formState.errors.solution?.message}
                    />
                    <ImprovementFields form={form} />
                  </>
                )}
              </Section>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => navigate(PATHS.complaints)}>
                  Annuleren
                </Button>
                <Button type="submit" loading={intake.isPending} aria-keyshortcuts="Control+Enter">
                  {resolved ? 'Vastleggen en afsluiten' : 'Klacht vastleggen'}
                </Button>
              </Group>
            </Stack>
          </FormShell>
        </div>
      </Card>
    </Page>
  );
}

function keepEnterFromSubmitting(event: KeyboardEvent<HTMLDivElement>) {
  const target = event.target as HTMLElement;
  const isField = target instanceof HTMLInputElement && !['submit', 'button', 'reset'].includes(target.type);
  if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && isField) event.preventDefault();
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={2} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

interface ChoiceProps {
  form: ReturnType<typeof useForm<IntakeValues, unknown, IntakeOutput>>;
  name: 'reporterType' | 'kind' | 'channel';
  label: string;
  options: Array<{ value: string; label: string }>;
}

/** A short choice as one radio group: Tab reaches it, the arrow keys choose. */
function Choice({ form, name, label, options }: ChoiceProps) {
  const id = `intake-${name}-label`;
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Stack gap={4}>
          <Text size="sm" fw={500} id={id}>
            {label}
          </Text>
          <SegmentedControl aria-labelledby={id} value={field.value ?? ''} onChange={field.onChange} data={options} />
          {fieldState.error && (
            <Text size="xs" c="red" role="alert">
              {fieldState.error.message}
            </Text>
          )}
        </Stack>
      )}
    />
  );
}
