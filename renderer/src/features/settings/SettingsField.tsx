import { TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { organisationInput } from '../../../../core/contracts';

type Values = z.input<typeof organisationInput>;

interface SettingsFieldProps {
  form: UseFormReturn<Values, unknown, z.output<typeof organisationInput>>;
  name: keyof Values;
  label: string;
  placeholder?: string;
  required?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
}

/** One text field of the organisation form, with its Dutch message from the contract's schema. */
export function SettingsField({ form, name, label, placeholder, required, autoFocus, disabled }: SettingsFieldProps) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      required={required}
      autoFocus={autoFocus}
      readOnly={disabled}
      {...form.register(name)}
      error={form.formState.errors[name]?.message}
    />
  );
}
