import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { documentsContracts, type DocumentSummary } from '../../../../core/contracts';
import { call } from '../../api/client';
import { useProcedureMutation } from '../../api/queries';
import { FormAlert, FormShell, showServerError } from '../../ui/form';
import { isDesktop, pdfForAttachment } from './host';
import { FILE_WARNINGS } from './labels';

const emailSchema = documentsContracts['documents.email'].input.pick({ to: true, subject: true, body: true });
type Values = z.input<typeof emailSchema>;

function defaultBody(document: DocumentSummary): string {
  return `Geachte heer/mevrouw,\n\nIn de bijlage vindt u onze brief "${document.title}".\n\nMet vriendelijke groet,`;
}

/** Sends a final letter by e-mail through the outbox: a PDF when the host can make one, else the .docx. */
export function EmailDialog({ document, onClose }: { document: DocumentSummary | null; onClose: () => void }) {
  return (
    <Modal opened={document !== null} onClose={onClose} title="Verzenden per e-mail" size="lg" centered>
      {document && <EmailForm document={document} onDone={onClose} />}
    </Modal>
  );
}

function EmailForm({ document, onDone }: { document: DocumentSummary; onDone: () => void }) {
  const form = useForm<Values, unknown, z.output<typeof emailSchema>>({
    resolver: zodResolver(emailSchema),
    defaultValues: { to: '', subject: document.title, body: defaultBody(document) },
  });
  const email = useProcedureMutation('documents.email', {
    onSuccess: (sent) => {
      notifications.show({ color: 'green', message: `${sent.title} staat klaar in de uitgaande e-mail.` });
      onDone();
    },
    onError: (error) => showServerError(error, form),
  });

  async function send(values: z.output<typeof emailSchema>) {
    try {
      const { status } = await call('documents.verify', { id: document.id });
      if (status !== 'ok') {
        form.setError('root.server', { type: 'file', message: FILE_WARNINGS[status] });
        return;
      }
      const pdfBase64 = isDesktop() ? await pdfForAttachment((await call('documents.preview', { id: document.id })).html) : undefined;
      email.mutate({ id: document.id, ...values, pdfBase64 });
    } catch (error) {
      showServerError(error, form);
    }
  }

  const { errors, isSubmitting } = form.formState;
  return (
    <FormShell onSubmit={form.handleSubmit(send)} aria-label="Verzenden per e-mail">
      <Stack gap="sm">
        <FormAlert form={form} />
        <TextInput label="Aan" type="email" required autoFocus placeholder="naam@voorbeeld.nl" {...form.register('to')} error={errors.to?.message} />
        <TextInput label="Onderwerp" required {...form.register('subject')} error={errors.subject?.message} />
        <Textarea label="Bericht" required autosize minRows={5} maxRows={12} {...form.register('body')} error={errors.body?.message} />
        <Text size="sm" c="dimmed">
          Bijlage: de brief als {isDesktop() ? 'PDF' : 'Word-bestand (.docx)'}.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuleren
          </Button>
          <Button type="submit" loading={isSubmitting || email.isPending}>
            Versturen
          </Button>
        </Group>
      </Stack>
    </FormShell>
  );
}
