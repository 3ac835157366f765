import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserCheck } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contracts, type Complaint } from '../../../../../core/contracts';
import { ApiError } from '../../../api/client';
import { useProcedure, useProcedureMutation } from '../../../api/queries';
import { useCurrentUser } from '../../../app/session';
import { FormAlert, FormShell, showServerError } from '../../../ui/form';
import { StepCard } from './shared';

const schema = contracts['complaints.assignOwner'].input;
const MAY_ASSIGN = ['manager', 'director', 'admin'] as const;

/** K6: management names the dossier owner who calls the complainant; never the person complained about (K7). */
export function OwnerCard({ complaint, current }: { complaint: Complaint; current: boolean }) {
  const user = useCurrentUser();
  const mayAssign = user.roles.some((r) => (MAY_ASSIGN as readonly string[]).includes(r));
  return (
    <StepCard title="Dossierverantwoordelijke" rules="K6 · K7" icon={<IconUserCheck size={20} />} current={current}>
      {complaint.owner && (
        <Text size="sm">
          Dossierverantwoordelijke: <b>{complaint.owner.name}</b>
        </Text>
      )}
      {mayAssign ? (
        <OwnerForm complaint={complaint} key={complaint.version} />
      ) : (
        !complaint.owner && (
          <Text size="sm" c="dimmed">
            {complaint.manager ? `${complaint.manager.name} (manager)` : 'De manager'} wijst de dossierverantwoordelijke aan. Intussen kan het eerste telefoongesprek al
            worden vastgelegd.
          </Text>
        )
      )}
    </StepCard>
  );
}

function OwnerForm({ complaint }: { complaint: Complaint }) {
  const staff = useProcedure('staff.options', {});
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { id: complaint.id, version: complaint.version, ownerId: complaint.owner?.id ?? '' },
  });
  const assign = useProcedureMutation('complaints.assignOwner', {
    onSuccess: (saved) => notifications.show({ color: 'green', message: `${saved.owner?.name ?? 'De medewerker'} is dossierverantwoordelijke van ${saved.dossierNumber}.` }),
    onError: (error) => {
      showServerError(error, form);
      // K7: the refusal belongs at the choice, even if the back end named no field.
      if (error instanceof ApiError && error.code === 'complaint.owner_is_subject' && !error.fields.ownerId) {
        form.clearErrors('root');
        form.setError('ownerId', { type: 'server', message: error.message }, { shouldFocus: true });
      }
    },
  });
  const options = (staff.data ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }));

  return (
    <FormShell onSubmit={form.handleSubmit((v) => assign.mutate(v))} aria-label="Dossierverantwoordelijke aanwijzen">
      <FormAlert form={form} />
      <Group align="flex-start" gap="sm">
        <Controller
          control={form.control}
          name="ownerId"
          render={({ field, fieldState }) => (
            <Select
              label={complaint.owner ? 'Andere dossierverantwoordelijke' : 'Dossierverantwoordelijke'}
              placeholder="Kies een medewerker"
              data={options}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              ref={field.ref}
              // Not searchable: a searchable select opens its list on focus, over the refusal (K7) it is given.
              error={fieldState.error?.message}
              w={360}
              required
            />
          )}
        />
        <Button type="submit" loading={assign.isPending} mt={25}>
          Aanwijzen
        </Button>
      </Group>
    </FormShell>
  );
}
