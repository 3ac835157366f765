import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contracts, type Complaint } from '../../../../../core/contracts';
import { useProcedure, useProcedureMutation } from '../../../api/queries';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';
import { SendViaSelect, StepCard } from './shared';

const schema = contracts['complaints.forward'].input;

/** K5: to the team or employee the complaint is about, and their manager; the complainant gets T1. */
export function ForwardCard({ complaint, current }: { complaint: Complaint; current: boolean }) {
  const teams = useProcedure('teams.list', {});
  const staff = useProcedure('staff.options', {});
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    // The subject named at intake is the likely destination.
    defaultValues: { id: complaint.id, version: complaint.version, teamId: complaint.concernsTeam?.id ?? null, staffId: complaint.concernsStaff?.id ?? null, via: 'voorkeur' },
  });
  const forward = useProcedureMutation('complaints.forward', {
    onSuccess: ({ complaint: saved, documents }) => {
      const letter = documents[0];
      notifications.show({
        color: 'green',
        message: `${saved.dossierNumber} is doorgestuurd. Ontvangstbevestiging (T1) ${letter?.sentVia === 'email' ? 'per e-mail verzonden' : 'staat klaar om af te drukken en per post te versturen'}.`,
      });
    },
    onError: (error) => showServerError(error, form),
  });
  const teamOptions = (teams.data ?? []).map((t) => ({ value: t.id, label: t.name }));
  const staffOptions = (staff.data ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }));

  return (
    <StepCard title="Doorsturen" rules="K5 · K8" icon={<IconSend size={20} />} current={current}>
      <Text size="sm">
        Kies het team of de medewerker waar de klacht over gaat. De klacht gaat naar de manager daarvan; de klager krijgt een ontvangstbevestiging (T1) en wordt
        vandaag nog gebeld (K8).
      </Text>
      <FormShell onSubmit={form.handleSubmit((v) => forward.mutate(v))} aria-label="Doorsturen">
        <FormAlert form={form} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
          <Controller
            control={form.control}
            name="teamId"
            render={({ field, fieldState }) => (
              <Select label="Team" placeholder="Kies een team" data={teamOptions} value={field.value ?? null} onChange={field.onChange} searchable clearable error={fieldState.error?.message} />
            )}
          />
          <Controller
            control={form.control}
            name="staffId"
            render={({ field, fieldState }) => (
              <Select
                label="Medewerker"
                placeholder="Of kies een medewerker"
                data={staffOptions}
                value={field.value ?? null}
                onChange={field.onChange}
                searchable
                clearable
                nothingFoundMessage="Geen medewerker gevonden"
                error={fieldState.error?.message}
              />
            )}
          />
          <SendViaSelect control={form.control} name="via" label="Ontvangstbevestiging versturen via" />
        </SimpleGrid>
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={forward.isPending} leftSection={<IconSend size={16} />}>
            Doorsturen
          </Button>
        </Group>
      </FormShell>
    </StepCard>
  );
}
