import { Badge, Card, Group, Loader, Select, Stack, Text, Title, type SelectProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { SEND_VIA, SEND_VIA_LABELS, SEND_METHOD_LABELS, type DocumentSummary } from '../../../../../core/contracts';
import { useProcedure } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/form';
import { LetterFrame } from '../../documents/LetterFrame';

const TIME_ZONE = 'Europe/Amsterdam';
const localParts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** This moment in Woerden as a form types it ('yyyy-mm-ddThh:mm'), the shape of localDateTimeField. */
export function localDateTimeNow(at: Date = new Date()): string {
  const p = Object.fromEntries(localParts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
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
        <Select label={label} data={SEND_VIA_OPTIONS} value={(field.value as string | undefined) ?? 'voorkeur'} onChange={(v) => field.onChange(v ?? 'voorkeur')} allowDeselect={false} error={fieldState.error?.message} maw={320} {...rest} />
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
