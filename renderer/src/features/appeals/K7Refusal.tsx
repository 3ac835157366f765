import { Alert } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { formatErrorMessage, type Complaint } from '../../../../core/contracts';
import { ApiError } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import { showServerError } from '../../ui/form';

const CODE = 'complaint.decider_is_subject';

/**
 * K7: the person a complaint is about does not decide on it. Known beforehand when the complaint
 * names the signed-in person; otherwise the back end's refusal is shown the same way.
 */
export function useDeciderRefusal(complaint: Complaint) {
  const user = useCurrentUser();
  const [refused, setRefused] = useState<string | null>(null);
  const isSubject = complaint.subjectStaffId === user.id;
  return {
    isSubject,
    message: refused ?? (isSubject ? formatErrorMessage(CODE) : null),
    onError<T extends FieldValues>(error: unknown, form: UseFormReturn<T>) {
      if (error instanceof ApiError && error.code === CODE) setRefused(error.message);
      else showServerError(error, form);
    },
  };
}

export function K7Alert({ message, title = 'Beslissen niet toegestaan (K7)' }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" title={title} icon={<IconGavel size={18} />} role="alert" data-testid="k7-refusal">
      {message}
    </Alert>
  );
}
