import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Divider, Group, Loader, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconScaleOutline } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contracts, formatDate, MEDIATION_DIRECTION_LABELS, MEDIATION_STATUS_LABELS, type Complaint, type Mediation, type MediationStatus } from '../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../api/queries';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../ui/form';
import { Fact, StepCard } from '../complaints/dossier/shared';
import { MediationItems } from './MediationItems';
import { ConditionsForm, OutcomeForm, RecordResponseForm, RefusalNotice, RequestResponseForm, ResponseFacts } from './MediationSteps';

const startSchema = contracts['mediation.start'].input;
const STATUS_COLORS: Record<MediationStatus, string> = { advies: 'blue', geweigerd: 'red', toegelaten: 'teal', reactie_gevraagd: 'orange', reactie_ontvangen: 'cyan', afgerond: 'green' };

/** B1-B6 apply to a complaint about a provider, or (B5) a provider's complaint about a customer. */
export function isMediationCase(complaint: Complaint): boolean {
  return complaint.concernsKind === 'dienstverlener' || complaint.concernsKind === 'klant';
}

/** Mediation between customer and provider: advice first, then the conditions, both sides heard, the outcome. */
export function MediationCard({ complaint, current = false }: { complaint: Complaint; current?: boolean }) {
  const mediation = useProcedure('mediation.get', { complaintId: complaint.id });
  return (
    <StepCard title="Bemiddeling" rules="B1–B6" icon={<IconScaleOutline size={20} />} current={current}>
      {mediation.isPending && <Loader size="sm" />}
      {mediation.isError && <ErrorAlert message={mediation.error.message} />}
      {mediation.data === null && (complaint.status === 'afgesloten' ? <Text size="sm" c="dimmed">Er is niet bemiddeld.</Text> : <StartForm complaint={complaint} />)}
      {mediation.data && <MediationBody mediation={mediation.data} closed={complaint.status === 'afgesloten'} />}
    </StepCard>
  );
}

function MediationBody({ mediation: m, closed }: { mediation: Mediation; closed: boolean }) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
        <Fact label="Richting">{MEDIATION_DIRECTION_LABELS[m.direction]}</Fact>
        <Fact label="Dienstverlener">{m.provider.name}</Fact>
        <Fact label="Klant">{m.customer.name}</Fact>
        <Fact label="Stand">
          <Badge color={STATUS_COLORS[m.status]} variant="light" tt="none" data-testid="mediation-status">
            {MEDIATION_STATUS_LABELS[m.status]}
          </Badge>
        </Fact>
      </SimpleGrid>
      {m.adviceGivenOn && (
        <Text size="sm">
          <b>Advies (B1)</b> op {formatDate(m.adviceGivenOn)}: {m.adviceNote || 'eerst zelf met de dienstverlener in gesprek gaan.'}
        </Text>
      )}
      {!closed && m.status === 'advies' && <ConditionsForm mediation={m} key={m.version} />}
      {m.status === 'geweigerd' && <RefusalNotice mediation={m} />}
      {!closed && m.status === 'toegelaten' && <RequestResponseForm mediation={m} />}
      {(m.status === 'reactie_gevraagd' || m.status === 'reactie_ontvangen' || m.status === 'afgerond') && <ResponseFacts mediation={m} />}
      {!closed && m.status === 'reactie_gevraagd' && <RecordResponseForm mediation={m} key={m.version} />}
      {!closed && m.status === 'reactie_ontvangen' && <OutcomeForm mediation={m} key={m.version} />}
      <Divider />
      <MediationItems mediation={m} readOnly={closed} />
    </>
  );
}

function StartForm({ complaint }: { complaint: Complaint }) {
  const form = useForm<z.input<typeof startSchema>, unknown, z.output<typeof startSchema>>({
    resolver: zodResolver(startSchema),
    defaultValues: { complaintId: complaint.id, adviceNote: '' },
  });
  const start = useProcedureMutation('mediation.start', {
    onSuccess: () => notifications.show({ color: 'green', message: 'Het advies is vastgelegd en de bemiddeling is geopend.' }),
    onError: (error) => showServerError(error, form),
  });
  return (
    <FormShell onSubmit={form.handleSubmit((v) => start.mutate(v))} aria-label="Bemiddeling starten">
      <Stack gap="sm">
        <Text size="sm">
          Eerst proberen de partijen het zelf op te lossen: adviseer de {complaint.concernsKind === 'klant' ? 'dienstverlener met de klant' : 'klant met de dienstverlener'} te praten
          en leg dat advies vast (B1).
        </Text>
        <FormAlert form={form} />
        <Textarea label="Advies aan de klager" placeholder="Bijvoorbeeld: geadviseerd eerst zelf contact op te nemen en een redelijke termijn te geven." autosize minRows={2} {...form.register('adviceNote')} error={form.formState.errors.adviceNote?.message} />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={start.isPending}>
            Advies vastleggen en bemiddeling openen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
