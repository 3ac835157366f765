import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState, type Ref } from 'react';
import { parseDutchDate } from '../../../ui/DateField';

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** 'yyyy-mm-ddThh:mm' → "23-11-2026 10:30" */
export function formatLocalDateTime(value: string | null | undefined): string {
  const m = LOCAL.exec(value ?? '');
  if (!m) return value ?? '';
  const [year, month, day] = m[1]!.split('-');
  return `${day}-${month}-${year} ${m[2]}:${m[3]}`;
}

/** "23-11-2026 10:30", "23-11-26 9.05", "2026-11-23 10:30" → 'yyyy-mm-ddThh:mm'; null when it is no moment. */
export function parseLocalDateTime(text: string): string | null {
  const m = /^(.+?)[\sT]+(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const day = parseDutchDate(m[1]!);
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (!day || hour > 23 || minute > 59) return null;
  return `${day}T${String(hour).padStart(2, '0')}:${m[3]}`;
}

interface DateTimeFieldProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string | null | undefined;
  /** The parsed moment, or the typed text as it is when it cannot be read (the contract then names the format). */
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * Date and time as one text field in Dutch order (dd-mm-jjjj uu:mm): one Tab stop, typed at speed,
 * holding the contracts' 'yyyy-mm-ddThh:mm' in Woerden time.
 */
export function DateTimeField({ value, onChange, onBlur, ref, ...props }: DateTimeFieldProps) {
  const [text, setText] = useState(() => formatLocalDateTime(value));
  // A value set from outside (a reset) shows; one that came from typing keeps the text as typed.
  useEffect(() => {
    setText((current) => (parseLocalDateTime(current) === value ? current : formatLocalDateTime(value)));
  }, [value]);
  return (
    <TextInput
      ref={ref}
      placeholder="dd-mm-jjjj uu:mm"
      autoComplete="off"
      spellCheck={false}
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(parseLocalDateTime(next) ?? next);
      }}
      onBlur={(event) => {
        const parsed = parseLocalDateTime(text);
        if (parsed) setText(formatLocalDateTime(parsed));
        onBlur?.(event);
      }}
      {...props}
    />
  );
}
