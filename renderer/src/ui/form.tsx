import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError, errorMessage } from '../api/client';

interface FormShellProps {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => unknown;
  children: ReactNode;
  'aria-label'?: string;
}

/**
 * A form that submits on Enter (the browser's own behaviour) and on Ctrl+Enter from anywhere in
 * it, textareas included, so people who work from the keyboard never need the mouse.
 */
export function FormShell({ onSubmit, children, ...rest }: FormShellProps) {
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} onKeyDown={onKeyDown} {...rest}>
      {children}
    </form>
  );
}

/**
 * Puts the back end's refusal on the form: each field message at its field, the main message
 * (plus messages for fields this form does not show) in the form's alert; focuses the first field.
 */
export function showServerError<T extends FieldValues>(error: unknown, form: UseFormReturn<T>): void {
  if (!(error instanceof ApiError)) {
    form.setError('root.server', { type: 'internal', message: errorMessage(error) });
    return;
  }
  const shown = new Set(Object.keys(form.getValues()));
  const elsewhere: string[] = [];
  let first: Path<T> | null = null;
  for (const [path, message] of Object.entries(error.fields)) {
    if (shown.has(path.split('.')[0]!)) {
      form.setError(path as Path<T>, { type: 'server', message });
      first ??= path as Path<T>;
    } else if (message !== error.message) {
      elsewhere.push(message);
    }
  }
  // A message already shown at its field is not repeated above the form.
  const atField = first !== null && Object.values(error.fields).includes(error.message);
  const summary = [...(atField ? [] : [error.message]), ...elsewhere].join(' ');
  if (summary) form.setError('root.server', { type: error.code, message: summary });
  if (first) form.setFocus(first);
}

export function FormAlert<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const message = form.formState.errors.root?.server?.message;
  return message ? <ErrorAlert message={message} /> : null;
}

export function ErrorAlert({ message, title }: { message: string; title?: string }) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertCircle size={18} />} role="alert">
      {message}
    </Alert>
  );
}
