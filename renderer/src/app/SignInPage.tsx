import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack, TextInput } from '@mantine/core';
import { PasswordField } from '../ui/PasswordField';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { signInInput } from '../../../core/contracts';
import { useProcedureMutation } from '../api/queries';
import { AuthLayout } from '../ui/AuthLayout';
import { FormAlert, FormShell, showServerError } from '../ui/form';
import { useSetSession } from './session';

type SignInValues = z.input<typeof signInInput>;

export function SignInPage() {
  const setSession = useSetSession();
  const form = useForm<SignInValues, unknown, z.output<typeof signInInput>>({
    resolver: zodResolver(signInInput),
    defaultValues: { username: '', password: '' },
  });
  const signIn = useProcedureMutation('auth.signIn', {
    onSuccess: (user) => setSession(user),
    onError: (error) => {
      // The password is never kept after a refusal; the name is, so a typo costs one field.
      form.setValue('password', '');
      showServerError(error, form);
    },
  });
  const { errors } = form.formState;

  return (
    <AuthLayout title="Aanmelden" intro="Meld u aan met uw eigen gebruikersnaam en wachtwoord.">
      <FormShell onSubmit={form.handleSubmit((values) => signIn.mutate(values))} aria-label="Aanmelden">
        <Stack gap="sm">
          <FormAlert form={form} />
          <TextInput label="Gebruikersnaam" autoComplete="username" autoFocus {...form.register('username')} error={errors.username?.message} />
          <PasswordField label="Wachtwoord" autoComplete="current-password" {...form.register('password')} error={errors.password?.message} />
          <Button type="submit" loading={signIn.isPending} mt="xs">
            Aanmelden
          </Button>
        </Stack>
      </FormShell>
    </AuthLayout>
  );
}
