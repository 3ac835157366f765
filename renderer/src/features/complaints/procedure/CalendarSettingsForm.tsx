import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, NumberInput, Radio, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { DECISION_COUNTS_FROM_LABELS, procedureSettingsInput, ROLL_DIRECTION_LABELS, type ProcedureSettings } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';

type Values = z.input<typeof procedureSettingsInput>;
type Output = z.output<typeof procedureSettingsInput>;

function toValues(s: ProcedureSettings): Values {
  const { closingDays: _closingDays, ...values } = s;
  return values;
}

/**
 * The office calendar and the procedure's ambiguous choices (DOMAIN.md: settings, not constants).
 * A change applies to deadlines set from then on; deadlines already on a dossier keep their day.
 */
export function CalendarSettingsForm({ settings }: { settings: ProcedureSettings }) {
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(procedureSettingsInput), defaultValues: toValues(settings) });
  const save = useProcedureMutation('procedure.updateSettings', {
    onSuccess: () => notifications.show({ color: 'green', message: 'De instellingen van de klachtenprocedure zijn opgeslagen.' }),
    onError: (error) => showServerError(error, form),
  });
  const error = (name: keyof Values) => form.formState.errors[name]?.message;

  return (
    <Card withBorder padding="lg">
      <FormShell onSubmit={form.handleSubmit((values) => save.mutate(values))} aria-label="Kantooragenda en termijnen">
        <Stack gap="lg">
          <FormAlert form={form} />
          <Title order={2} size="h4">
            Kantooragenda en termijnen
          </Title>
          <Stack gap={4}>
            <SimpleGrid cols={2} maw={360}>
              <TextInput label="Kantoor open vanaf" required placeholder="uu:mm" maxLength={5} {...form.register('officeOpens')} error={error('officeOpens')} />
              <TextInput label="Kantoor sluit om" required placeholder="uu:mm" maxLength={5} {...form.register('officeCloses')} error={error('officeCloses')} />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              Wat na sluitingstijd binnenkomt, telt vanaf de volgende werkdag (K8). Tijden in Woerdense tijd.
            </Text>
          </Stack>
          <Stack gap="sm">
            <Switch
              label="Goede Vrijdag is een vrije dag"
              description="Goede Vrijdag is geen algemeen erkende feestdag; aan: het kantoor is dicht en termijnen schuiven op."
              {...form.register('goodFridayOff')}
            />
            <Switch
              label="Bevrijdingsdag (5 mei) is elk jaar een vrije dag"
              description="Veel werkgevers geven 5 mei alleen eens in de vijf jaar vrij; uit: 5 mei is een gewone werkdag."
              {...form.register('liberationDayOff')}
            />
          </Stack>
          <Controller
            control={form.control}
            name="internalTargetRoll"
            render={({ field }) => (
              <Radio.Group
                label="Eigen termijn op een vrije dag (K8, K10, K12, K13)"
                description="Valt een termijn van ons zelf op een weekend- of vrije dag, dan schuift hij naar deze werkdag. Termijnen van de klager schuiven altijd naar later."
                value={field.value}
                onChange={field.onChange}
              >
                <Group gap="lg" mt={6}>
                  {(['next', 'previous'] as const).map((v) => (
                    <Radio key={v} value={v} label={ROLL_DIRECTION_LABELS[v]} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          <Controller
            control={form.control}
            name="decisionCountsFrom"
            render={({ field }) => (
              <Radio.Group
                label="De maand voor de uitspraak op een bezwaar telt (K13)"
                description="De regeling zegt niet vanaf wanneer; standaard vanaf ontvangst van het bezwaar."
                value={field.value}
                onChange={field.onChange}
              >
                <Group gap="lg" mt={6}>
                  {(['appeal', 'hearing'] as const).map((v) => (
                    <Radio key={v} value={v} label={DECISION_COUNTS_FROM_LABELS[v]} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          <Controller
            control={form.control}
            name="mediationResponseWorkingDays"
            render={({ field }) => (
              <NumberInput
                label="Werkdagen voor de reactie van de dienstverlener (B2)"
                description="Bij bemiddeling krijgt de dienstverlener zoveel werkdagen om op de klacht te reageren."
                required
                min={1}
                max={60}
                allowDecimal={false}
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
                onBlur={field.onBlur}
                ref={field.ref}
                error={error('mediationResponseWorkingDays')}
                maw={560}
              />
            )}
          />
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
