import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Checkbox, Divider, Group, Loader, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconScale } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { amsterdamDay, contracts, formatDate, type Complaint } from '../../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../../api/queries';
import { PATHS } from '../../../app/paths';
import { DateField } from '../../../ui/DateField';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../../ui/form';
import { AppealFacts, hearingOpen } from '../../appeals/AppealFacts';
import { HearingFields, RecordHearingForm, ScheduleHearingForm } from '../../appeals/HearingForms';
import { SendViaSelect, StepCard } from './shared';

const schema = contracts['appeals.register'].input;
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

/** The director's page, opened at this complaint's appeal. */
export function appealsPathFor(complaintId: string): string {
  return `${PATHS.appeals}?klacht=${encodeURIComponent(complaintId)}`;
}

/** K11-K13: the appeal to the director: registered here, heard, decided on the director's page. */
export function AppealCard({ complaint, current }: { complaint: Complaint; current: boolean }) {
  const appeal = useProcedure('appeals.get', { complaintId: complaint.id });
  return (
    <StepCard title="Bezwaar" rules="K11 · K12 · K13" icon={<IconScale size={20} />} current={current}>
      {complaint.appealWindowEnds && !appeal.data && (
        <Text size="sm">
          Bezwaar mogelijk tot en met <b>{formatDate(complaint.appealWindowEnds)}</b>: schriftelijk, aan de directeur. Een later bezwaar wordt vastgelegd en gemarkeerd als te
          laat; de directeur beslist dan of het toch wordt behandeld.
        </Text>
      )}
      {appeal.isPending && <Loader size="sm" />}
      {appeal.isError && <ErrorAlert message={appeal.error.message} />}
      {appeal.data === null && complaint.status !== 'afgesloten' && <RegisterForm complaint={complaint} />}
      {appeal.data === null && complaint.status === 'afgesloten' && (
        <Text size="sm" c="dimmed">
          Er is geen bezwaar gemaakt.
        </Text>
      )}
      {appeal.data && (
        <>
          <AppealFacts appeal={appeal.data} />
          {appeal.data.status !== 'beslist' && appeal.data.status !== 'niet_ontvankelijk' && (
            <Anchor component={Link} to={appealsPathFor(complaint.id)} size="sm" w="fit-content">
              <Group gap={4}>
                Naar de bezwaren van de directeur (uitspraak)
                <IconArrowRight size={14} />
              </Group>
            </Anchor>
          )}
          {hearingOpen(appeal.data) && (
            <>
              <Divider />
              <ScheduleHearingForm appeal={appeal.data} key={`s${appeal.data.version}`} />
              {/* K12: a report is of a conversation that was planned first. */}
              {appeal.data.hearingKind && (
                <>
                  <Divider />
                  <RecordHearingForm appeal={appeal.data} key={`r${appeal.data.version}`} />
                </>
              )}
            </>
          )}
        </>
      )}
    </StepCard>
  );
}

// The proposed hearing is optional: only when asked for does it go along (and get checked).
const resolver =
  (propose: { current: boolean }): Resolver<Values, unknown, Output> =>
  (values, context, options) =>
    zodResolver(schema)({ ...values, hearing: propose.current ? values.hearing : null }, context, options as never) as never;

function RegisterForm({ complaint }: { complaint: Complaint }) {
  const [propose, setPropose] = useState(false);
  const proposing = useRef(false);
  const form = useForm<Values, unknown, Output>({
    resolver: resolver(proposing),
    defaultValues: { complaintId: complaint.id, receivedOn: amsterdamDay(new Date()), grounds: '', hearing: { kind: 'telefonisch', at: '' }, via: 'voorkeur' },
  });
  const receivedOn = useWatch({ control: form.control, name: 'receivedOn' });
  const late = !!receivedOn && !!complaint.appealWindowEnds && receivedOn > complaint.appealWindowEnds;
  const register = useProcedureMutation('appeals.register', {
    onSuccess: ({ appeal }) =>
      notifications.show({
        color: appeal.late ? 'orange' : 'green',
        message: appeal.late ? 'Het bezwaar is vastgelegd als te laat; de directeur beslist of het wordt behandeld.' : 'Het bezwaar is vastgelegd; de ontvangstbevestiging (T4) staat bij Documenten.',
      }),
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;

  return (
    <FormShell onSubmit={form.handleSubmit((v) => register.mutate(v))} aria-label="Bezwaar registreren">
      <Stack gap="sm">
        <FormAlert form={form} />
        <Controller
          control={form.control}
          name="receivedOn"
          render={({ field }) => <DateField label="Bezwaar ontvangen op" required value={field.value ?? null} onChange={field.onChange} error={errors.receivedOn?.message} w={220} />}
        />
        {late && (
          <Alert color="orange" variant="light" title="Te laat (K11)" data-testid="late-warning">
            Ontvangen na {formatDate(complaint.appealWindowEnds!)}: het bezwaar wordt vastgelegd en gemarkeerd als te laat.
          </Alert>
        )}
        <Textarea label="Gronden van het bezwaar" required autosize minRows={3} {...form.register('grounds')} error={errors.grounds?.message} />
        <Checkbox label="Gesprek voorstellen in de ontvangstbevestiging (K12)" checked={propose} onChange={(e) => {
            proposing.current = e.currentTarget.checked;
            setPropose(e.currentTarget.checked);
          }} />
        {propose && <HearingFields control={form.control} name="hearing" />}
        <Group align="flex-end" justify="space-between">
          <SendViaSelect control={form.control} name="via" label="Ontvangstbevestiging (T4) versturen via" />
          <Button type="submit" loading={register.isPending} leftSection={<IconScale size={16} />}>
            Bezwaar registreren
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
