import { z } from 'zod';
import { defineContracts } from './contract';
import { newPasswordField, requiredText } from './fields';
import { roleSchema } from './roles';

export const currentUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  teamId: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'Een gebruikersnaam heeft minstens 2 tekens')
  .max(40, 'Een gebruikersnaam heeft hoogstens 40 tekens')
  .regex(/^[a-z0-9._-]+$/, 'Gebruik alleen kleine letters, cijfers, punt, streepje of liggend streepje');

export const setupInput = z
  .object({
    organisationName: requiredText('de naam van de organisatie'),
    name: requiredText('uw naam'),
    username: usernameField,
    password: newPasswordField,
    passwordRepeat: z.string(),
  })
  .refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: 'De wachtwoorden zijn niet gelijk' });

export const signInInput = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Vul uw gebruikersnaam in'),
  password: z.string().min(1, 'Vul uw wachtwoord in'),
});

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'Vul uw huidige wachtwoord in'),
    newPassword: newPasswordField,
    newPasswordRepeat: z.string(),
  })
  .refine((v) => v.newPassword === v.newPasswordRepeat, { path: ['newPasswordRepeat'], message: 'De wachtwoorden zijn niet gelijk' });

export const authContracts = defineContracts({
  'auth.status': {
    summary: 'Is de eerste beheerder al aangemaakt, en wie is aangemeld',
    access: 'public',
    input: z.object({}),
    output: z.object({ needsSetup: z.boolean(), user: currentUserSchema.nullable() }),
  },
  'auth.setup': {
    summary: 'Eerste start: de eerste beheerder aanmaken en aanmelden',
    access: 'public',
    input: setupInput,
    output: currentUserSchema,
  },
  'auth.signIn': {
    summary: 'Aanmelden met gebruikersnaam en wachtwoord',
    access: 'public',
    input: signInInput,
    output: currentUserSchema,
  },
  'auth.signOut': {
    summary: 'Afmelden',
    access: 'public',
    input: z.object({}),
    output: z.object({ signedOut: z.literal(true) }),
  },
  'auth.changePassword': {
    summary: 'Eigen wachtwoord wijzigen',
    access: 'signedIn',
    input: changePasswordInput,
    output: currentUserSchema,
  },
});
