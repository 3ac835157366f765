import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { contracts, formatDate, TERMINATED_BY_LABELS, type Participant } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';
import { Fact } from '../../complaints/dossier/shared';
import { providerPath } from '../../search/paths';
import { useQualityAccess } from '../access';
import { OverdueBadge, ParticipantStatusBadge } from '../badges';

/** "12-31" → "31-12": the day the membership year ends, the Dutch way round. */
export function formatMonthDay(monthDay: string): string {
  const [month, day] = monthDay.split('-');
  return `${day}-${month}`;
}

/** Q1: who the participant is, since when, until when, and the facts that matter for ending it. */
export function ParticipantHeader({ participant: p }: { participant: Participant }) {
  const [editing, setEditing] = useState(false);
  const { canEdit } = useQualityAccess();
  return (
    <Card withBorder padding="lg" component="section" aria-label="Deelnemer">
      {editing ? (
        <EditForm participant={p} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="lg" verticalSpacing="md">
            <Fact label="Registratienummer">
              <Text fw={700} size="sm" data-testid="registration-number">
                {p.registrationNumber}
              </Text>
            </Fact>
            <Fact label="Dienstverlener">
              <Anchor component={Link} to={providerPath(p.provider.id)} size="sm" fw={600}>
                {p.provider.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {p.provider.place ?? 'plaats onbekend'}
              </Text>
            </Fact>
            <Fact label="Status">
              <ParticipantStatusBadge status={p.status} />
            </Fact>
            <Fact label="Startdatum">{formatDate(p.startDate)}</Fact>
            <Fact label="Einddatum">{p.terminationDate ? formatDate(p.terminationDate) : '—'}</Fact>
            <Fact label="Lidmaatschapsjaar eindigt op">{formatMonthDay(p.yearEndMonthDay)}</Fact>
            <Fact label="Zelfstandigen Bouw">{p.zelfstandigenBouw ? 'Lid (korting op de contributie)' : 'Geen lid'}</Fact>
            <Fact label="Contributie">
              {p.overdueContributions > 0 ? (
                <OverdueBadge />
              ) : p.unpaidContributions > 0 ? (
                `${p.unpaidContributions} nog te betalen`
              ) : (
                'Betaald'
              )}
            </Fact>
            {p.terminatedBy && <Fact label="Beëindiging">{TERMINATED_BY_LABELS[p.terminatedBy]}</Fact>}
            {p.noticeReceivedOn && <Fact label="Opzegging ontvangen">{formatDate(p.noticeReceivedOn)}</Fact>}
          </SimpleGrid>
          {p.terminationDate && (
            // Q5 g: the reason is never made public; it is shown here, to staff, and nowhere else.
            <Fact label="Reden (intern, nooit openbaar)">
              <Group gap={6} wrap="nowrap" align="flex-start" data-testid="termination-reason">
                <Tooltip label="Q5 g: de stichting doet geen mededeling naar buiten over de reden van beëindiging">
                  <IconLock size={14} style={{ marginTop: 3, flexShrink: 0 }} aria-label="Intern" />
                </Tooltip>
                <span style={{ whiteSpace: 'pre-wrap' }}>{p.terminationReason ?? 'Geen reden opgegeven'}</span>
              </Group>
            </Fact>
          )}
          {p.notes && (
            <Fact label="Notities">
              <span style={{ whiteSpace: 'pre-wrap' }}>{p.notes}</span>
            </Fact>
          )}
          {canEdit && (
            <Group>
              <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                Gegevens wijzigen
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Card>
  );
}

const schema = contracts['quality.update'].input;

function EditForm({ participant: p, onDone }: { participant: Participant; onDone: () => void }) {
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { id: p.id, version: p.version, zelfstandigenBouw: p.zelfstandigenBouw, yearEndMonthDay: p.yearEndMonthDay, notes: p.notes ?? '' },
  });
  const update = useProcedureMutation('quality.update', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'De gegevens van de deelnemer zijn opgeslagen.' });
      onDone();
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit((v) => update.mutate(v))} aria-label="Gegevens van de deelnemer">
      <Stack gap="sm">
        <FormAlert form={form} />
        <Group align="flex-start" gap="lg">
          <TextInput label="Einde lidmaatschapsjaar" description="mm-dd (Q4)" required w={220} {...form.register('yearEndMonthDay')} error={errors.yearEndMonthDay?.message} />
          <Checkbox mt={30} label="Lid van Zelfstandigen Bouw" {...form.register('zelfstandigenBouw')} />
        </Group>
        <Textarea label="Notities" autosize minRows={2} {...form.register('notes')} error={errors.notes?.message} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={update.isPending}>
            Opslaan
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
