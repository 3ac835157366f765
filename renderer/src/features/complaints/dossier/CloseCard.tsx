import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contracts, formatDate, RESOLUTION_LABELS, type Complaint } from '../../../../../core/contracts';
import { useProcedureMutation } from '../../../api/queries';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';
import { ImprovementSelects } from './ImprovementSelects';
import { Fact, StepCard } from './shared';

const schema = contracts['complaints.close'].input;

/** K15: every closed complaint records category, cause and measure; reports count them. */
export function CloseCard({ complaint, current }: { complaint: Complaint; current: boolean }) {
  const closed = complaint.status === 'afgesloten';
  return (
    <StepCard title={closed ? 'Afgesloten' : 'Afsluiten'} rules="K15" icon={<IconArchive size={20} />} current={current}>
      {closed ? <ClosedSummary complaint={complaint} /> : <CloseForm complaint={complaint} />}
    </StepCard>
  );
}

function ClosedSummary({ complaint: c }: { complaint: Complaint }) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        Afgesloten op <b>{c.closedOn ? formatDate(c.closedOn) : '—'}</b>
        {c.resolution ? `: ${RESOLUTION_LABELS[c.resolution]}` : ''}.
      </Text>
      {c.resolutionText && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {c.resolutionText}
        </Text>
      )}
      <Group gap="xl">
        <Fact label="Categorie">{c.category?.name ?? '—'}</Fact>
        <Fact label="Oorzaak">{c.cause?.name ?? '—'}</Fact>
        <Fact label="Maatregel">{c.measure?.name ?? '—'}</Fact>
      </Group>
    </Stack>
  );
}

function CloseForm({ complaint }: { complaint: Complaint }) {
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { id: complaint.id, version: complaint.version, improvement: { categoryId: '', causeId: '', measureId: '' }, note: '' },
  });
  const close = useProcedureMutation('complaints.close', {
    onSuccess: (saved) => notifications.show({ color: 'green', message: `${saved.dossierNumber} is afgesloten.` }),
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit((v) => close.mutate(v))} aria-label="Dossier afsluiten">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {complaint.status === 'beantwoord' && complaint.appealWindowEnds
            ? `Zonder bezwaar wordt het dossier afgesloten na de bezwaartermijn (tot en met ${formatDate(complaint.appealWindowEnds)}).`
            : 'Leg vast wat de klacht leert: categorie, oorzaak en de genomen maatregel.'}
        </Text>
        <FormAlert form={form} />
        <ImprovementSelects control={form.control} name="improvement" />
        <Textarea label="Toelichting" autosize minRows={2} {...form.register('note')} error={errors.note?.message} />
        <Group justify="flex-end">
          <Button type="submit" loading={close.isPending} leftSection={<IconArchive size={16} />}>
            Dossier afsluiten
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
