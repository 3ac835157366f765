import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Checkbox, Collapse, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhone, IconPhoneCall } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamLocal, CALLER_ROLE_LABELS, contracts, formatDateTime, type Complaint } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';
import { ImprovementSelects } from './ImprovementSelects';
import { LocalDateTimeInput, SendViaSelect, StepCard } from './shared';

const schema = contracts['complaints.logCall'].input;
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

// K15's choices only count when the call closes the complaint; otherwise they are not asked.
const resolver: Resolver<Values, unknown, Output> = (values, context, options) =>
  zodResolver(schema)({ ...values, improvement: values.resolvedByPhone ? values.improvement : null }, context, options as never) as never;

/** K8, K9: the phone calls with the complainant; a call can resolve the complaint with agreements. */
export function CallsCard({ complaint, current }: { complaint: Complaint; current: boolean }) {
  const closed = complaint.status === 'afgesloten';
  const [adding, setAdding] = useState(current);
  return (
    <StepCard title="Telefonisch contact" rules="K8 · K9" icon={<IconPhone size={20} />} current={current}>
      {complaint.calls.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nog geen gesprek vastgelegd. Bel de klager op de dag van doorsturen (K8); lukt dat de dossierverantwoordelijke niet, dan belt de manager.
        </Text>
      ) : (
        <CallsTable complaint={complaint} />
      )}
      {!closed && complaint.forwardedAt && (
        <>
          {!adding && (
            <Group>
              <Button variant="light" leftSection={<IconPhoneCall size={16} />} onClick={() => setAdding(true)}>
                Gesprek vastleggen
              </Button>
            </Group>
          )}
          <Collapse expanded={adding}>{adding && <CallForm key={complaint.calls.length} complaint={complaint} onCancel={current ? undefined : () => setAdding(false)} />}</Collapse>
        </>
      )}
    </StepCard>
  );
}

function CallsTable({ complaint }: { complaint: Complaint }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label="Telefoongesprekken">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Wanneer</Table.Th>
            <Table.Th>Wie</Table.Th>
            <Table.Th>Bereikt</Table.Th>
            <Table.Th>Uitkomst</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {complaint.calls.map((call) => (
            <Table.Tr key={call.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatDateTime(call.calledAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{call.calledBy?.name ?? 'onbekend'}</Text>
                <Text size="xs" c="dimmed">
                  {CALLER_ROLE_LABELS[call.callerRole]}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={call.reached ? 'green' : 'orange'} variant="light" tt="none">
                  {call.reached ? 'Bereikt' : 'Niet bereikt'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {call.outcome}
                </Text>
                {call.resolvedByPhone && (
                  <Text size="sm" mt={4}>
                    <b>Telefonisch opgelost.</b> Afspraken: {call.agreements}
                    {call.confirmationWanted ? ' (schriftelijke bevestiging verstuurd)' : ''}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CallForm({ complaint, onCancel }: { complaint: Complaint; onCancel?: () => void }) {
  const form = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: {
      id: complaint.id,
      version: complaint.version,
      calledAt: amsterdamLocal(new Date()),
      reached: true,
      outcome: '',
      resolvedByPhone: false,
      agreements: '',
      confirmationWanted: false,
      improvement: { categoryId: '', causeId: '', measureId: '' },
      via: 'voorkeur',
    },
  });
  const [resolved, confirm] = useWatch({ control: form.control, name: ['resolvedByPhone', 'confirmationWanted'] });
  const log = useProcedureMutation('complaints.logCall', {
    onSuccess: ({ complaint: saved, documents }) => {
      const letter = documents.find((d) => d.typeKey === 'phone-agreements');
      notifications.show({
        color: 'green',
        message:
          saved.status === 'afgesloten'
            ? `Telefonisch opgelost: ${saved.dossierNumber} is afgesloten.${letter ? ' De bevestiging van de afspraken (T2) staat bij Documenten.' : ''}`
            : 'Het gesprek is vastgelegd.',
      });
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;

  return (
    <FormShell onSubmit={form.handleSubmit((v) => log.mutate(v))} aria-label="Gesprek vastleggen">
      <Stack gap="sm">
        <FormAlert form={form} />
        <Group align="flex-start" gap="lg">
          <Controller
            control={form.control}
            name="calledAt"
            render={({ field }) => <LocalDateTimeInput label="Moment van het gesprek" required value={field.value} onChange={field.onChange} ref={field.ref} error={errors.calledAt?.message} w={220} />}
          />
          <Checkbox label="Klager bereikt" mt={32} {...form.register('reached')} />
        </Group>
        <Textarea label="Uitkomst van het gesprek" required autosize minRows={2} {...form.register('outcome')} error={errors.outcome?.message} />
        <Checkbox label="Telefonisch opgelost" {...form.register('resolvedByPhone')} error={errors.resolvedByPhone?.message} />
        {resolved && (
          <Stack gap="sm" pl="md" style={{ borderLeft: '3px solid var(--mantine-color-green-4)' }}>
            <Textarea label="Gemaakte afspraken" required autosize minRows={2} {...form.register('agreements')} error={errors.agreements?.message} />
            <Checkbox label="Schriftelijke bevestiging gewenst (T2)" {...form.register('confirmationWanted')} />
            {confirm && <SendViaSelect control={form.control} name="via" label="Bevestiging versturen via" />}
            <Text size="sm" fw={500}>
              Het dossier wordt afgesloten (K9, K15):
            </Text>
            <ImprovementSelects control={form.control} name="improvement" />
          </Stack>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Annuleren
            </Button>
          )}
          <Button type="submit" loading={log.isPending} leftSection={<IconPhoneCall size={16} />}>
            {resolved ? 'Vastleggen en afsluiten' : 'Gesprek vastleggen'}
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
