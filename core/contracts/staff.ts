import { z } from 'zod';
import { usernameField } from './auth';
import { defineContracts } from './contract';
import { emailField, idField, newPasswordField, optionalText, requiredText } from './fields';
import { roleSchema } from './roles';

export const staffSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  jobTitle: z.string().nullable(),
  roles: z.array(roleSchema),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type StaffMember = z.infer<typeof staffSchema>;

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  managerId: z.string().nullable(),
  managerName: z.string().nullable(),
  memberCount: z.number(),
  version: z.number(),
});
export type Team = z.infer<typeof teamSchema>;

const rolesField = z.array(roleSchema).min(1, 'Kies minstens één rol');

const staffFields = {
  name: requiredText('de naam'),
  email: emailField,
  jobTitle: optionalText(100),
  roles: rolesField,
  teamId: idField.nullish().transform((v) => v ?? null),
};

export const staffCreateInput = z
  .object({ ...staffFields, username: usernameField, password: newPasswordField, passwordRepeat: z.string() })
  .refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: 'De wachtwoorden zijn niet gelijk' });

export const staffUpdateInput = z.object({ id: idField, ...staffFields });

export const resetPasswordInput = z
  .object({ id: idField, password: newPasswordField, passwordRepeat: z.string() })
  .refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: 'De wachtwoorden zijn niet gelijk' });

export const teamInput = z.object({
  name: requiredText('de naam van het team', 80),
  description: optionalText(500),
  managerId: idField.nullish().refine((v) => !!v, 'Kies de manager van dit team'),
});

export const staffContracts = defineContracts({
  'staff.list': {
    summary: 'Alle medewerkers, ook gedeactiveerde',
    access: ['admin'],
    input: z.object({ includeInactive: z.boolean().default(true) }),
    output: z.array(staffSchema),
  },
  'staff.get': { summary: 'Eén medewerker', access: ['admin'], input: z.object({ id: idField }), output: staffSchema },
  'staff.options': {
    summary: 'Namen van medewerkers voor keuzelijsten',
    access: 'signedIn',
    input: z.object({}),
    output: z.array(z.object({ id: z.string(), name: z.string(), roles: z.array(roleSchema), active: z.boolean(), teamId: z.string().nullable() })),
  },
  'staff.create': { summary: 'Medewerker toevoegen', access: ['admin'], input: staffCreateInput, output: staffSchema },
  'staff.update': { summary: 'Medewerker wijzigen (naam, rollen, team)', access: ['admin'], input: staffUpdateInput, output: staffSchema },
  'staff.deactivate': { summary: 'Medewerker deactiveren (nooit verwijderen)', access: ['admin'], input: z.object({ id: idField }), output: staffSchema },
  'staff.reactivate': { summary: 'Medewerker weer actief maken', access: ['admin'], input: z.object({ id: idField }), output: staffSchema },
  'staff.resetPassword': {
    summary: 'Tijdelijk wachtwoord instellen en blokkade opheffen',
    access: ['admin'],
    input: resetPasswordInput,
    output: staffSchema,
  },
  'teams.list': { summary: 'Alle teams met hun manager', access: 'signedIn', input: z.object({}), output: z.array(teamSchema) },
  'teams.create': { summary: 'Team toevoegen', access: ['admin'], input: teamInput, output: teamSchema },
  'teams.update': { summary: 'Team wijzigen', access: ['admin'], input: teamInput.extend({ id: idField }), output: teamSchema },
});
