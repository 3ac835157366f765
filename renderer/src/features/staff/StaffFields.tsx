import { Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { ROLE_LABELS, ROLES, type Role } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  servicedesk: 'Telefoon, post en e-mail; dossiers behandelen',
  manager: 'Leidt een team; beoordeelt en beslist',
  director: 'Eindverantwoordelijk; beslist over klachten over managers',
  admin: 'Medewerkers, teams, instellingen en audittrail',
  board: 'Bestuur van Stichting Keurmerk Kwaliteitsvakman; beslist over deelnemers',
};

/** The fields a new and an existing employee share: name, e-mail, function, team, roles. */
interface StaffFieldsProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** The user name field: typed for a new employee, shown read-only for an existing one. */
  username: ReactNode;
  autoFocus?: boolean;
}

export function StaffFields<T extends FieldValues>({ form, username, autoFocus = false }: StaffFieldsProps<T>) {
  const teams = useProcedure('teams.list', {});
  const teamOptions = (teams.data ?? []).map((t) => ({ value: t.id, label: t.name })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const errors = form.formState.errors as Partial<Record<string, { message?: string }>>;
  const path = (name: string) => name as Path<T>;

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Naam" required autoFocus={autoFocus} {...form.register(path('name'))} error={errors.name?.message} />
        {username}
        <TextInput label="Functie" {...form.register(path('jobTitle'))} error={errors.jobTitle?.message} />
        <TextInput label="E-mail" type="email" {...form.register(path('email'))} error={errors.email?.message} />
        <Controller
          control={form.control}
          name={path('teamId')}
          render={({ field }) => (
            <Select
              label="Team"
              placeholder="Kies een team"
              data={teamOptions}
              value={(field.value as string | null) ?? null}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              ref={field.ref}
              clearable
              searchable
              nothingFoundMessage="Geen team gevonden"
              error={errors.teamId?.message}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name={path('roles')}
        render={({ field }) => (
          <Checkbox.Group
            label="Rollen"
            description="Een medewerker kan meer rollen hebben"
            withAsterisk
            value={(field.value as string[]) ?? []}
            onChange={(value) => field.onChange(value)}
            error={errors.roles?.message}
          >
            <Stack gap={6} mt={6}>
              {ROLES.map((role, index) => (
                <Checkbox
                  key={role}
                  value={role}
                  label={ROLE_LABELS[role]}
                  description={ROLE_DESCRIPTIONS[role]}
                  ref={index === 0 ? field.ref : undefined}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
      />
    </Stack>
  );
}
