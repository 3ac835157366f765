import { Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChevronDown,
  IconCircleCheck,
  IconDownload,
  IconEye,
  IconFileTypePdf,
  IconHandFinger,
  IconMail,
  IconMailbox,
  IconPencil,
  IconPrinter,
  IconVersions,
} from '@tabler/icons-react';
import type { DocumentSummary } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import type { useFileActions } from './useFileActions';

/** What a row can ask of the list around it: dialogs live once per list, not once per row. */
export interface DocumentHandlers {
  files: ReturnType<typeof useFileActions>;
  preview(document: DocumentSummary): void;
  email(document: DocumentSummary): void;
  finalize(document: DocumentSummary): void;
  /** Null when this kind of document has no form (yet): then it cannot be edited here. */
  edit(document: DocumentSummary): (() => void) | null;
}

/**
 * The actions that fit the document's state. A concept is edited and finalised; a final document is
 * saved, printed, sent and corrected, but never edited: a change is a new version (Correctie).
 */
export function DocumentActions({ document, handlers }: { document: DocumentSummary; handlers: DocumentHandlers }) {
  const { files } = handlers;
  const onError = (error: Error) => notifications.show({ color: 'red', title: 'Niet gelukt', message: error.message });
  const markSent = useProcedureMutation('documents.markSent', {
    onSuccess: (d) => notifications.show({ color: 'green', message: `Vastgelegd: ${d.title} is ${d.sentVia === 'hand' ? 'afgegeven' : 'per post verzonden'}.` }),
    onError,
  });
  const correct = useProcedureMutation('documents.correct', {
    onSuccess: (d) => notifications.show({ color: 'green', message: `Versie ${d.docVersion} van ${d.title} staat klaar als concept.` }),
    onError,
  });
  const edit = document.status === 'concept' ? handlers.edit(document) : null;
  const final = document.status !== 'concept';
  const current = document.supersededById === null;

  return (
    <Group gap={6} wrap="nowrap" justify="flex-end">
      <Button size="xs" variant="default" leftSection={<IconEye size={14} />} onClick={() => handlers.preview(document)}>
        Voorbeeld
      </Button>
      <Menu position="bottom-end" withinPortal shadow="md" width={240}>
        <Menu.Target>
          <Button size="xs" variant="light" aria-label={`Acties voor ${document.title} (v${document.docVersion})`} rightSection={<IconChevronDown size={14} />} loading={files.isBusy(document) || markSent.isPending || correct.isPending}>
            Acties
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {edit && (
            <Menu.Item leftSection={<IconPencil size={16} />} onClick={edit}>
              Bewerken
            </Menu.Item>
          )}
          {!final && (
            <Menu.Item leftSection={<IconCircleCheck size={16} />} onClick={() => handlers.finalize(document)}>
              Definitief maken
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => void files.run(document, 'docx')}>
            Opslaan als .docx
          </Menu.Item>
          {/* A concept is not printed: on paper it would look like a real letter. */}
          {final && (
            <>
              <Menu.Item leftSection={<IconPrinter size={16} />} onClick={() => void files.run(document, 'print')}>
                Afdrukken
              </Menu.Item>
              <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void files.run(document, 'pdf')}>
                PDF
              </Menu.Item>
            </>
          )}
          {document.status === 'definitief' && (
            <>
              <Menu.Divider />
              <Menu.Label>Verzenden</Menu.Label>
              <Menu.Item leftSection={<IconMailbox size={16} />} onClick={() => markSent.mutate({ id: document.id, via: 'post' })}>
                Verzonden per post
              </Menu.Item>
              <Menu.Item leftSection={<IconHandFinger size={16} />} onClick={() => markSent.mutate({ id: document.id, via: 'hand' })}>
                Afgegeven
              </Menu.Item>
              <Menu.Item leftSection={<IconMail size={16} />} onClick={() => handlers.email(document)}>
                Verzenden per e-mail…
              </Menu.Item>
            </>
          )}
          {final && current && (
            <>
              <Menu.Divider />
              <Menu.Item leftSection={<IconVersions size={16} />} onClick={() => correct.mutate({ id: document.id })}>
                Correctie (nieuwe versie)
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
