import { Alert } from '@mantine/core';
import { IconHandStop } from '@tabler/icons-react';
import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { showServerError } from '../../ui/form';

/**
 * A rule of the register that refuses a step (Q4 notice too late, Q5 h-i too early, a pending hardship
 * request): shown as one clear sentence above the form, like the K7 refusal, instead of at a field.
 */
export function useRuleRefusal(codes: readonly string[]) {
  const [refused, setRefused] = useState<string | null>(null);
  return {
    message: refused,
    clear: () => setRefused(null),
    onError<T extends FieldValues>(error: unknown, form: UseFormReturn<T>) {
      if (error instanceof ApiError && codes.includes(error.code)) setRefused(error.message);
      else {
        setRefused(null);
        showServerError(error, form);
      }
    },
  };
}

export function RefusalAlert({ message, title }: { message: string | null; title: string }) {
  if (!message) return null;
  return (
    <Alert color="red" title={title} icon={<IconHandStop size={18} />} role="alert" data-testid="quality-refusal">
      {message}
    </Alert>
  );
}
