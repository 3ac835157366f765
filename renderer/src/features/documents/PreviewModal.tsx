import { Button, Group, Loader, Modal, Stack } from '@mantine/core';
import { IconDownload, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import type { DocumentSummary } from '../../../../core/contracts';
import { useProcedure } from '../../api/queries';
import { ErrorAlert } from '../../ui/form';
import { isFinal } from './labels';
import { LetterFrame } from './LetterFrame';
import type { useFileActions } from './useFileActions';

interface PreviewModalProps {
  document: DocumentSummary | null;
  onClose: () => void;
  files: ReturnType<typeof useFileActions>;
}

/** The archived letter as it prints, with saving and printing at hand. */
export function PreviewModal({ document, onClose, files }: PreviewModalProps) {
  return (
    <Modal opened={document !== null} onClose={onClose} title={document ? `Voorbeeld: ${document.title}` : ''} size={880} centered>
      {document && <PreviewBody document={document} files={files} />}
    </Modal>
  );
}

function PreviewBody({ document, files }: { document: DocumentSummary; files: ReturnType<typeof useFileActions> }) {
  const preview = useProcedure('documents.preview', { id: document.id });
  const final = isFinal(document);
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={files.isBusy(document, 'docx')} onClick={() => void files.run(document, 'docx')}>
          Opslaan als .docx
        </Button>
        {/* A concept is not printed: on paper it would look like a real letter. */}
        {final && (
          <>
            <Button variant="default" leftSection={<IconPrinter size={16} />} loading={files.isBusy(document, 'print')} onClick={() => void files.run(document, 'print')}>
              Afdrukken
            </Button>
            <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={files.isBusy(document, 'pdf')} onClick={() => void files.run(document, 'pdf')}>
              PDF
            </Button>
          </>
        )}
      </Group>
      {preview.isPending && <Loader size="sm" />}
      {preview.isError && <ErrorAlert message={preview.error.message} />}
      {preview.data && <LetterFrame html={preview.data.html} title={`Voorbeeld van ${preview.data.title}`} />}
    </Stack>
  );
}
