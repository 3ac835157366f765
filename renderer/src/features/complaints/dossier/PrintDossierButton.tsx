import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { Complaint } from '../../../../../core/contracts';
import { call, errorMessage } from '../../../api/client';
import { printHtml, savePdf } from '../../documents/host';

/**
 * The whole dossier on paper or as PDF, through the same print path as the letters: the desktop
 * app's print window, or a hidden frame in the browser.
 */
export function PrintDossierButton({ complaint }: { complaint: Complaint }) {
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null);

  async function run(action: 'print' | 'pdf') {
    setBusy(action);
    try {
      const { html, title } = await call('complaints.printDossier', { id: complaint.id });
      if (action === 'print') {
        await printHtml(html, title);
      } else {
        const outcome = await savePdf(html, `Klachtdossier ${complaint.dossierNumber}.pdf`);
        if (outcome === 'saved') notifications.show({ color: 'green', message: 'De PDF van het dossier is opgeslagen.' });
        if (outcome === 'print-dialog') notifications.show({ message: 'Kies in het afdrukvenster "Opslaan als PDF" als bestemming.' });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'Afdrukken niet gelukt', message: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <Group gap={6}>
      <Button variant="default" leftSection={<IconPrinter size={16} />} loading={busy === 'print'} onClick={() => void run('print')}>
        Dossier afdrukken
      </Button>
      <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} onClick={() => void run('pdf')} aria-label="Dossier als PDF">
        PDF
      </Button>
    </Group>
  );
}
