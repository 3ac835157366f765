import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconId } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatDate, formatMoney, MEMBER_STATUS_LABELS, MEMBER_STATUSES, memberUpdateInput, type Member } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import { DateField } from '../../ui/DateField';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { MemberStatusBadge } from './badges';

/** The membership itself: number, status, dates, this year's contribution (L1); dates and status editable. */
export function MembershipCard({ member }: { member: Member }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder padding="lg" component="section" aria-label="Lidmaatschap">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <IconId size={20} />
          <Title order={2} size="h4">
            Lidmaatschap
          </Title>
        </Group>
        {!editing && (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Wijzigen
          </Button>
        )}
      </Group>
      {editing ? (
        <MembershipForm member={member} onDone={() => setEditing(false)} />
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
          <Fact label="Lidnummer">
            <Text fw={600} data-testid="membership-number">
              {member.membershipNumber}
            </Text>
          </Fact>
          <Fact label="Status">
            <MemberStatusBadge status={member.status} />
          </Fact>
          <Fact label={`Contributie ${member.contribution.year}`}>
            <Text size="sm">
              {formatMoney(member.contribution.amountCents)}
              {member.contribution.isDefault && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  (standaardbedrag)
                </Text>
              )}
            </Text>
          </Fact>
          <Fact label="Lid vanaf">
            <Text size="sm">{formatDate(member.startDate)}</Text>
          </Fact>
          <Fact label="Einddatum">
            <Text size="sm">{member.endDate ? formatDate(member.endDate) : '—'}</Text>
          </Fact>
          <Fact label="Ingeschreven op">
            <Text size="sm">{formatDate(member.createdAt)}</Text>
          </Fact>
          {member.notes && (
            <Fact label="Notities">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {member.notes}
              </Text>
            </Fact>
          )}
        </SimpleGrid>
      )}
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

type Values = z.input<typeof memberUpdateInput>;

function MembershipForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const form = useForm<Values, unknown, z.output<typeof memberUpdateInput>>({
    resolver: zodResolver(memberUpdateInput),
    defaultValues: { id: member.id, version: member.version, startDate: member.startDate, endDate: member.endDate, status: member.status, notes: member.notes ?? '' },
  });
  const update = useProcedureMutation('members.update', {
    onSuccess: () => {
      notifications.show({ color: 'green', message: `Lidmaatschap ${member.membershipNumber} is opgeslagen.` });
      onDone();
    },
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit((values) => update.mutate(values))} aria-label="Lidmaatschap wijzigen">
      <Stack gap="sm">
        <FormAlert form={form} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Controller
            control={form.control}
            name="startDate"
            render={({ field }) => <DateField label="Lid vanaf" value={field.value ?? null} onChange={(v) => field.onChange(v ?? undefined)} error={errors.startDate?.message} />}
          />
          <Controller
            control={form.control}
            name="endDate"
            render={({ field }) => <DateField label="Einddatum" value={field.value ?? null} onChange={field.onChange} error={errors.endDate?.message} />}
          />
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Select
                label="Status"
                data={MEMBER_STATUSES.map((s) => ({ value: s, label: MEMBER_STATUS_LABELS[s] }))}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? undefined)}
                allowDeselect={false}
                error={errors.status?.message}
              />
            )}
          />
        </SimpleGrid>
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
