import { Badge, Card, Group, Loader, Select, Stack, Text, TextInput, Title, type SelectProps, type TextInputProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { SEND_VIA, SEND_VIA_LABELS, SEND_METHOD_LABELS, type DocumentSummary } from '../../../../../core/contracts';
import { useProcedure } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/form';
import { LetterFrame } from '../../documents/LetterFrame';

/** 21-11-2026 9:05 (or 2026-11-21T09:05) → '2026-11-21T09:05'; null when it is not a real moment. */
export function parseLocalDateTime(text: string): string | null {
  const value = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})[ T]+(\d{1,2})[:.](\d{2})$/.exec(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(value);
  const parts = dutch ? [dutch[3], dutch[2], dutch[1], dutch[4], dutch[5]] : iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : null;
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`;
}

function displayLocalDateTime(value: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]} ${m[4]}:${m[5]}` : (value ?? '');
}

/**
 * A moment typed the Dutch way (dd-mm-jjjj uu:mm), held as 'yyyy-mm-ddThh:mm' for the contract.
 * What cannot be read goes to the form as typed, so the contract's own message says what is wrong.
 */
export function LocalDateTimeInput({ value, onChange, ...rest }: { value: string | null | undefined; onChange: (value: string) => void } & Omit<TextInputProps, 'value' | 'onChange'>) {
  const [text, setText] = useState(() => displayLocalDateTime(value));
  return (
    <TextInput
      placeholder="dd-mm-jjjj uu:mm"
      value={text}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        onChange(parseLocalDateTime(typed) ?? typed);
      }}
      {...rest}
    />
  );
}

/**
 * One step of the procedure. The step that is due now stands out (coloured border, "Nu aan de
 * beurt"); the others are quieter, so the eye goes to what has to happen next.
 */
export function StepCard({ title, icon, rules, current = false, children, label }: { title: string; icon: ReactNode; rules: string; current?: boolean; children: ReactNode; label?: string }) {
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-label={label ?? title}
      data-current-step={current || undefined}
      style={current ? { borderColor: 'var(--mantine-color-blue-5)', borderWidth: 2, boxShadow: 'var(--mantine-shadow-sm)' } : undefined}
    >
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          {icon}
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {rules}
          </Text>
        </Group>
        {current && (
          <Badge color="blue" variant="filled" tt="none">
            Nu aan de beurt
          </Badge>
        )}
      </Group>
      <Stack gap="md">{children}</Stack>
    </Card>
  );
}

const SEND_VIA_OPTIONS = SEND_VIA.map((v) => ({ value: v, label: SEND_VIA_LABELS[v] }));

/** "Versturen via": the complainant's preference, post (printed here) or e-mail. */
export function SendViaSelect<T extends FieldValues>({ control, name, label = 'Versturen via', ...rest }: { control: Control<T>; name: Path<T>; label?: string } & Omit<SelectProps, 'data' | 'value' | 'onChange'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Select label={label} data={SEND_VIA_OPTIONS} value={(field.value as string | undefined) ?? 'voorkeur'} onChange={(v) => field.onChange(v ?? 'voorkeur')} allowDeselect={false} error={fieldState.error?.message} w={300} {...rest} />
      )}
    />
  );
}

/** "per post" / "per e-mail", for the sentences that say how a letter went out. */
export function sentViaText(document: Pick<DocumentSummary, 'sentVia'> | undefined): string {
  if (!document?.sentVia) return 'nog niet verzonden';
  return SEND_METHOD_LABELS[document.sentVia].toLowerCase();
}

/** The letters of this dossier, for finding which letter a step produced and how it went out. */
export function useDossierLetters(complaintId: string) {
  return useProcedure('documents.list', { dossierKind: 'complaint', dossierId: complaintId });
}

/** The newest letter of a type in the dossier (a correction supersedes the earlier version). */
export function latestLetter(documents: DocumentSummary[] | undefined, typeKey: string): DocumentSummary | undefined {
  return documents?.filter((d) => d.typeKey === typeKey && d.supersededById === null).sort((a, b) => b.producedAt.localeCompare(a.producedAt))[0];
}

/** An archived letter as it prints, inline: the person reads what will go out before it does. */
export function LetterPreview({ documentId, title }: { documentId: string; title: string }) {
  const preview = useProcedure('documents.preview', { id: documentId });
  if (preview.isPending) return <Loader size="sm" />;
  if (preview.isError) return <ErrorAlert message={preview.error.message} />;
  return <LetterFrame html={preview.data.html} title={title} />;
}

/** A label with its value, for the facts of a dossier. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}
