import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DocumentSummary } from '../../../../core/contracts';
import { ApiError, call, errorMessage } from '../../api/client';
import { procedureKey } from '../../api/queries';
import { printHtml, savePdf, saveFile } from './host';
import { documentFilename, FILE_ERROR_CODES, FILE_WARNINGS } from './labels';

export type FileAction = 'docx' | 'print' | 'pdf';

class DamagedFileError extends Error {}

/**
 * Saving, printing and PDF of an archived document. Paper and PDF only go out when the archived
 * file is intact: a missing or changed file is reported, never quietly made again from the data.
 */
export function useFileActions() {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<{ id: string; action: FileAction } | null>(null);

  async function ensureIntact(document: DocumentSummary): Promise<void> {
    const { status } = await call('documents.verify', { id: document.id });
    queryClient.setQueryData(procedureKey('documents.verify', { id: document.id }), { status });
    if (status !== 'ok') throw new DamagedFileError(FILE_WARNINGS[status]);
  }

  async function run(document: DocumentSummary, action: FileAction): Promise<void> {
    setBusy({ id: document.id, action });
    try {
      if (action === 'docx') {
        const file = await call('documents.file', { id: document.id });
        if (await saveFile(file.filename, file.base64, file.contentType)) {
          notifications.show({ color: 'green', message: `${file.filename} is opgeslagen.` });
        }
        return;
      }
      await ensureIntact(document);
      const preview = await call('documents.preview', { id: document.id });
      if (action === 'print') {
        await printHtml(preview.html, preview.title);
      } else {
        const outcome = await savePdf(preview.html, documentFilename(document, 'pdf'));
        if (outcome === 'saved') notifications.show({ color: 'green', message: 'De PDF is opgeslagen.' });
        if (outcome === 'print-dialog') notifications.show({ message: 'Kies in het afdrukvenster "Opslaan als PDF" als bestemming.' });
      }
    } catch (error) {
      if (error instanceof ApiError && FILE_ERROR_CODES.includes(error.code)) {
        // The row shows the warning from the archive's own check from now on.
        await queryClient.invalidateQueries({ queryKey: procedureKey('documents.verify', { id: document.id }) });
      }
      notifications.show({ color: 'red', title: 'Niet gelukt', message: error instanceof DamagedFileError ? error.message : errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  return {
    run,
    isBusy: (document: DocumentSummary, action?: FileAction) => busy?.id === document.id && (!action || busy.action === action),
  };
}
