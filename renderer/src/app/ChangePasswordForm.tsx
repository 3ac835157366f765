import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { PasswordField } from '../ui/PasswordField';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { changePasswordInput, type CurrentUser } from '../../../core/contracts';
import { useProcedureMutation } from '../api/queries';
import { FormAlert, FormShell, showServerError } from '../ui/form';

type Values = z.input<typeof changePasswordInput>;

interface ChangePasswordFormProps {
  currentLabel: string;
  submitLabel: string;
  onChanged: (user: CurrentUser) => void;
  onCancel?: () => void;
}

/** Used for the forced change after a temporary password and from the user menu. */
export function ChangePasswordForm({ currentLabel, submitLabel, onChanged, onCancel }: ChangePasswordFormProps) {
  const form = useForm<Values, unknown, z.output<typeof changePasswordInput>>({
    resolver: zodResolver(changePasswordInput),
    defaultValues: { currentPassword: '', newPassword: '', newPasswordRepeat: '' },
  });
  const change = useProcedureMutation('auth.changePassword', {
    onSuccess: onChanged,
    onError: (error) => showServerError(error, form),
  });
  const { errors } = form.formState;

  return (
    <FormShell onSubmit={form.handleSubmit((values) => change.mutate(values))} aria-label="Wachtwoord wijzigen">
      <Stack gap="sm">
        <FormAlert form={form} />
        <PasswordField
          label={currentLabel}
          autoComplete="current-password"
          autoFocus
          data-autofocus
          {...form.register('currentPassword')}
          error={errors.currentPassword?.message}
        />
        <PasswordField
          label="Nieuw wachtwoord"
          description="Minstens 10 tekens"
          autoComplete="new-password"
          {...form.register('newPassword')}
          error={errors.newPassword?.message}
        />
        <PasswordField
          label="Nieuw wachtwoord herhalen"
          autoComplete="new-password"
          {...form.register('newPasswordRepeat')}
          error={errors.newPasswordRepeat?.message}
        />
        <Group justify="flex-end" mt="xs">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Annuleren
            </Button>
          )}
          <Button type="submit" loading={change.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
