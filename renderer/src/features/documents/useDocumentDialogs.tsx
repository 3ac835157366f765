import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { DocumentSummary } from '../../../../core/contracts';
import { useProcedureMutation } from '../../api/queries';
import type { DocumentHandlers } from './DocumentActions';
import { EmailDialog } from './EmailDialog';
import { hasLetterForm } from './letterForm';
import { editLetterPath, type BackLink, type LetterRouteState } from './navigation';
import { PreviewModal } from './PreviewModal';
import { useFileActions } from './useFileActions';

/** The dialogs of a document list (preview, e-mail, finalise) and the handlers its rows call. */
export function useDocumentDialogs(back: BackLink): { handlers: DocumentHandlers; dialogs: ReactNode } {
  const navigate = useNavigate();
  const files = useFileActions();
  const [previewing, setPreviewing] = useState<DocumentSummary | null>(null);
  const [emailing, setEmailing] = useState<DocumentSummary | null>(null);
  const [finalizing, setFinalizing] = useState<DocumentSummary | null>(null);

  const handlers = useMemo<DocumentHandlers>(
    () => ({
      files,
      preview: setPreviewing,
      email: setEmailing,
      finalize: setFinalizing,
      edit: (document) =>
        hasLetterForm(document.typeKey) ? () => navigate(editLetterPath(document.id), { state: { back } satisfies LetterRouteState }) : null,
    }),
    [files, navigate, back],
  );

  const dialogs = (
    <>
      <PreviewModal document={previewing} onClose={() => setPreviewing(null)} files={files} />
      <EmailDialog document={emailing} onClose={() => setEmailing(null)} />
      <FinalizeDialog document={finalizing} onClose={() => setFinalizing(null)} />
    </>
  );
  return { handlers, dialogs };
}

/** Finalising cannot be undone, so it is asked once more, with what it means. */
function FinalizeDialog({ document, onClose }: { document: DocumentSummary | null; onClose: () => void }) {
  const finalize = useProcedureMutation('documents.finalize', {
    onSuccess: (d) => {
      notifications.show({ color: 'green', message: `${d.title} is definitief.` });
      onClose();
    },
    onError: (error) => {
      notifications.show({ color: 'red', title: 'Niet gelukt', message: error.message });
      onClose();
    },
  });
  return (
    <Modal opened={document !== null} onClose={onClose} title="Definitief maken" centered>
      {document && (
        <Stack gap="md">
          <Text size="sm">
            <strong>{document.title}</strong> wordt definitief. Daarna kan de brief niet meer worden gewijzigd; een wijziging wordt een correctie
            (een nieuwe versie).
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuleren
            </Button>
            <Button loading={finalize.isPending} onClick={() => finalize.mutate({ id: document.id })}>
              Definitief maken
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
