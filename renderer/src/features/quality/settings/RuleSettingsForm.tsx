import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, NumberInput, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { qualitySettingsInput, REVIEW_WINDOW_LABELS, REVIEW_WINDOWS, YEAR_WINDOW_LABELS, YEAR_WINDOWS, type ProcedureOutput } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';
import { StaffelTable } from './StaffelTable';
import { numberOrUndefined, type SettingsValues } from './values';

type Settings = ProcedureOutput<'quality.getSettings'>;

/** Q3: the choices the reglement leaves open, the staffel of rule 1, and the terms (Q7 payment). */
export function RuleSettingsForm({ settings }: { settings: Settings }) {
  const form = useForm<SettingsValues, unknown, z.output<typeof qualitySettingsInput>>({
    resolver: zodResolver(qualitySettingsInput),
    defaultValues: {
      version: settings.version,
      reviewWindow: settings.reviewWindow,
      yearWindow: settings.yearWindow,
      staffel: settings.staffel,
      findingDueWorkingDays: settings.findingDueWorkingDays,
      paymentTermDays: settings.paymentTermDays,
    },
  });
  const save = useProcedureMutation('quality.updateSettings', {
    onSuccess: (saved) => {
      notifications.show({ color: 'green', message: 'De instellingen van het keurmerk zijn opgeslagen. Ze gelden vanaf de volgende beoordeling.' });
      form.reset({ ...saved });
    },
    onError: (error) => showServerError(error, form),
  });

  return (
    <Card withBorder padding="lg">
      <FormShell onSubmit={form.handleSubmit((v) => save.mutate(v))} aria-label="Beëindigingsregels">
        <Stack gap="lg">
          <Title order={2} size="h4">
            Beëindigingsregels (Q3)
          </Title>
          <FormAlert form={form} />
          <Controller
            control={form.control}
            name="reviewWindow"
            render={({ field, fieldState }) => (
              <Radio.Group
                label="Regel 1: welk half jaar"
                description='Het reglement zegt alleen "in een half jaar", zonder te zeggen welk half jaar.'
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              >
                <Stack gap={6} mt={8}>
                  {REVIEW_WINDOWS.map((w) => (
                    <Radio key={w} value={w} label={REVIEW_WINDOW_LABELS[w]} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <Controller
            control={form.control}
            name="yearWindow"
            render={({ field, fieldState }) => (
              <Radio.Group
                label="Regels 2 tot en met 4: welk jaar"
                description='Het reglement zegt alleen "per jaar", "in een jaar" en "van het laatste jaar", zonder meer.'
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              >
                <Stack gap={6} mt={8}>
                  {YEAR_WINDOWS.map((w) => (
                    <Radio key={w} value={w} label={YEAR_WINDOW_LABELS[w]} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <StaffelTable form={form} />
          <Group align="flex-start" gap="lg">
            <Controller
              control={form.control}
              name="findingDueWorkingDays"
              render={({ field, fieldState }) => (
                <NumberInput
                  label="Termijn bestuur voor een bevinding"
                  description="Werkdagen na de beoordeling"
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(numberOrUndefined(v))}
                  error={fieldState.error?.message}
                  allowDecimal={false}
                  min={1}
                  max={60}
                  suffix=" werkdagen"
                  w={300}
                />
              )}
            />
            <Controller
              control={form.control}
              name="paymentTermDays"
              render={({ field, fieldState }) => (
                <NumberInput
                  label="Betalingstermijn contributie"
                  description="Dagen na de factuurdatum (Q7, regel 5)"
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(numberOrUndefined(v))}
                  error={fieldState.error?.message}
                  allowDecimal={false}
                  min={0}
                  max={365}
                  suffix=" dagen"
                  w={300}
                />
              )}
            />
          </Group>
          <Text size="xs" c="dimmed">
            Wijzigingen gelden voor de volgende beoordeling; bestaande bevindingen blijven zoals ze zijn vastgesteld.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.formState.isDirty}>
              Wijzigingen terugdraaien
            </Button>
            <Button type="submit" loading={save.isPending}>
              Opslaan
            </Button>
          </Group>
        </Stack>
      </FormShell>
    </Card>
  );
}
