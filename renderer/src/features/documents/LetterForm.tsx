import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Fieldset, Grid, Group, Loader, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useForm, useWatch, type Control, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { DocumentSummary } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { ErrorAlert, FormAlert, FormShell, showServerError } from '../../ui/form';
import { GENERAL_LETTER_TYPE } from './labels';
import { LetterFrame } from './LetterFrame';
import { draftForPreview, letterFormSchema, type LetterFormValues } from './letterForm';

type Output = z.output<typeof letterFormSchema>;

const LEGEND = { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-md)', marginBottom: 'var(--mantine-spacing-xs)' } };

interface LetterFormProps {
  dossierKind: string;
  dossierId: string;
  /** The concept being edited, so its preview shows its own reference. */
  documentId?: string;
  initialValues: LetterFormValues;
  submitLabel: string;
  /** Saves and resolves with the stored document, or rejects with the back end's refusal. */
  save: (data: Output) => Promise<DocumentSummary>;
  onSaved: (document: DocumentSummary) => void;
  onCancel: () => void;
}

/** The general letter: fields on the left, the letter as it will print on the right, updated as one types. */
export function LetterForm({ dossierKind, dossierId, documentId, initialValues, submitLabel, save, onSaved, onCancel }: LetterFormProps) {
  const form = useForm<LetterFormValues, unknown, Output>({ resolver: zodResolver(letterFormSchema), defaultValues: initialValues });
  const { errors, isSubmitting } = form.formState;
  // The shared form helpers only read and set errors, which do not depend on the transformed output.
  const errorTarget = form as unknown as UseFormReturn<LetterFormValues>;
  const field = (name: Parameters<typeof form.register>[0]) => ({ ...form.register(name), error: messageAt(errors, name) });

  async function submit(values: Output) {
    try {
      onSaved(await save(values));
    } catch (error) {
      showServerError(error, errorTarget);
    }
  }

  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Card withBorder padding="lg">
          <FormShell onSubmit={form.handleSubmit(submit)} aria-label="Brief">
            <Stack gap="lg">
              <FormAlert form={errorTarget} />
              <Fieldset styles={LEGEND} legend="Geadresseerde" variant="unstyled">
                <Stack gap="sm">
                  <TextInput label="Naam" required autoFocus {...field('addressee.name')} />
                  <TextInput label="T.a.v." description="Alleen bij een organisatie" {...field('addressee.attention')} />
                  <TextInput label="Straat en huisnummer" required {...field('addressee.street')} />
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput label="Postcode" required placeholder="1234 AB" {...field('addressee.postcode')} />
                    <TextInput label="Plaats" required {...field('addressee.city')} />
                  </SimpleGrid>
                  <TextInput label="Land" description="Leeg voor Nederland" {...field('addressee.country')} />
                  <TextInput label="Aanhef" placeholder="Geachte heer/mevrouw," description="Leeg geeft: Geachte heer/mevrouw," {...field('addressee.salutation')} />
                </Stack>
              </Fieldset>
              <Fieldset styles={LEGEND} legend="Brief" variant="unstyled">
                <Stack gap="sm">
                  <TextInput label="Betreft" required {...field('subject')} />
                  <TextInput label="Uw kenmerk" {...field('yourReference')} />
                  <Textarea label="Tekst" required autosize minRows={10} maxRows={30} description="Een lege regel begint een nieuwe alinea" {...field('body')} />
                  <Textarea label="Bijlagen" autosize minRows={2} maxRows={8} description="Eén bijlage per regel" {...field('enclosures')} />
                </Stack>
              </Fieldset>
              <Group justify="flex-end">
                <Button variant="default" onClick={onCancel}>
                  Annuleren
                </Button>
                <Button type="submit" loading={isSubmitting}>
                  {submitLabel}
                </Button>
              </Group>
            </Stack>
          </FormShell>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }} style={{ position: 'sticky', top: 76 }}>
        <LivePreview control={form.control} dossierKind={dossierKind} dossierId={dossierId} documentId={documentId} />
      </Grid.Col>
    </Grid>
  );
}

function LivePreview({ control, dossierKind, dossierId, documentId }: { control: Control<LetterFormValues, unknown, Output>; dossierKind: string; dossierId: string; documentId?: string }) {
  const values = useWatch({ control }) as LetterFormValues;
  // Compared as text: the watched object is new on every render, its content is not.
  const [debounced] = useDebouncedValue(JSON.stringify(draftForPreview(values)), 400);
  const preview = useProcedure(
    'documents.previewDraft',
    { dossierKind, dossierId, documentId, typeKey: GENERAL_LETTER_TYPE, data: JSON.parse(debounced) as unknown },
    { placeholderData: keepPreviousData, staleTime: Infinity },
  );
  return (
    <Card withBorder padding="md" component="section" aria-label="Voorbeeld">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Voorbeeld
        </Title>
        {preview.isFetching ? <Loader size="xs" aria-label="Voorbeeld wordt bijgewerkt" /> : <Text size="xs" c="dimmed">Zo wordt de brief afgedrukt</Text>}
      </Group>
      {preview.isError && <ErrorAlert message={preview.error.message} />}
      {preview.data && <LetterFrame html={preview.data.html} title="Voorbeeld van de brief" />}
    </Card>
  );
}

/** The message at a field; for the enclosures also a message about one of its lines. */
function messageAt(errors: FieldErrors<LetterFormValues>, name: string): string | undefined {
  let node: unknown = errors;
  for (const part of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const entry = node as { message?: string } | Record<string, { message?: string }> | undefined;
  if (!entry) return undefined;
  if (typeof entry.message === 'string') return entry.message;
  return Object.values(entry).find((child) => typeof child?.message === 'string')?.message as string | undefined;
}
