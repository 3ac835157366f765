import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { amsterdamDay, contracts } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { PATHS } from '../../app/paths';
import { DateField } from '../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { Page } from '../../ui/Page';
import { SendViaSelect } from '../complaints/dossier/shared';
import { ApprovedProviderPicker } from './ApprovedProviderPicker';
import { newestLetter, type ParticipantRouteState } from './letters';
import { participantPath } from './paths';

const schema = contracts['quality.register'].input;
type Values = z.input<typeof schema>;

/** Q1: an approved provider becomes a participant; the recognition letter (T14) and this year's contribution (Q7) follow. */
export function RegisterParticipantPage() {
  const [params] = useSearchParams();
  const preset = params.get('dienstverlener');
  const presetProvider = useProcedure('providers.get', { id: preset ?? '' }, { enabled: !!preset });
  return (
    <Page title="Deelnemer registreren" description="Q1: een goedgekeurde dienstverlener wordt deelnemer met een registratienummer en ontvangt de erkenningsbrief (T14)." back={{ to: PATHS.quality, label: 'Terug naar het keurmerk' }}>
      {/* Wait for the preset provider's name, so the picker shows it from the start. */}
      {(!preset || !presetProvider.isPending) && <RegisterForm presetId={presetProvider.data ? preset : null} presetName={presetProvider.data?.person.name} />}
    </Page>
  );
}

function RegisterForm({ presetId, presetName }: { presetId: string | null; presetName?: string }) {
  const navigate = useNavigate();
  const [providerLabel, setProviderLabel] = useState(presetName);
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { providerId: presetId ?? '', startDate: amsterdamDay(new Date()), zelfstandigenBouw: false, yearEndMonthDay: '12-31', notes: '', via: 'voorkeur' },
  });
  const register = useProcedureMutation('quality.register', {
    onSuccess: ({ participant, documents }) => {
      notifications.show({ color: 'green', title: participant.registrationNumber, message: `${participant.provider.name} is deelnemer van het keurmerk; de erkenningsbrief (T14) staat bij Documenten.` });
      const state: ParticipantRouteState = { letterId: newestLetter(documents)?.id };
      navigate(participantPath(participant.id), { state });
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;

  return (
    <Card withBorder padding="lg" maw={760}>
      <FormShell onSubmit={form.handleSubmit((v) => register.mutate(v))} aria-label="Deelnemer registreren">
        <Stack gap="md">
          <FormAlert form={form} />
          <Controller
            control={form.control}
            name="providerId"
            render={({ field, fieldState }) => (
              <ApprovedProviderPicker
                label="Dienstverlener"
                description="Alleen dienstverleners met een goedgekeurde screening"
                required
                placeholder="Zoek op naam, KvK-nummer of plaats"
                value={field.value || null}
                onChange={(id, row) => {
                  field.onChange(id ?? '');
                  setProviderLabel(row?.name);
                }}
                initialLabel={providerLabel}
                error={fieldState.error?.message}
                ref={field.ref}
                data-autofocus
              />
            )}
          />
          <Group align="flex-start" gap="md">
            <Controller
              control={form.control}
              name="startDate"
              render={({ field, fieldState }) => (
                <DateField label="Startdatum" required value={field.value || null} onChange={(v) => field.onChange(v ?? '')} error={fieldState.error?.message} w={180} clearable={false} />
              )}
            />
            <TextInput
              label="Einde lidmaatschapsjaar"
              description="mm-dd; opzeggen kan tot een maand ervoor (Q4)"
              required
              w={260}
              {...form.register('yearEndMonthDay')}
              error={errors.yearEndMonthDay?.message}
            />
          </Group>
          <Checkbox label="Lid van Zelfstandigen Bouw" description="Krijgt korting op de contributie (Q7)" {...form.register('zelfstandigenBouw')} />
          <Textarea label="Notities" autosize minRows={2} {...form.register('notes')} error={errors.notes?.message} />
          <Text size="sm" c="dimmed">
            Bij registratie krijgt de deelnemer een registratienummer, gaat de erkenningsbrief (T14) met de voorwaarden uit en wordt de contributie van het startjaar in rekening gebracht.
          </Text>
          <Group align="flex-end" justify="space-between">
            <SendViaSelect control={form.control} name="via" label="Erkenningsbrief (T14) versturen via" />
            <Group gap="sm">
              <Button variant="default" onClick={() => navigate(PATHS.quality)}>
                Annuleren
              </Button>
              <Button type="submit" loading={register.isPending} leftSection={<IconCertificate size={16} />}>
                Registreren
              </Button>
            </Group>
          </Group>
        </Stack>
      </FormShell>
    </Card>
  );
}
